import CasusTestSupport
import Foundation
import Testing

@testable import CasusKit

/// `joins` (version 3, issue 25 item 5): a state that chooses to join the victim's side is engaged
/// from depth 0 under no pledge, and every chain through it says it rests on that choice.
@Suite struct JoinsTests {
    /// D is bound to defend A against C (the Dual Alliance's shape: an ally against one named power).
    let alliance = """

        instruments:
          - { id: p, title: Pact, form: treaty, status: in-force, force: binding, parties: [A, D],
              clauses: [ { id: a1, cite: A1, when: { attack-on: parties, by: [C] }, then: { duty: defend } } ] }
        """

    /// B and C defend each other; `reading` puts the clause under a contested reading.
    func mutualPact(reading: Bool = false) -> String {
        let when = "{ attack-on: parties }"
        let clause =
            reading
            ? "{ id: q1, cite: Q1, when: [], then: { duty: defend },\n"
                + "      readings: [ { id: wide, claim: Wide, when: \(when) } ] }"
            : "{ id: q1, cite: Q1, when: \(when), then: { duty: defend } }"
        return """

              - { id: q, title: Mutual, form: treaty, status: in-force, force: binding, parties: [B, C],
                  clauses: [ \(clause) ] }
            """
    }

    func outcome(_ world: String, joins: [String] = ["C"], depth: Int = 1) throws -> Outcome {
        try run(try graph(baseWorld + world), "B", depth: depth) { $0.joins = joins }
    }

    @Test func aStateThatJoinsIsEngagedAndAChainThroughItSaysSo() throws {
        let o = try outcome(alliance)
        #expect(o.status("C") == .joined)
        let chain = try #require(o.actor("D")?.chains.first)
        #expect(o.status("D") == .escalation)
        #expect(chain.choices == ["C"])
        #expect(
            chain.steps.map(\.kindAndIDs) == ["join C on B", "attack A by C (hypothetical)", "clause p/a1 D→A defend"])
    }

    @Test func withoutTheChoiceNoChainPassesThroughTheState() throws {
        let o = try outcome(alliance, joins: [])
        #expect(o.status("C") == nil)
        #expect(o.status("D") == nil)
    }

    @Test func aJoinedStatesOwnDutyIsListedUnderItsRow() throws {
        let o = try outcome(alliance + mutualPact(reading: true), depth: 0)
        #expect(o.status("C") == .joined)
        #expect(o.actor("C")?.chains.first?.readings == ["wide"])
    }

    @Test func aStateBoundBySettledLawAtDepthZeroNeedsNoChoice() throws {
        let o = try outcome(alliance + mutualPact())
        #expect(o.status("C") == .bound)
        let chain = try #require(o.actor("D")?.chains.first)
        #expect(chain.choices.isEmpty)
        #expect(chain.steps.first?.kindAndIDs == "attack B by A")
    }

    @Test func aStateTheAttackEngagesIsAVictimNotAJoiner() throws {
        let o = try outcome(alliance, joins: ["B"])
        #expect(o.status("B") == .victim)
        #expect(o.actors.allSatisfy { $0.chains.allSatisfy(\.choices.isEmpty) })
    }

    @Test func aJoinersStrikeOnTheAttackerIsProvoked() throws {
        let unprovoked = """

            instruments:
              - { id: p, title: Pact, form: treaty, status: in-force, force: binding, parties: [A, D],
                  clauses: [ { id: a1, cite: A1, when: { attack-on: parties, unprovoked: true },
                               then: { duty: defend } } ] }
            """
        let o = try outcome(unprovoked)
        #expect(o.status("D") == .blocked)
        #expect(
            o.blocked.map { "\($0.instrument)/\($0.clause) \($0.reason.rawValue) \($0.bearers)" } == [
                "p/a1 provoked [\"D\"]"
            ])
    }

    @Test func aChainOfPledgesAloneRanksBeforeOneThroughAChoice() throws {
        // E also strikes at depth 1, engaged by its own pact with B; D is bound against C and E alike.
        let both = """

            instruments:
              - { id: p, title: Pact, form: treaty, status: in-force, force: binding, parties: [A, D],
                  clauses: [ { id: a1, cite: A1, when: { attack-on: parties, by: [C, E] }, then: { duty: defend } } ] }
              - { id: r, title: R, form: treaty, status: in-force, force: binding, parties: [B, E],
                  clauses: [ { id: r1, cite: R1, when: { attack-on: parties }, then: { duty: defend } } ] }
            """
        // The chain through C's choice is shorter; alike, only the best of the two is kept.
        let o = try outcome(both)
        #expect(o.status("C") == .joined)
        let best = try #require(o.actor("D")?.chains.first)
        #expect(best.choices.isEmpty)
        #expect(best.steps.map(\.kindAndIDs).contains("attack A by E (hypothetical)"))
    }

    @Test(arguments: [
        ("joins: [A]", "'A' joins the victim's side but is an attacker; a state is on one side"),
        ("without: [C]", "'C' both joins and is removed with 'without'"),
    ])
    func aJoinerOnTheOtherSideOrRemovedIsRefused(_ key: String, _ message: String) throws {
        let loaded = try graph(baseWorld + alliance)
        var s = Scenario(attacks: [Attack(target: .state("B"))], joins: ["C"])
        if key.hasPrefix("joins") { s.joins = ["A"] } else { s.without = ["C"] }
        let error = #expect(throws: UnknownName.self) { try Analysis.run(s, on: loaded) }
        #expect(error?.message == message)
    }

    @Test func anOrganizationCannotJoin() throws {
        let loaded = try graph(baseWorld + "  - { id: O, name: Org, kind: organization, members: [C, D] }\n" + alliance)
        let s = Scenario(attacks: [Attack(target: .state("B"))], joins: ["O"])
        let error = #expect(throws: UnknownName.self) { try Analysis.run(s, on: loaded) }
        #expect(
            error?.message == "'O' is an organization; a state or a group joins, not an organization (name its members)"
        )
    }

    @Test func theJSONNamesTheJoinStepAndTheChoices() throws {
        let json = try outcome(alliance).json().rendered()
        let data = try #require(json.data(using: .utf8))
        let top = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        #expect((top["scenario"] as? [String: Any])?["joins"] as? [String] == ["C"])
        let actors = try #require(top["actors"] as? [[String: Any]])
        let d = try #require(actors.first { $0["id"] as? String == "D" })
        let chain = try #require((d["chains"] as? [[String: Any]])?.first)
        #expect(chain["choices"] as? [String] == ["C"])
        let first = try #require((chain["steps"] as? [[String: Any]])?.first)
        #expect(first["kind"] as? String == "join")
        #expect(first["state"] as? String == "C")
        #expect(first["side_of"] as? [String] == ["B"])
    }

    @Test func theTextTableSaysTheStateJoinedByChoiceAndTheChainSaysItRestsOnIt() throws {
        let loaded = try graph(baseWorld + alliance)
        let text = OutcomeText(graph: loaded)
        let o = try run(loaded, "B", depth: 1) { $0.joins = ["C"] }
        let rows = text.rows(o).map(\.cells)
        #expect(
            rows.contains(["C", "joined", "", "", "on the victim's side by the scenario's choice, under no pledge"]))
        #expect(
            rows.contains([
                "D", "escalation", "defend (binding)", "-",
                "C joins on B's side (by choice) → if C strikes A territory ← p A1",
            ]))
        #expect(text.render(o).contains("Assuming: C joins the victim's side by choice\n"))
    }

    @Test func aRunWithoutJoinsWritesNeitherKey() throws {
        let json = try outcome(alliance, joins: []).json().rendered()
        #expect(!json.contains("\"joins\""))
        #expect(!json.contains("\"choices\""))
    }
}

extension Step {
    /// `join C on B`, `attack A by C (hypothetical)`, `clause p/a1 D→A defend`: one step in a line.
    var kindAndIDs: String {
        switch self {
        case .join(let j): return "join \(j.state) on \(j.sideOf.joined(separator: ","))"
        case .attack(let a): return "attack \(a.victim) by \(a.by)" + (a.hypothetical ? " (hypothetical)" : "")
        case .clause(let c): return "clause \(c.instrument)/\(c.clause) \(c.bearer)→\(c.owedTo) \(c.duty.rawValue)"
        }
    }
}

/// `validate` refuses a `joins` the run would: one rule each.
@Suite struct JoinsLoadErrorTests {
    func scenario(_ joins: String, extra: String = "") -> MarkedText {
        MarkedText(
            baseWorld + """
                  - { id: O, name: Org, kind: organization, members: [C, D] }
                scenarios:
                  - { id: s, attacks: [ { target: B, by: A } ], joins: [\(joins)]\(extra) }

                """)
    }

    @Test func anOrganizationDoesNotJoin() {
        let input = scenario("1️⃣O")
        #expect(
            errors(input.text) == [
                "t.yaml:\(input[1]): scenarios[0].joins[0]: 'O' is an organization; expected a state or a group"
            ])
    }

    @Test func theAttackerDoesNotJoinTheVictimsSide() {
        let input = scenario("1️⃣A")
        #expect(
            errors(input.text) == [
                "t.yaml:\(input[1]): scenarios[0].joins[0]: 'A' joins the victim's side but attacks or is aligned "
                    + "with the attackers; a state is on one side"
            ])
    }

    @Test func aRemovedStateDoesNotJoin() {
        let input = scenario("1️⃣C", extra: ", without: [C]")
        #expect(
            errors(input.text) == [
                "t.yaml:\(input[1]): scenarios[0].joins[0]: 'C' both joins and is removed with 'without'"
            ])
    }
}
