import CasusTestSupport
import Testing

@testable import CasusKit

/// From a met clause to obligations: bearers, blocks, inactive instruments,
/// readings, proposals, removals (analysis.md).
@Suite struct ObligationTests {
    @Test func otherPartiesExcludeTheVictimAndPartiesToo() throws {
        let loaded = try graph(baseWorld + pact(parties: "[B, C, D]", when: "{ attack-on: parties }"))
        let o = try run(loaded, "B")
        #expect(o.status("C") == .bound && o.status("D") == .bound)
        #expect(o.actor("B")?.chains.isEmpty == true) // a victim never owes itself
        let p = try graph(
            baseWorld
                + pact(parties: "[B, C]", when: "{ attack-on: parties }", then: "{ bearers: parties, duty: consult }"))
        #expect(try run(p, "B").actor("B")?.chains.isEmpty == true)
        #expect(try run(p, "B").status("C") == .bound)
    }

    @Test func explicitBearersAndSeveralThenGroupsWithTheirOwnConditions() throws {
        let loaded = try graph(
            baseWorld
                + pact(
                    parties: "[B, C, D, E]", when: "{ attack-on: parties }",
                    then:
                        "[ { bearers: [C], duty: aid }, { bearers: [D], duty: aid, subject-to: [neutrality], within: "
                        + "[12, 72] } ]"
                ))
        let o = try run(loaded, "B")
        #expect(o.status("E") == nil)
        #expect(o.actor("C")?.chains.first?.subjectTo == [])
        let d = try #require(o.actor("D")?.chains.first)
        #expect(d.subjectTo == ["neutrality"] && d.hours == 12 && d.hoursMax == 72 && d.duty == .aid)
    }

    @Test func lapsedInstrumentsAreInactiveForEveryBearer() throws {
        let loaded = try graph(baseWorld + pact(when: "{ attack-on: parties }", status: "lapsed"))
        let o = try run(loaded, "B")
        #expect(o.status("C") == nil)
        #expect(
            o.inactive.map { "\($0.instrument)/\($0.clause) \($0.status.rawValue) \($0.violatedBy)" } == [
                "p/a1 lapsed []"
            ])
        #expect(o.inactive.first?.bearers == ["C"])
    }

    /// Version 3, rule 1: no state invokes its own breach (ILC art. 29, VCLT art. 60).
    @Test func aBreachReleasesNobodyNotEvenTheBreaker() throws {
        let loaded = try graph(
            baseWorld
                + pact(
                    parties: "[B, C, D]", when: "{ attack-on: parties }", status: "violated",
                    extra: "violated-by: [D]"))
        let o = try run(loaded, "B")
        #expect(o.status("C") == .bound)
        #expect(o.status("D") == .bound)
        #expect(o.inactive.isEmpty)
    }

    @Test func bearerWhoIsTheAttackerIsBlocked() throws {
        let loaded = try graph(
            baseWorld
                + pact(parties: "[A, B, C]", when: "{ attack-on: [B] }", then: "{ bearers: [A, C], duty: assist }"))
        let o = try run(loaded, "B")
        #expect(o.status("C") == .bound)
        #expect(o.blocked.map { "\($0.reason.rawValue) \($0.bearers) \($0.by)" } == ["bearer-is-adversary [\"A\"] []"])
    }

    @Test func alignedActorsAreOnTheAttackersSide() throws {
        let loaded = try graph(
            baseWorld
                + pact(parties: "[B, C, D]", when: "{ attack-on: [B] }", then: "{ bearers: [C, D], duty: assist }"))
        let o = try run(loaded, "B") { $0.aligned = ["D"] }
        #expect(o.status("D") == .attacker)
        #expect(o.blocked.map(\.bearers) == [["D"]])
        #expect(o.status("C") == .bound)
    }

    @Test func vetoBlocksEveryBearerAndNamesItsHolders() throws {
        let loaded = try graph(
            baseWorld
                + pact(
                    parties: "[A, B, C, D]", when: "{ attack-on: [B] }",
                    then: "{ bearers: [A, C, D], duty: assist, decision: unanimity }"))
        let o = try run(loaded, "B")
        #expect(o.status("C") == .blocked && o.status("D") == .blocked)
        #expect(
            o.blocked.map { "\($0.reason.rawValue) \($0.bearers) \($0.by)" } == [
                "bearer-is-adversary [\"A\"] []", "veto [\"C\", \"D\"] [\"A\"]",
            ])
        // Individual decisions have no veto.
        let i = try graph(
            baseWorld
                + pact(
                    parties: "[A, B, C, D]", when: "{ attack-on: [B] }", then: "{ bearers: [A, C, D], duty: assist }"))
        #expect(try run(i, "B").status("C") == .bound)
        // Consensus of explicit deciders that exclude the attacker holds.
        let c = try graph(
            baseWorld
                + pact(
                    parties: "[A, B, C, D]", when: "{ attack-on: [B] }",
                    then: "{ bearers: [C, D], duty: assist, decision: consensus, deciders: [C, D] }"))
        #expect(try run(c, "B").status("C") == .bound)
    }

    @Test func unprovokedClauseIsBlockedWhenTheVictimsSideStartedIt() throws {
        // C defends A only against unprovoked attacks; B, attacked by A, strikes back at depth 1.
        let loaded = try graph(
            baseWorld
                + pact(parties: "[A, C]", when: "{ attack-on: parties, unprovoked: true }", then: "{ duty: defend }"))
        let o = try run(loaded, "B", depth: 1)
        #expect(o.status("C") == .blocked)
        #expect(
            o.blocked.map { "\($0.instrument)/\($0.clause) \($0.reason.rawValue) \($0.bearers)" } == [
                "p/a1 provoked [\"C\"]"
            ])
        // Without the condition C is obligated (in escalation).
        let plain = try graph(
            baseWorld + pact(parties: "[A, C]", when: "{ attack-on: parties }", then: "{ duty: defend }"))
        #expect(try run(plain, "B", depth: 1).status("C") == .escalation)
    }

    @Test func withoutRemovesAnActorEverywhere() throws {
        let loaded = try graph(
            baseWorld + """
                deployments:
                  - { id: m, name: M, config: tripwire, host: D, contributors: [B, C], status: deployed }
                """ + pact(parties: "[B, C, E]", when: "{ attack-on: parties }"))
        let o = try run(loaded, "m") { $0.without = ["C"] }
        #expect(!o.listed.contains("C"))
        #expect(
            !o.json().rendered().replacingOccurrences(of: "\"without\": [\n      \"C\"\n    ]", with: "").contains(
                "\"C\""))
        #expect(o.status("E") == .bound)
    }
}

@Suite struct ReadingAndProposalTests {
    let world =
        baseWorld
        + pact(when: "{ attack-on: parties, target: territory }", then: "{ duty: assist }", extra: "")
        .replacingOccurrences(
            of: "then: { duty: assist } }",
            with: """
                then: { duty: consult },
                        readings: [ { id: forces-too, claim: Forces count, when: { attack-on: parties, target: \
                forces } },
                                    { id: automatic, claim: Assistance is armed, then: { duty: defend } } ] }
                """)

    @Test func unacceptedReadingYieldsContestedChainsBesideThePlainOnes() throws {
        let loaded = try graph(world)
        let forces = try run(loaded, "forces:B@north")
        #expect(forces.status("C") == .contested)
        #expect(forces.actor("C")?.chains.first?.readings == ["forces-too"])
        let territory = try run(loaded, "B")
        #expect(territory.status("C") == .bound)
        // The plain consult chain first, then the one relying on `automatic`.
        #expect(
            territory.actor("C")?.chains.map { "\($0.duty.rawValue) \($0.readings)" } == [
                "consult []", "defend [\"automatic\"]",
            ])
    }

    @Test func acceptedReadingRelIesOnNothingAndItsThenReplaces() throws {
        let loaded = try graph(world)
        let forces = try run(loaded, "forces:B@north") { $0.accept = ["forces-too"] }
        #expect(forces.status("C") == .bound)
        let step = forces.actor("C")?.chains.first?.steps.last
        guard case .clause(let c)? = step else {
            Issue.record("no clause step")
            return
        }
        #expect(c.reading == "forces-too")
        // Accepted, the reading's `then` adds a settled chain; the plain clause's stays.
        let auto = try run(loaded, "B") { $0.accept = ["automatic"] }
        #expect(auto.actor("C")?.chains.map { "\($0.duty.rawValue) \($0.readings)" } == ["defend []", "consult []"])
    }

    @Test func rejectedAndStrictReadingsYieldNothing() throws {
        let loaded = try graph(world)
        #expect(try run(loaded, "forces:B@north") { $0.reject = ["forces-too"] }.status("C") == nil)
        let strict = try run(loaded, "forces:B@north") { $0.strict = true }
        #expect(strict.status("C") == nil)
        #expect(strict.scenario.reject == ["automatic", "forces-too"])
        let strictButAccepted = try run(loaded, "forces:B@north") {
            $0.strict = true
            $0.accept = ["forces-too"]
        }
        #expect(strictButAccepted.status("C") == .bound)
        #expect(strictButAccepted.scenario.reject == ["automatic"])
    }

    @Test func proposalsAreMarkedUnlessAdopted() throws {
        let loaded = try graph(baseWorld + pact(when: "{ attack-on: parties }", status: "proposed"))
        let o = try run(loaded, "B")
        #expect(o.status("C") == .proposed)
        #expect(o.actor("C")?.chains.first?.proposals == ["p"])
        let adopted = try run(loaded, "B") { $0.adopt = ["p"] }
        #expect(adopted.status("C") == .bound && adopted.actor("C")?.chains.first?.proposals == [])
        let signed = try graph(baseWorld + pact(when: "{ attack-on: parties }", status: "signed"))
        #expect(try run(signed, "B").status("C") == .proposed)
    }

    @Test func scenarioNamesAreChecked() throws {
        let loaded = try graph(world)
        #expect(throws: UnknownName.self) { try run(loaded, "B") { $0.accept = ["forces-to"] } }
        #expect(throws: UnknownName.self) { try run(loaded, "B") { $0.adopt = ["p"] } } // in force: not a proposal
        #expect(throws: UnknownName.self) { try run(loaded, "B") { $0.without = ["Z"] } }
        let error = #expect(throws: UnknownName.self) { try run(loaded, "B") { $0.accept = ["forces-to"] } }
        #expect(error?.description == "unknown reading 'forces-to' in accept (did you mean 'forces-too'?)")
    }
}
