import CasusTestSupport
import Testing

@testable import CasusKit

/// `prevails-over` (version 3): a duty that would engage a bearer's force against a state
/// it undertook not to attack, in a treaty that prevails, is in conflict, not an obligation.
@Suite struct PrevailsTests {
    /// The peace treaty q: A and C refrain from force against each other.
    func peace(prevailsOver: String = "[p]", status: String = "in-force") -> String {
        """

          - { id: q, title: Peace, form: treaty, status: \(status), force: binding, parties: [A, C],
              prevails-over: \(prevailsOver), clauses: [ { id: q1, cite: Art. III, then: { duty: refrain } } ] }
        """
    }

    /// Another pact, r, that engages C for B: not one q prevails over.
    let otherPact = """

          - { id: r, title: R, form: treaty, status: in-force, force: binding, parties: [B, C],
              clauses: [ { id: r1, cite: R1, when: { attack-on: parties }, then: { duty: defend } } ] }
        """

    func outcome(_ then: String = "{ duty: assist }", peace: String, by: String = "A", depth: Int = 0) throws
        -> Outcome
    {
        let loaded = try graph(baseWorld + pact(when: "{ attack-on: parties }", then: then) + peace)
        return try run(loaded, "B", by: by, depth: depth)
    }

    @Test func aDutyToUseForceAgainstAProtectedStateIsInConflict() throws {
        let o = try outcome(peace: peace())
        #expect(o.status("C") == .blocked)
        let conflict = try #require(o.blocked.first)
        #expect(conflict.reason == .inConflict)
        #expect(conflict.bearers == ["C"])
        #expect(
            conflict.prevails == [PrevailingClause(instrument: "q", clause: "q1", cite: "Art. III", towards: ["A"])])
    }

    @Test func withoutPrevailsOverTheDutyStands() throws {
        #expect(try outcome(peace: peace(prevailsOver: "[]")).status("C") == .bound)
    }

    @Test func aDutyThatEngagesNoForceIsNoConflict() throws {
        #expect(try outcome("{ duty: consult }", peace: peace()).status("C") == .bound)
    }

    @Test func anAttackerThePeaceDoesNotProtectIsNoConflict() throws {
        #expect(try outcome(peace: peace(), by: "D").status("C") == .bound)
    }

    @Test func aLapsedPeaceTreatyPrevailsOverNothing() throws {
        #expect(try outcome(peace: peace(status: "lapsed")).status("C") == .bound)
    }

    @Test func theTextTableGivesConflictsTheirOwnSection() throws {
        let loaded = try graph(baseWorld + pact(when: "{ attack-on: parties }") + peace())
        let sections = OutcomeText(graph: loaded).sections(try run(loaded, "B"))
        #expect(sections.map(\.title) == ["In conflict (a prevailing treaty's undertaking not to use force)"])
        #expect(
            sections.first?.rows == [
                [
                    "p/a1", "assist yields to q/q1",
                    "bearers: C; undertook not to use force against A; at B territory (depth 0)",
                ]
            ])
    }

    @Test func aStrikeThatWouldBreakAPrevailingUndertakingIsAHypotheticalBreach() throws {
        // C is engaged by another pact (r), not the one q prevails over; at depth 1 A and C strike each other.
        let o = try outcome("{ duty: consult }", peace: peace() + otherPact, depth: 1)
        #expect(o.status("C") == .bound)
        #expect(
            o.breached.map {
                "\($0.instrument)/\($0.clause) \($0.by)→\($0.towards) \($0.depth.map(String.init) ?? "-")"
            }
                == ["q/q1 A→C 1", "q/q1 C→A 1"])
    }

    @Test func hypotheticalStrikesBreakNoUndertakingOfATreatyThatPrevailsOverNothing() throws {
        let o = try outcome("{ duty: consult }", peace: peace(prevailsOver: "[]") + otherPact, depth: 1)
        #expect(o.breached.isEmpty)
    }

    @Test func prevailsOverNamesInstruments() {
        let input = MarkedText(
            baseWorld + """

                instruments:
                  - { id: q, title: Peace, form: treaty, status: in-force, force: binding, parties: [A, C],
                      prevails-over: [1️⃣B], clauses: [ { id: q1, cite: Art. III, then: { duty: refrain } } ] }

                """)
        #expect(
            errors(input.text) == [
                "t.yaml:\(input[1]): instruments[0].prevails-over[0]: 'B' is a state; expected an instrument"
            ])
    }
}
