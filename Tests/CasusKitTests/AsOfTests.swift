import CasusTestSupport
import Foundation
import Testing

@testable import CasusKit

/// Dated facts and `as-of`: dates decide where they are given, `status` where not.
@Suite struct AsOfTests {
    /// A pact B–C–D with dated parties and dates of its own; an organization with a dated member.
    static let world =
        baseWorld + """
              - { id: LEAGUE, name: League, kind: organization, members: [B, { id: C, from: 2000, to: 2010-06-01 }] }
              - { id: F, name: Eff, kind: state, within: [south], from: 1991-12-26 }
            instruments:
              - id: pact
                title: Pact
                form: treaty
                status: in-force
                force: binding
                signed: 1990-03-01
                in-force: 1990-09-01
                ended: 2020
                ended-how: terminated
                parties: [B, { id: D, from: 2005-05-05 }, { id: E, to: 1999 }]
                clauses:
                  - { id: a1, cite: Art. 1, when: { attack-on: parties }, then: { duty: assist } }
              - id: league-charter
                title: Charter
                form: treaty
                status: in-force
                force: binding
                parties: [LEAGUE]
                clauses:
                  - { id: c1, cite: Art. 1, when: { attack-on: parties }, then: { duty: consult } }
              - id: accord
                title: Accord
                form: memorandum
                status: violated
                force: political
                violated-by: [{ id: C, from: 2014-02-27 }]
                parties: [B, C]
                clauses:
                  - { id: m1, cite: Para. 1, when: { attack-on: parties }, then: { duty: consult } }

            """

    static func outcome(_ target: String, asOf: String?) throws -> Outcome {
        let loaded = try graph(Self.world)
        return try run(loaded, target, by: "A") { $0.asOf = asOf.flatMap(Day.init) }
    }

    static func duties(_ o: Outcome, _ actor: String) -> [String] {
        (o.actor(actor)?.chains ?? []).map { "\($0.final?.instrument ?? "")/\($0.duty.rawValue)" }
    }

    @Test func beforeItsSignatureAnInstrumentDoesNotExist() throws {
        let o = try Self.outcome("B", asOf: "1990-01-01")
        #expect(!Self.duties(o, "E").contains("pact/assist"))
        #expect(!o.blocked.contains { $0.instrument == "pact" })
        #expect(!o.inactive.contains { $0.instrument == "pact" })
    }

    @Test func whyNotSaysTheInstrumentDidNotExistYet() throws {
        let loaded = try graph(Self.world)
        let s = Scenario(
            attacks: [Attack(target: try loaded.index.resolveTarget("B").get(), by: "A")], asOf: Day("1990-01-01"))
        let misses = try Analysis.explain("E", in: s, on: loaded).misses.map {
            "\($0.instrument)/\($0.clause) \($0.condition): \($0.detail)"
        }
        #expect(
            misses.contains(
                "pact/a1 status: pact Art. 1: the instrument did not exist yet on 1990-01-01 (signed 1990-03-01)"))
    }

    @Test func signedAndNotInForceItIsAProposal() throws {
        let o = try Self.outcome("B", asOf: "1990-05-01")
        #expect(o.status("E") == .proposed)
        let adopted = try run(try graph(Self.world), "B", by: "A") {
            $0.asOf = Day("1990-05-01")
            $0.adopt = ["pact"]
        }
        #expect(adopted.status("E") == .bound)
    }

    @Test func inForceAPartyIsBoundOnlyBetweenItsDates() throws {
        #expect(try Self.outcome("B", asOf: "1995").status("E") == .bound)
        #expect(try Self.outcome("B", asOf: "1999").status("E") == nil)
        #expect(try Self.outcome("B", asOf: "2005-05-04").status("D") == nil)
        #expect(try Self.outcome("B", asOf: "2005-05-05").status("D") == .bound)
    }

    @Test func fromItsEndedDayAnInstrumentIsLapsed() throws {
        let o = try Self.outcome("B", asOf: "2020-01-01")
        #expect(o.status("D") == nil)
        #expect(o.inactive.map { "\($0.instrument) \($0.status.rawValue)" } == ["pact lapsed"])
    }

    @Test func aMembershipThatEndsOnTheDayOfTheAttackDoesNotCount() throws {
        #expect(try Self.outcome("B", asOf: "2010-05-31").status("C") == .bound)
        #expect(Self.duties(try Self.outcome("B", asOf: "2010-06-01"), "C").contains("league-charter/consult") == false)
    }

    /// The breach is reported (a note on every chain through it) from its date; it releases nobody.
    @Test func aBreachCountsFromItsDate() throws {
        func breachNotes(_ day: String) throws -> [String] {
            let loaded = try graph(Self.world).asOf(try #require(Day(day)))
            let o = try run(loaded, "B")
            var notes = NoteCollector(graph: loaded)
            for chain in o.actors.flatMap(\.chains) { notes.chain(chain) }
            return notes.notes.filter { $0.kind == .breach }.map { "\($0.id): \($0.text.prefix(13))" }
        }
        #expect(try breachNotes("2014-02-26") == [])
        #expect(try breachNotes("2014-02-27") == ["accord: violated by C"])
        #expect(try Self.outcome("B", asOf: "2014-02-27").inactive.isEmpty)
    }

    @Test func aStateThatDoesNotExistYetIsNeitherObligedNorUnaffected() throws {
        let o = try Self.outcome("B", asOf: "1991-01-01")
        #expect(!o.unaffectedIDs.contains("F"))
        #expect(try Self.outcome("B", asOf: "1992-01-01").unaffectedIDs.contains("F"))
    }

    @Test func withoutADayTheWorldIsReadAsWritten() throws {
        let o = try Self.outcome("B", asOf: nil)
        // As written: E's party entry has ended (history); D's has not; C is no League member.
        #expect(o.status("D") == .bound)
        #expect(o.status("E") == nil)
        #expect(o.scenario.asOf == nil)
    }

    @Test func theEchoNamesTheDay() throws {
        let o = try Self.outcome("B", asOf: "2005-05")
        #expect(o.scenario.asOf?.description == "2005-05-01")
        #expect(o.json().rendered().contains("\"as_of\": \"2005-05-01\""))
    }

    @Test func anAttackerThatDoesNotExistYetIsAnError() throws {
        let loaded = try graph(Self.world)
        let error = #expect(throws: UnknownName.self) {
            try run(loaded, "B", by: "F") { $0.asOf = Day("1990-01-01") }
        }
        #expect(error?.message == "attacker 'F' does not exist on 1990-01-01 (from 1991-12-26)")
    }

    /// `critical` as of a day removes only states that exist on it (issue 25, item 6).
    @Test func theCriticalSweepRemovesOnlyStatesThatExistOnTheDay() throws {
        let loaded = try graph(Self.world)
        var s = Scenario(attacks: [Attack(target: try loaded.index.resolveTarget("B").get())], depth: 0)
        s.asOf = Day("1990-10-01")
        let removed = try Critical.sweep(s, on: loaded, kinds: [.actor]).map(\.id).sorted()
        #expect(removed == ["C", "D", "E"])
    }

    /// An attack on a state that does not exist on the day is an error naming the
    /// state's dates, not an empty table (issue 25, item 6).
    @Test func anAttackOnAStateThatDoesNotExistYetIsAnError() throws {
        let loaded = try graph(Self.world)
        let error = #expect(throws: UnknownName.self) {
            try run(loaded, "F", by: "A") { $0.asOf = Day("1990-01-01") }
        }
        #expect(error?.message == "'F' does not exist on 1990-01-01 (from 1991-12-26); nothing there to attack")
    }
}

/// The dates' form and order are checked where they are written.
@Suite struct DateErrorTests {
    @Test func aMalformedDateIsLocated() {
        #expect(
            errors(
                baseWorld + """
                      - { id: F, name: Eff, kind: state, from: 2020-13 }
                    """) == [
                    "t.yaml:12:44: actors[5].from: found '2020-13'; expected a date as YYYY, YYYY-MM or YYYY-MM-DD (a "
                        + "partial date means its first day)"
                ])
    }

    @Test func toBeforeFromIsLocated() {
        #expect(
            errors(
                baseWorld + """
                      - { id: L, name: League, kind: organization, members: [{ id: B, from: 2001, to: 2000 }] }
                    """) == [
                    "t.yaml:12:83: actors[5].members[0].to: 'to' (2000-01-01) is before 'from' (2001-01-01); 'to' is "
                        + "the first day the fact no longer holds"
                ])
    }

    /// The test pact (`pact(…)`) with its own dates.
    static func datedPact(_ dates: String...) -> String {
        baseWorld
            + pact(when: "{ attack-on: parties }", then: "{ duty: defend }", extra: dates.joined(separator: "\n    "))
    }

    @Test func entryIntoForceBeforeSignatureIsLocated() {
        #expect(
            errors(Self.datedPact("signed: 2001-05-01", "in-force: 2001-04-30"))
                == [
                    "t.yaml:21:15: instruments[0].in-force: 'in-force' (2001-04-30) is before 'signed' (2001-05-01); "
                        + "an instrument enters into force on or after its signature"
                ])
    }

    @Test func anEndBeforeEntryIntoForceIsLocated() {
        #expect(
            errors(Self.datedPact("in-force: 2001", "ended: 2000"))
                == [
                    "t.yaml:21:12: instruments[0].ended: 'ended' (2000-01-01) is before 'in-force' (2001-01-01); "
                        + "'ended' is the first day it no longer applies"
                ])
    }

    @Test func endedHowWithoutEndedIsLocated() {
        #expect(
            errors(Self.datedPact("ended-how: withdrawn"))
                == ["t.yaml:20:16: instruments[0].ended-how: 'ended-how' goes with 'ended'; give the day it ended"])
    }
}
