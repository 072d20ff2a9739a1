import CasusTestSupport
import Testing

@testable import CasusKit

/// The actors' table as a briefing reads it (issue 29, item 8): a victim's own duties
/// under it, alike rows as one line that says who.
@Suite struct TableRowsTests {
    /// B, C, D and E are parties to p; O is the organization of B, C, D, E.
    let world = baseWorld + "  - { id: O, name: Org, kind: organization, members: [B, C, D, E] }\n"

    func table(_ yaml: String, _ target: String, grouped: Bool = true) throws -> [[String]] {
        let loaded = try graph(yaml)
        var text = OutcomeText(graph: loaded)
        text.grouped = grouped
        return text.rows(try run(loaded, target)).map(\.cells)
    }

    @Test func aVictimsOwnDutyIsUnderItsRowNotOwedToIt() throws {
        // B and C are both attacked (a force of both in C); each owes the other consultation.
        let yaml =
            world + pact(parties: "[B, C]", when: "{ attack-on: parties }", then: "{ duty: consult }")
            + "\ndeployments:\n  - { id: f, config: tripwire, host: C, contributors: [B, C], status: deployed }\n"
        let rows = try table(yaml, "f")
        #expect(rows[1] == ["B", "victim", "", "", ""])
        #expect(rows[2] == ["", "own duty", "consult (binding)", "-", "C forces at C ← p A1"])
        #expect(rows[3] == ["C", "victim", "", "", ""])
        #expect(rows[4] == ["", "own duty", "consult (binding)", "-", "B forces at C ← p A1"])
    }

    @Test func anAttackersOwnDutyIsUnderItsRowToo() throws {
        // A and C are allies; at depth 1 B strikes A, which engages C; at depth 2 B strikes C, which A must answer.
        let loaded = try graph(world + pact(parties: "[A, C]", when: "{ attack-on: parties }"))
        let rows = OutcomeText(graph: loaded).rows(try run(loaded, "B", depth: 2)).map(\.cells)
        #expect(rows[0] == ["A", "attacker", "", "", ""])
        #expect(rows[1].prefix(3) == ["", "own duty", "assist (binding)"])
    }

    @Test func alikeRowsAreOneLineThatSaysWhoTheyAre() throws {
        let rows = try table(world + pact(parties: "[B, C, D, E]", when: "{ attack-on: parties }"), "B")
        #expect(
            rows == [
                ["A", "attacker", "", "", ""],
                ["B", "victim", "", "", ""],
                ["3 states", "bound", "assist (binding)", "-", "O members but B: B territory ← p A1"],
            ])
    }

    @Test func withoutGroupingEveryActorHasItsRow() throws {
        let rows = try table(world + pact(parties: "[B, C, D, E]", when: "{ attack-on: parties }"), "B", grouped: false)
        #expect(rows.map(\.[0]) == ["A", "B", "C", "D", "E"])
    }

    @Test func twoAlikeRowsStayTwo() throws {
        let rows = try table(world + pact(parties: "[B, C, D]", when: "{ attack-on: parties }"), "B")
        #expect(rows.map(\.[0]) == ["A", "B", "C", "D"])
    }

    /// Nine states no organization takes in are counted as states, not as actors.
    @Test func manyStatesNoOrganizationTakesInAreCountedAsStates() throws {
        let states = (1...9).map { "  - { id: S\($0), name: S\($0), kind: state }" }.joined(separator: "\n")
        let group = "  - { id: G, name: Gee, kind: group, within: [north] }\n"
        let loaded = try graph(baseWorld + states + "\n" + group)
        let ids = (1...9).map { "S\($0)" }
        #expect(OutcomeText(graph: loaded).who(ids) == "9 states (--wide lists them)")
        #expect(OutcomeText(graph: loaded).who(ids + ["G"]) == "10 actors (--wide lists them)")
    }

    @Test func withNoOrganizationTakingThemInTheIdsAreNamed() throws {
        let rows = try table(
            baseWorld + pact(parties: "[A, B, C, D, E]", when: "{ attack-on: parties }"), "B", grouped: true)
        #expect(rows.last?.first == "3 states")
        #expect(rows.last?.last == "C, D, E: B territory ← p A1")
    }

    @Test func aWordLongerThanTheChainColumnIsCutToFit() {
        #expect(TextTable.wrap("a bcdefgh", width: 4) == ["a", "bcde", "fgh"])
    }
}
