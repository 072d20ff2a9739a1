import CasusTestSupport
import Foundation
import Testing

@testable import CasusKit

/// `timeline` analyses only the days on which a fact that can reach the run's
/// chains changes; its periods are the every-day timeline's.
@Suite struct TimelineReachTests {
    /// B and C are allies (2000 to 2010); D and E make a pact in 2005 that no attack on B can meet.
    let world =
        baseWorld + """
            instruments:
              - id: pact
                title: Pact
                form: treaty
                status: in-force
                force: binding
                parties: [{ id: B, from: 2000-01-01, to: 2010-01-01 }, { id: C, from: 2000-01-01, to: 2010-01-01 }]
                clauses: [ { id: a, cite: A, when: { attack-on: parties }, then: { duty: defend } } ]
              - id: other
                title: Other
                form: treaty
                status: in-force
                force: binding
                parties: [{ id: D, from: 2005-01-01 }, { id: E, from: 2005-01-01 }]
                clauses: [ { id: a, cite: A, when: { attack-on: parties }, then: { duty: defend } } ]
            """

    @Test func aDayOnWhichOnlyAnUnreachableFactChangesIsNotAnalysed() throws {
        let loaded = try graph(world)
        let s = Scenario(attacks: [Attack(target: .state("B"))])
        let fast = try Timeline.run("C", s, on: loaded)
        let every = try Timeline.run("C", s, on: loaded, exhaustive: true)
        // The start, and the pact's two days; not 2005, when only D and E's pact begins.
        #expect(fast.analysedDays == 3)
        #expect(every.analysedDays == 4)
        #expect(fast.periods == every.periods)
        #expect(fast.periods.map { $0.status?.rawValue ?? "-" } == ["-", "bound", "-"])
    }

    static let samplePairs: [(String, String, String?, Int?)] = [
        ("DEU", "FIN", "RUS", nil), ("USA", "tripwire-attacked", nil, nil), ("FRA", "ukraine-attacked", nil, nil),
        ("DNK", "EST", "RUS", nil), ("SWE", "FIN", "RUS", 2), ("POL", "UKR", "RUS", nil), ("USA", "KOR", "PRK", nil),
        ("HUN", "hungary-veto", nil, nil), ("GBR", "ukraine-attacked", nil, 2), ("DEU", "cyber-on-estonia", nil, 0),
        ("TUR", "mcm-attacked", nil, nil), ("ROU", "romania-hub-struck", nil, 1),
    ]

    /// An offense pledge is met by its ally's own attack: the days of A and D's pact (from 2005) are
    /// analysed for D, though no attack on B can meet it.
    @Test func theDaysOfAnAttackersOffensePledgeAreAnalysed() throws {
        let loaded = try graph(
            world + """

                  - id: steel
                    title: Steel
                    form: treaty
                    status: in-force
                    force: binding
                    parties: [{ id: A, from: 2005-01-01 }, { id: D, from: 2005-01-01 }]
                    clauses: [ { id: o, cite: O, when: { attack-by: parties }, then: { duty: join-war } } ]
                """)
        let s = Scenario(attacks: [Attack(target: .state("B"))])
        let fast = try Timeline.run("D", s, on: loaded)
        let every = try Timeline.run("D", s, on: loaded, exhaustive: true)
        #expect(fast.periods == every.periods)
        #expect(fast.periods.map { $0.status?.rawValue ?? "-" } == ["-", "bound"])
    }

    /// With a state on the attacker's side: at depth 1 it may be struck, so its own allies' dates count.
    /// A peace that prevails over the pact puts C's duty in conflict from its first day: that day is analysed.
    @Test func theDaysOfATreatyThatPrevailsAreAnalysed() throws {
        let loaded = try graph(
            world + """

                  - id: peace
                    title: Peace
                    form: treaty
                    status: in-force
                    force: binding
                    parties: [{ id: A, from: 2007-01-01 }, { id: C, from: 2007-01-01 }]
                    prevails-over: [pact]
                    clauses: [ { id: p, cite: P, then: { duty: refrain } } ]
                """)
        let s = Scenario(attacks: [Attack(target: .state("B"))])
        let fast = try Timeline.run("C", s, on: loaded)
        let every = try Timeline.run("C", s, on: loaded, exhaustive: true)
        #expect(fast.periods == every.periods)
        #expect(fast.periods.map { $0.status?.rawValue ?? "-" } == ["-", "bound", "blocked", "-"])
    }

    @Test func anAlignedStatesAlliesDatesAreAnalysedToo() throws {
        let loaded = try GraphLoader.load(path: Repository.sample)
        for actor in ["KAZ", "POL"] {
            var s = Scenario(attacks: [Attack(target: .state("UKR"), by: "RUS")], depth: 1)
            s.aligned = ["BLR"]
            let fast = try Timeline.run(actor, s, on: loaded)
            let every = try Timeline.run(actor, s, on: loaded, exhaustive: true)
            #expect(fast.periods == every.periods, "\(actor)")
        }
    }

    @Test func onTheSampleWorldTheFastTimelineIsTheEveryDayOne() throws {
        let loaded = try GraphLoader.load(path: Repository.sample)
        for (actor, target, by, depth) in Self.samplePairs {
            var s =
                try loaded.scenario(target)
                ?? Scenario(attacks: [Attack(target: try loaded.index.resolveTarget(target).get(), by: by)])
            if let depth { s.depth = depth }
            let fast = try Timeline.run(actor, s, on: loaded)
            let every = try Timeline.run(actor, s, on: loaded, exhaustive: true)
            #expect(fast.periods == every.periods, "\(actor) \(target)")
            #expect(fast.analysedDays <= every.analysedDays)
        }
    }

    static let historyPairs: [(String, String, String, Int)] = [
        ("USA", "POL", "RUS", 0), ("GMY", "FRN", "GMY", 0), ("FRN", "POL", "GMY", 0), ("UKG", "POL", "GMY", 0),
        ("RUS", "FRN", "GMY", 0), ("ITA", "AUH", "RUS", 0), ("GMY", "AUH", "RUS", 0), ("FRN", "RUS", "GMY", 1),
        ("GRC", "YUG", "AUH", 1), ("ROM", "POL", "GMY", 0), ("ITA", "FRN", "GMY", 1), ("UKG", "FRN", "GMY", 1),
        // Offense pledges (issue 25, item 2): the Pact of Steel, the Triple Alliance's against France, 1490's.
        ("ITA", "POL", "GMY", 0), ("ITA", "POL", "GMY", 1), ("GMY", "FRN", "ITA", 0), ("GRC", "BUL", "YUG", 0),
    ]

    /// The import of real ATOP rows (docs/atop-sample): twelve actor–target pairs, at depths 0 and 1.
    @Test func onImportedHistoryTheFastTimelineIsTheEveryDayOne() throws {
        let loaded = try GraphLoader.load(path: Repository.root.appendingPathComponent("docs/atop-sample").path)
        for (actor, target, by, depth) in Self.historyPairs {
            let s = Scenario(attacks: [Attack(target: .state(target), by: by)], depth: depth)
            let fast = try Timeline.run(actor, s, on: loaded)
            let every = try Timeline.run(actor, s, on: loaded, exhaustive: true)
            #expect(fast.periods == every.periods, "\(actor) \(target) by \(by) depth \(depth)")
            #expect(fast.analysedDays < every.analysedDays, "\(actor) \(target)")
        }
    }
}
