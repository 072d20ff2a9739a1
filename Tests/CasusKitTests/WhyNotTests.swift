import CasusTestSupport
import Testing

@testable import CasusKit

/// "Why not?": the wording of each kind of miss, word for word, on a world
/// built for it (A attacks; B, C, D, E stand by; the pact is between B and C).
@Suite struct WhyNotTests {
    func why(
        _ world: Graph, _ actor: String, _ target: String, by: String = "A", depth: Int = 0,
        _ configure: (inout Scenario) -> Void = { _ in }
    ) throws -> [String] {
        var s = Scenario(attacks: [Attack(target: try world.index.resolveTarget(target).get(), by: by)], depth: depth)
        configure(&s)
        return try Analysis.explain(actor, in: s, on: world).misses.map { "\($0.condition): \($0.detail)" }
    }

    @Test(arguments: [
        (
            "{ attack-on: [B] }", "D",
            "attack-on: p A1: the attack by A on D's territory is not an attack on what it protects (`attack-on: [B]`)"
        ),
        (
            "{ attack-on: parties, target: forces }", "B",
            "target: p A1: the attack by A on B's territory hits territory, and the clause covers only forces "
                + "(`target: [forces]`)"
        ),
        (
            "{ attack-on: parties, in: [south] }", "B",
            "in: p A1: the attack by A on B's territory is outside the area: B lies in none of its places (`in: "
                + "[south]`)"
        ),
        (
            "{ attack-on: parties, except: [north] }", "B",
            "except: p A1: the attack by A on B's territory is in an excluded area (`except: [north]`)"
        ),
        ("{ attack-on: parties, by: [E] }", "B", "by: p A1: the attacker A is not one it answers (`by: [E]`)"),
        (
            "{ attack-on: parties, nuclear: true }", "B",
            "nuclear: p A1: the attack by A on B's territory is not nuclear, and p A1 answers only attacks with "
                + "nuclear weapons (`nuclear: true`)"
        ),
    ])
    func aConditionThatFails(when: String, target: String, expected: String) throws {
        let world = try graph(baseWorld + pact(when: when))
        #expect(try why(world, "C", target) == [expected])
    }

    /// A state that was a party before the day read, or becomes one after, is told why the clause asks nothing of it.
    @Test func aPastOrFuturePartyIsToldWhenItLeftOrJoins() throws {
        let world = try graph(
            baseWorld
                + pact(
                    parties: "[{ id: B, from: 2000-01-01 }, { id: C, from: 2000-01-01, to: 2010-01-01 }, "
                        + "{ id: D, from: 2020-01-01 }]",
                    when: "{ attack-on: parties }"))
        let later = try why(world, "C", "B") { $0.asOf = Day(year: 2015) }
        #expect(later == ["party: p A1: C left p's obligations on 2010-01-01"])
        let before = try why(world, "D", "B") { $0.asOf = Day(year: 2015) }
        #expect(before == ["party: p A1: D becomes a party only on 2020-01-01"])
        // Undated, the run reads the world as written: no such line.
        #expect(try why(world, "E", "B").isEmpty)
    }

    @Test func anIncursionMissesAClauseForArmedAttacks() throws {
        let world = try graph(baseWorld + pact(when: "{ attack-on: parties }"))
        let misses = try why(world, "C", "B") { $0.attacks = [Attack(target: .state("B"), kind: .incursion)] }
        #expect(
            misses == [
                "kinds: p A1: the event is an incursion, and p A1 answers only armed attacks (`kinds: [armed-attack]`)"
            ])
    }

    @Test func aProvokedEventMissesAnUnprovokedClause() throws {
        // B's ally C strikes A back at depth 1: A started it, so A's pact with D does not apply.
        let world = try graph(
            baseWorld + """

                instruments:
                  - { id: ad, title: AD, form: treaty, status: in-force, force: binding, parties: [A, D],
                      clauses: [ { id: p1, cite: Art. 1, when: { attack-on: parties, unprovoked: true }, then: { \
                duty: defend } } ] }
                  - { id: bc, title: BC, form: treaty, status: in-force, force: binding, parties: [B, C],
                      clauses: [ { id: d, cite: D, when: { attack-on: parties }, then: { duty: defend } } ] }
                """)
        #expect(
            try why(world, "D", "B", depth: 1) == [
                "unprovoked: ad Art. 1: the hypothetical attack by B on A's territory strikes A, whose own side's "
                    + "armed attack began the hostilities: a strike on A in self-defence is not an attack ad Art. 1 "
                    + "answers (`unprovoked: true`)"
            ])
    }

    @Test func aRejectedReadingThatWouldHaveApplied() throws {
        let world = try graph(
            baseWorld + """

                instruments:
                  - id: p
                    title: P
                    form: treaty
                    status: in-force
                    force: binding
                    parties: [B, C]
                    clauses:
                      - id: a1
                        cite: A1
                        when: { attack-on: parties, target: territory }
                        then: { duty: assist }
                        readings: [ { id: forces-too, claim: Forces too, when: { attack-on: parties, target: forces \
                } } ]
                """)
        let misses = try why(world, "C", "forces:B@north") { $0.strict = true }
        #expect(
            misses == [
                "target: p A1: the attack by A on B's forces at north hits forces, and the clause covers only "
                    + "territory (`target: [territory]`) — it would apply under reading forces-too, rejected in this "
                    + "run"
            ])
    }

    @Test func aLapsedInstrumentIsAStatusMiss() throws {
        let world = try graph(baseWorld + pact(when: "{ attack-on: parties }", status: "lapsed"))
        #expect(
            try why(world, "C", "B") == [
                "status: p A1: it applies to the attack by A on B's territory, but the instrument has lapsed"
            ])
    }

    @Test func aClauseBorneByOthersIsABearersMiss() throws {
        let world = try graph(
            baseWorld
                + pact(parties: "[B, C, D]", when: "{ attack-on: parties }", then: "{ bearers: [D], duty: assist }"))
        #expect(
            try why(world, "C", "B") == [
                "bearers: p A1: it applies to the attack by A on B's territory, but its obligations fall on others, "
                    + "not C"
            ])
    }

    @Test func aClauseThatReachedTheActorIsNoMiss() throws {
        let world = try graph(baseWorld + pact(when: "{ attack-on: parties }"))
        #expect(try why(world, "C", "B") == [])
    }
}
