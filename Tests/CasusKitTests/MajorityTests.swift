import CasusTestSupport
import Testing

@testable import CasusKit

/// `decision: { majority: N/M }` (version 3): a decision withheld only when the
/// deciders who withhold leave fewer in favour than the share needs.
@Suite struct MajorityTests {
    /// B is attacked; C, D and E decide by two thirds whether to defend it.
    static let world =
        baseWorld
        + pact(
            parties: "[B, C, D, E]", when: "{ attack-on: parties }",
            then: "{ duty: defend, decision: { majority: 2/3 } }")

    func outcome(vetoes: [String] = [], aligned: [String] = []) throws -> Outcome {
        try run(try graph(Self.world), "B") {
            $0.vetoes = vetoes
            $0.aligned = aligned
        }
    }

    @Test func withNoOneWithholdingEveryBearerIsBound() throws {
        let o = try outcome()
        #expect(["C", "D", "E"].map { o.status($0) } == [.bound, .bound, .bound])
        #expect(o.blocked.isEmpty)
    }

    @Test func oneWithholdingOfThreeLeavesTwoThirdsAndTheDecisionBindsAll() throws {
        let o = try outcome(vetoes: ["D"])
        // Two of three in favour meet two thirds: the decision is taken, and binds D too.
        #expect(["C", "D", "E"].map { o.status($0) } == [.bound, .bound, .bound])
        #expect(o.blocked.isEmpty)
    }

    @Test func twoWithholdingOfThreeBlockItAndTheCountIsShown() throws {
        let o = try outcome(vetoes: ["D", "E"])
        #expect(o.status("C") == .blocked)
        let b = try #require(o.blocked.first)
        #expect(b.reason == .noMajority)
        #expect(b.by == ["D", "E"])
        #expect(b.vote == MajorityVote(deciders: 3, withholding: 2, share: Share(numerator: 2, denominator: 3)))
        #expect(
            b.reasonPhrase(short: "p", attackers: ["A"])
                == "no 2/3 majority: 2 of 3 deciders withhold (D, E), leaving 1 in favour where 2 are needed")
    }

    @Test func aDeciderOnTheAttackersSideWithholdsToo() throws {
        let o = try outcome(vetoes: ["D"], aligned: ["E"])
        #expect(o.status("C") == .blocked)
        #expect(o.blocked.first { $0.reason == .noMajority }?.by == ["D", "E"])
        // E, on the attacker's side, owes B nothing itself: its own entry is blocked as an adversary's.
        #expect(o.blocked.first { $0.reason == .bearerIsAdversary }?.bearers == ["E"])
    }

    @Test func theJSONGivesTheCountOnlyWhereThereIsOne() throws {
        let blocked = try outcome(vetoes: ["D", "E"]).json().rendered()
        #expect(blocked.contains("\"vote\": {"))
        #expect(blocked.contains("\"needed\": 2"))
        #expect(!(try outcome().json().rendered().contains("\"vote\"")))
    }

    @Test func explainSaysWhichMajority() throws {
        let loaded = try graph(Self.world)
        let e = try Analysis.explain("C", in: Scenario(attacks: [Attack(target: .state("B"))]), on: loaded)
        #expect(e.text(graph: loaded).contains("C owes B defend, decided by a 2/3 majority"))
    }

    @Test func aMajorityWithoutItsShareIsAnError() {
        #expect(
            errors(baseWorld + pact(when: "{ attack-on: parties }", then: "{ duty: defend, decision: majority }")) == [
                "t.yaml:22:91: instruments[0].clauses[0].then.decision: a majority decision names the share it "
                    + "needs: write { majority: 2/3 } (at least two thirds)"
            ])
    }

    @Test func aShareAboveOneIsAnError() {
        let e = errors(
            baseWorld + pact(when: "{ attack-on: parties }", then: "{ duty: defend, decision: { majority: 3/2 } }"))
        #expect(
            e == [
                "t.yaml:22:103: instruments[0].clauses[0].then.decision.majority: found '3/2'; expected the share of "
                    + "the deciders needed in favour, as N/M with 0 < N ≤ M (2/3: at least two thirds)"
            ])
    }

    @Test func theWorldWriterWritesItBack() throws {
        var w = WorldWriter()
        w.instruments(try graph(Self.world).instruments)
        #expect(w.text.contains("decision: { majority: 2/3 }"))
    }
}
