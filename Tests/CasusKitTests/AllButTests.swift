import CasusTestSupport
import Testing

@testable import CasusKit

/// `by: { all-but: [ids] }` (version 3): a clause that answers every attacker
/// but some, so a modeller need not list every other state by hand.
@Suite struct AllButTests {
    static let world = baseWorld + pact(parties: "[B, C]", when: "{ attack-on: parties, by: { all-but: [D] } }")

    @Test func everyAttackerButTheNamedIsAnswered() throws {
        let loaded = try graph(Self.world)
        #expect(try run(loaded, "B", by: "A").status("C") == .bound)
        #expect(try run(loaded, "B", by: "E").status("C") == .bound)
    }

    @Test func theNamedAttackerIsNotAnsweredAndWhyNotSaysSo() throws {
        let loaded = try graph(Self.world)
        #expect(try run(loaded, "B", by: "D").status("C") == nil)
        let s = Scenario(attacks: [Attack(target: .state("B"), by: "D")], depth: 0)
        let misses = try Analysis.explain("C", in: s, on: loaded).misses.map { "\($0.condition): \($0.detail)" }
        #expect(misses == ["by: p A1: the attacker D is not one it answers (`by: { all-but: [D] }`)"])
    }

    @Test func anOrganizationNamedStandsForItsMembers() throws {
        let loaded = try graph(
            baseWorld.replacingOccurrences(
                of: "  - { id: E, name: Eee, kind: state, within: [south] }\n",
                with: "  - { id: E, name: Eee, kind: state, within: [south] }\n"
                    + "  - { id: SOUTH, name: Southern League, kind: organization, members: [D, E] }\n")
                + pact(parties: "[B, C]", when: "{ attack-on: parties, by: { all-but: [SOUTH] } }"))
        #expect(try run(loaded, "B", by: "E").status("C") == nil)
        #expect(try run(loaded, "B", by: "A").status("C") == .bound)
    }

    @Test func anEmptyListIsAnError() {
        #expect(
            errors(baseWorld + pact(when: "{ attack-on: parties, by: { all-but: [] } }")) == [
                "t.yaml:22:72: instruments[0].clauses[0].when.by.all-but: found an empty list; expected a list of the "
                    + "attackers it does not answer"
            ])
    }

    @Test func anUnknownIdIsAnErrorWithASuggestion() {
        #expect(
            errors(baseWorld + pact(when: "{ attack-on: parties, by: { all-but: [DD] } }")) == [
                "t.yaml:22:73: instruments[0].clauses[0].when.by.all-but[0]: unknown id 'DD'; expected an actor "
                    + "(state, organization or group) (did you mean 'D'?)"
            ])
    }

    @Test func aMistypedKeyIsAnError() {
        #expect(
            errors(baseWorld + pact(when: "{ attack-on: parties, by: { all-bt: [D] } }")) == [
                "t.yaml:22:61: instruments[0].clauses[0].when.by: missing required key 'all-but'",
                "t.yaml:22:63: instruments[0].clauses[0].when.by.all-bt: unknown key 'all-bt'; expected one of all-but "
                    + "(did you mean 'all-but'?)",
            ])
    }

    @Test func theWorldWriterWritesItBack() throws {
        let loaded = try graph(Self.world)
        var w = WorldWriter()
        w.instruments(loaded.instruments)
        #expect(w.text.contains("by: { all-but: [D] }"))
        let again = try graph(
            baseWorld + "\ninstruments:\n" + w.text.split(separator: "\n").dropFirst().joined(separator: "\n"))
        #expect(again.instruments.first?.clauses.first?.when.first?.by == .allBut(["D"]))
    }
}
