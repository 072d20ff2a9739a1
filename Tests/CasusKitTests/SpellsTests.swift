import CasusTestSupport
import Testing

@testable import CasusKit

/// `spells` (issue 25, item 3): a state that leaves the state system and comes back exists in
/// each of its spells and not in between.
@Suite struct SpellsTests {
    /// E exists until 2000 and again from 2010; B and E defend each other.
    let world =
        baseWorld.replacingOccurrences(
            of: "  - { id: E, name: Eee, kind: state, within: [south] }",
            with: "  - { id: E, name: Eee, kind: state, within: [south], spells: [{ to: 2000 }, { from: 2010 }] }")
            + """
            instruments:
              - { id: p, title: Pact, form: treaty, status: in-force, force: binding, parties: [B, E],
                  clauses: [ { id: a1, cite: A1, when: { attack-on: parties }, then: { duty: defend } } ] }
            """

    func attack(_ target: String, on day: String) throws -> Outcome {
        let s = Scenario(attacks: [Attack(target: .state(target), by: "A")], depth: 0, asOf: Day(day))
        return try Analysis.run(s, on: try graph(world))
    }

    @Test func aStateIsAbsentBetweenItsSpells() throws {
        let error = #expect(throws: UnknownName.self) { try attack("E", on: "2005-01-01") }
        #expect(
            error?.message
                == "'E' does not exist on 2005-01-01 (to 2000-01-01, from 2010-01-01); nothing there to attack")
    }

    @Test func anAllyBearsNothingBetweenItsSpellsAndAgainInTheNext() throws {
        #expect(try attack("B", on: "1999-01-01").status("E") == .bound)
        #expect(try attack("B", on: "2005-01-01").status("E") == nil)
        #expect(try attack("B", on: "2012-01-01").status("E") == .bound)
    }

    @Test func aWorldWrittenBackKeepsEverySpell() throws {
        let loaded = try graph(world)
        var writer = WorldWriter(dated: loaded.dated)
        writer.actors(loaded.actors.filter { $0.id == "E" })
        #expect(writer.text.contains("    spells: [{ to: 2000-01-01 }, { from: 2010-01-01 }]\n"))
    }
}

/// The loader refuses spells that cannot be one state's existence: one rule each.
@Suite struct SpellsLoadErrorTests {
    func state(_ dates: String) -> MarkedText {
        MarkedText(baseWorld + "  - { id: F, name: Eff, kind: state, within: [south], \(dates) }\n")
    }

    @Test func spellsAndFromAreNotBothWritten() {
        let input = state("from: 1️⃣1990, spells: [{ from: 2000 }]")
        #expect(
            errors(input.text) == [
                "t.yaml:\(input[1]): actors[5].from: write an actor's dates as 'from'/'to' or as 'spells', not both"
            ])
    }

    @Test func spellsAreInOrderAndDoNotOverlap() {
        let input = state("spells: [{ from: 1990, to: 2000 }, 1️⃣{ from: 1995 }]")
        #expect(
            errors(input.text) == [
                "t.yaml:\(input[1]): actors[5].spells[1]: spells are in order and do not overlap: the one before ends "
                    + "2000-01-01, and this one starts 1995-01-01"
            ])
    }

    @Test func aSpellHasADate() {
        let input = state("spells: [1️⃣{}]")
        #expect(
            errors(input.text) == ["t.yaml:\(input[1]): actors[5].spells[0]: a spell needs a 'from', a 'to' or both"])
    }

    @Test func spellsAreNotEmpty() {
        let input = state("spells: 1️⃣[]")
        #expect(
            errors(input.text) == [
                "t.yaml:\(input[1]): actors[5].spells: found an empty list; expected at least one spell { from, to } "
                    + "(or leave 'spells' out)"
            ])
    }
}
