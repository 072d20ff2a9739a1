import CasusTestSupport
import Testing

@testable import CasusKit

/// `shipping:FLAG@PLACE` (version 3): merchant ships under a state's flag, which
/// no clause covers unless it names them (`target: shipping`).
@Suite struct ShippingTests {
    func outcome(_ when: String, _ target: String, depth: Int = 0, extra: String = "") throws -> Outcome {
        let loaded = try graph(baseWorld + pact(parties: "[B, C]", when: when) + extra)
        return try run(loaded, target, depth: depth)
    }

    @Test func aClauseThatDoesNotNameShippingDoesNotCoverIt() throws {
        let o = try outcome("{ attack-on: parties }", "shipping:B@north")
        #expect(o.status("B") == .victim)
        #expect(o.status("C") == nil)
    }

    @Test func aClauseThatNamesShippingCoversIt() throws {
        let o = try outcome("{ attack-on: parties, target: shipping }", "shipping:B@north")
        #expect(o.status("C") == .bound)
        #expect(
            o.actor("C")?.chains.first?.steps.first.map {
                if case .attack(let a) = $0 { return a.summary }
                return ""
            } == "B-flagged shipping at north")
    }

    @Test func whetherAnAttackOnShippingIsAnAttackOnTheStateIsAReading() throws {
        let loaded = try graph(
            baseWorld
                + pact(
                    parties: "[B, C]", when: "{ attack-on: parties }",
                    extra: ""
                )
                .replacingOccurrences(
                    of: "then: { duty: assist } }",
                    with: "then: { duty: assist }, readings: [ { id: ships, claim: An attack on a Party's "
                        + "merchant ships is an attack on the Party., when: { attack-on: parties, target: "
                        + "shipping } } ] }"))
        #expect(try run(loaded, "shipping:B@north").status("C") == .contested)
        #expect(try run(loaded, "shipping:B@north") { $0.accept = ["ships"] }.status("C") == .bound)
    }

    @Test func aStrikeOnShippingMakesTheFlagStateNoBelligerent() throws {
        // B and E have a territorial pact: when B is at war, A's strike on B at depth 1 engages E.
        let extra = """

              - { id: q, title: Q, form: treaty, status: in-force, force: binding, parties: [B, E],
                  clauses: [ { id: q1, cite: Q1, when: { attack-on: parties, target: territory },
                               then: { duty: defend } } ] }
            """
        let forces = try outcome("{ attack-on: parties, target: shipping }", "forces:B@north", depth: 1, extra: extra)
        #expect(forces.status("E") == .escalation)
        let ships = try outcome("{ attack-on: parties, target: shipping }", "shipping:B@north", depth: 1, extra: extra)
        #expect(ships.status("C") == .bound)
        #expect(ships.status("E") == nil)
    }

    @Test func whyNotSaysShippingMustBeNamed() throws {
        let loaded = try graph(baseWorld + pact(when: "{ attack-on: parties }"))
        let s = Scenario(attacks: [Attack(target: try loaded.index.resolveTarget("shipping:B@north").get())], depth: 0)
        let misses = try Analysis.explain("C", in: s, on: loaded).misses.map { "\($0.condition): \($0.detail)" }
        #expect(
            misses == [
                "target: p A1: the attack by A on B's shipping at north hits merchant shipping, which the clause does "
                    + "not name (`target: any` leaves it out; only `target: shipping` covers it)"
            ])
    }

    @Test func theFlagMustBeAState() throws {
        let loaded = try graph(baseWorld)
        guard case .failure(let e) = loaded.index.resolveTarget("shipping:north@north") else {
            Issue.record("resolved")
            return
        }
        #expect(e.message == "'north' in 'shipping:north@north' is not a state")
    }
}
