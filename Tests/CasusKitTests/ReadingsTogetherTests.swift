import CasusTestSupport
import Foundation
import Testing

@testable import CasusKit

/// `readings-hold: together` (issue 25, item 1): a clause's readings are conditions it holds under
/// only all at once — ATOP's several conditions of one pledge — so a chain takes every one as met.
@Suite struct ReadingsTogetherTests {
    /// B and C defend each other where the attack falls in an area, and in a conflict, neither named.
    let pact = """

        instruments:
          - id: p
            title: Pact
            form: treaty
            status: in-force
            force: binding
            parties: [B, C]
            clauses:
              - id: a1
                cite: A1
                when: []
                then: { duty: defend }
                readings-hold: together
                readings:
                  - { id: area, claim: The area is met, when: { attack-on: parties } }
                  - { id: conflict, claim: The conflict is met }
        """

    func outcome(accept: [String] = [], reject: [String] = []) throws -> Outcome {
        try run(try graph(baseWorld + pact), "B") {
            $0.accept = accept
            $0.reject = reject
        }
    }

    @Test func aChainTakesEveryConditionAsMet() throws {
        let o = try outcome()
        #expect(o.status("C") == .contested)
        #expect(o.actor("C")?.chains.first?.readings == ["area", "conflict"])
    }

    @Test func acceptingOneConditionLeavesTheChainRestingOnTheOther() throws {
        let o = try outcome(accept: ["area"])
        #expect(o.status("C") == .contested)
        #expect(o.actor("C")?.chains.first?.readings == ["conflict"])
    }

    @Test func acceptingEveryConditionSettlesIt() throws {
        #expect(try outcome(accept: ["area", "conflict"]).status("C") == .bound)
    }

    @Test func rejectingOneConditionLeavesNoChain() throws {
        #expect(try outcome(reject: ["conflict"]).status("C") == nil)
    }

    @Test func aWorldWrittenBackKeepsThemTogether() throws {
        let loaded = try graph(baseWorld + pact)
        var writer = WorldWriter()
        writer.instruments(loaded.instruments)
        #expect(writer.text.contains("        readings-hold: together\n        readings:\n"))
        #expect(writer.text.contains("          - { id: conflict, claim: \"The conflict is met\" }\n"))
    }
}

/// The loader refuses readings that cannot hold together: one rule each.
@Suite struct ReadingsTogetherLoadErrorTests {
    func clause(_ hold: String, _ readings: String) -> MarkedText {
        MarkedText(
            baseWorld + """
                instruments:
                  - { id: p, title: Pact, form: treaty, status: in-force, force: binding, parties: [B, C],
                      clauses: [ { id: a1, cite: A1, when: [], then: { duty: defend }, readings-hold: \(hold),
                                   readings: [ \(readings) ] } ] }

                """)
    }

    @Test func oneReadingHoldsNothingTogether() {
        let input = clause("1️⃣together", "{ id: area, claim: A, when: { attack-on: parties } }")
        #expect(
            errors(input.text) == [
                "t.yaml:\(input[1]): instruments[0].clauses[0].readings-hold: 'readings-hold: together' needs two "
                    + "readings or more; with one there is nothing to hold together"
            ])
    }

    @Test func readingsThatHoldTogetherShareOneTrigger() {
        let input = clause(
            "1️⃣together",
            "{ id: area, claim: A, when: { attack-on: parties } }, { id: wide, claim: W, when: { attack-on: any } }")
        #expect(
            errors(input.text) == [
                "t.yaml:\(input[1]): instruments[0].clauses[0].readings-hold: readings that hold together have one "
                    + "'when' between them (the trigger they share); the others are conditions taken as met"
            ])
    }

    @Test func aBareReadingNeedsItsClausesReadingsToHoldTogether() {
        let input = clause("apart", "{ id: area, claim: A, when: { attack-on: parties } }, 1️⃣{ id: c, claim: C }")
        #expect(
            errors(input.text) == [
                "t.yaml:\(input[1]): instruments[0].clauses[0].readings[1]: a reading needs a 'when' (one more "
                    + "trigger), a 'then' (a different obligation), or both"
            ])
    }

    @Test func theWordIsApartOrTogether() {
        let input = clause("1️⃣togther", "{ id: area, claim: A, when: { attack-on: parties } }")
        #expect(
            errors(input.text) == [
                "t.yaml:\(input[1]): instruments[0].clauses[0].readings-hold: found 'togther'; expected 'apart' (each "
                    + "reading on its own) or 'together' (all at once) (did you mean 'together'?)"
            ])
    }
}
