import CasusTestSupport
import Foundation
import Testing

@testable import CasusKit

/// Offense pledges (issue 25, item 2): `attack-by` makes a clause answer an ally's own war, and
/// its `join-war` duty is owed to that attacker — whose side the bearer then takes.
@Suite struct OffenseTests {
    /// A and D: each joins the other's war, whoever began it (the Pact of Steel's Art. III).
    let steel = """

        instruments:
          - { id: s, title: Steel, form: treaty, status: in-force, force: binding, parties: [A, D],
              clauses: [ { id: o3, cite: Art. III, when: { attack-by: parties }, then: { duty: join-war } } ] }
        """

    /// D and E defend each other.
    let pact = """

          - { id: q, title: Pact, form: treaty, status: in-force, force: binding, parties: [D, E],
              clauses: [ { id: q1, cite: Q1, when: { attack-on: parties }, then: { duty: defend } } ] }
        """

    func outcome(_ world: String, _ target: String = "B", by: String? = nil, depth: Int = 0) throws -> Outcome {
        try run(try graph(baseWorld + world), target, by: by, depth: depth)
    }

    @Test func anAllysOwnAttackBindsTheBearerToJoinItsWar() throws {
        let o = try outcome(steel)
        #expect(o.status("D") == .bound)
        let chain = try #require(o.actor("D")?.chains.first)
        #expect(chain.duty == .joinWar)
        #expect(chain.steps.map(\.kindAndIDs) == ["attack B by A", "clause s/o3 D→A join-war"])
    }

    @Test func anAttackOnTheAllyDoesNotMeetAnOffensePledge() throws {
        let o = try outcome(steel, "A", by: "C")
        #expect(o.status("D") == nil)
    }

    @Test func theBearerTakesTheAttackersSideAndItsOwnAlliesAnswerAStrikeOnIt() throws {
        let o = try outcome(steel + pact, depth: 1)
        let chain = try #require(o.actor("E")?.chains.first)
        #expect(o.status("E") == .escalation)
        #expect(
            chain.steps.map(\.kindAndIDs) == [
                "attack B by A", "clause s/o3 D→A join-war", "attack D by B (hypothetical)", "clause q/q1 E→D defend",
            ])
    }

    @Test func attackOnNarrowsTheWarsItAnswersToTheAdversariesNamed() throws {
        let narrowed = steel.replacingOccurrences(
            of: "{ attack-by: parties }", with: "{ attack-by: parties, attack-on: [C] }")
        #expect(try outcome(narrowed).status("D") == nil)
        #expect(try outcome(narrowed, "C").status("D") == .bound)
    }

    @Test func theVictimIsNeverBoundToJoinAWarOnItself() throws {
        let both = steel.replacingOccurrences(of: "parties: [A, D]", with: "parties: [A, B, D]")
        let o = try outcome(both)
        #expect(o.status("D") == .bound)
        #expect(o.actor("B")?.chains.isEmpty ?? true)
        #expect(o.blocked.map { "\($0.bearers) \($0.reason.rawValue)" } == ["[\"B\"] bearer-is-adversary"])
    }

    @Test func theTextTableSaysWhomTheDutyIsOwedTo() throws {
        let loaded = try graph(baseWorld + steel)
        let rows = OutcomeText(graph: loaded).rows(try run(loaded, "B")).map(\.cells)
        #expect(
            rows.contains([
                "D", "bound", "join-war (binding)", "-", "B territory ← s Art. III (owed to A, whose war it answers)",
            ]))
    }

    @Test func theJSONStepSaysItIsAnOffensePledgeOwedToTheAttacker() throws {
        let json = try outcome(steel).json().rendered()
        let top = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        let actors = try #require(top["actors"] as? [[String: Any]])
        let d = try #require(actors.first { $0["id"] as? String == "D" })
        let step = try #require(((d["chains"] as? [[String: Any]])?.first?["steps"] as? [[String: Any]])?.last)
        #expect(step["owed_to"] as? String == "A")
        #expect(step["offense"] as? Bool == true)
        #expect(step["duty"] as? String == "join-war")
    }

    @Test func whyNotSaysTheAttackWasNotTheAllysOwn() throws {
        let loaded = try graph(baseWorld + steel)
        let s = Scenario(attacks: [Attack(target: .state("A"), by: "C")], depth: 0)
        let misses = try Analysis.explain("D", in: s, on: loaded).misses.map { "\($0.condition): \($0.detail)" }
        #expect(
            misses == [
                "attack-by: s Art. III: the attack by C on A's territory is not an attack by a party, and s Art. III "
                    + "answers only its parties' own wars: C is none (`attack-by: parties`)"
            ])
    }

    @Test func aTimelineSaysWhomTheDutyIsOwedTo() throws {
        let loaded = try graph(baseWorld + steel)
        let timeline = try Timeline.run("D", Scenario(attacks: [Attack(target: .state("B"))]), on: loaded)
        #expect(timeline.summary(graph: loaded) == "D towards B: bound join-war under s Art. III (owed to A)")
    }

    @Test func aWorldWrittenBackReadsTheSame() throws {
        let loaded = try graph(baseWorld + steel)
        let clause = try #require(loaded.instrument("s")?.clauses.first)
        #expect(WorldWriter.trigger(try #require(clause.when.first)) == "{ attack-by: parties }")
        #expect(clause.isOffense)
    }
}

/// The loader refuses what an offense pledge cannot mean: one rule each.
@Suite struct OffenseLoadErrorTests {
    func clause(_ when: String, _ then: String = "{ duty: join-war }") -> MarkedText {
        MarkedText(
            baseWorld + """
                instruments:
                  - { id: s, title: Steel, form: treaty, status: in-force, force: binding, parties: [A, D],
                      clauses: [ { id: o3, cite: Art. III, when: \(when), then: \(then) } ] }

                """)
    }

    @Test func joinWarNeedsAnAttackBy() {
        let input = clause("{ attack-on: parties }", "1️⃣{ duty: join-war }")
        #expect(
            errors(input.text) == [
                "t.yaml:\(input[1]): instruments[0].clauses[0].then: 'join-war' is owed to an ally that wages war: "
                    + "its clause's 'when' names the ally with 'attack-by' (an offense pledge: 'when: { attack-by: "
                    + "parties }'); an attack on a party asks 'defend'"
            ])
    }

    @Test func anOffensePledgeAsksNoDefence() {
        let input = clause("{ attack-by: parties }", "1️⃣{ duty: defend }")
        #expect(
            errors(input.text) == [
                "t.yaml:\(input[1]): instruments[0].clauses[0].then: 'defend' answers an attack on the one it is owed "
                    + "to; an offense pledge ('attack-by') asks join-war, aid, supply or consult of its bearers"
            ])
    }

    @Test func attackByTakesNoBy() {
        let input = clause("{ attack-by: parties, by: 1️⃣[C] }")
        #expect(
            errors(input.text) == [
                "t.yaml:\(input[1]): instruments[0].clauses[0].when.by: 'attack-by' names the attacker an offense "
                    + "pledge answers; leave out 'by' (use 'attack-on' for the states it may be waged against)"
            ])
    }

    @Test func attackByTakesNoUnprovoked() {
        let input = clause("{ attack-by: parties, unprovoked: 1️⃣true }")
        #expect(
            errors(input.text) == [
                "t.yaml:\(input[1]): instruments[0].clauses[0].when.unprovoked: 'unprovoked' asks whether the "
                    + "victim's side began the war; an offense pledge ('attack-by') answers its ally's own attack and "
                    + "takes none"
            ])
    }

    @Test func aClausesTriggersAreAllOfOneKind() {
        let input = clause("1️⃣[ { attack-by: parties }, { attack-on: parties } ]")
        #expect(
            errors(input.text) == [
                "t.yaml:\(input[1]): instruments[0].clauses[0].when: a clause's triggers all answer an ally's own "
                    + "attack ('attack-by') or none do: its duties are owed to the attacker in one case and to the "
                    + "victim in the other; write two clauses"
            ])
    }

    @Test func attackByIsPartiesOrAList() {
        let input = clause("{ attack-by: 1️⃣any }")
        #expect(
            errors(input.text) == [
                "t.yaml:\(input[1]): instruments[0].clauses[0].when.attack-by: found 'any'; expected 'parties' or a "
                    + "list of actor ids (the allies whose wars it answers)"
            ])
    }
}
