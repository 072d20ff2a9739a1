import CasusSynthetic
import CasusTestSupport
import Foundation
import Testing

@testable import CasusKit

/// The engine's shortcut (a prefix that loses for one `then` entry is offered to
/// none of its bearers) must never change an answer: the fast path and the
/// reference path that offers every chain to every bearer give byte-identical JSON.
@Suite struct DifferentialTests {
    func bothPaths(_ s: Scenario, _ world: Graph) throws -> (fast: String, reference: String) {
        let fast = try Analysis.run(s, on: world, chainsPerActor: 3, shortcuts: true).json().rendered()
        let reference = try Analysis.run(s, on: world, chainsPerActor: 3, shortcuts: false).json().rendered()
        return (fast, reference)
    }

    @Test(arguments: [(300, 0), (300, 1), (300, 2), (1_000, 2)])
    func syntheticWorlds(states: Int, depth: Int) throws {
        let world = SyntheticWorld.make(states: states, seed: UInt64(states))
        let r = try bothPaths(SyntheticWorld.scenario(depth: depth), world)
        #expect(r.fast == r.reference)
    }

    /// Version 3's keys: the reference path offers every `bearers: any` permission
    /// to every state at every event; the fast path grants them once at the end.
    @Test(arguments: [(300, 0), (300, 1), (300, 2)])
    func syntheticWorldsWithAPermissionForEveryState(states: Int, depth: Int) throws {
        let world = SyntheticWorld.make(states: states, seed: UInt64(states), charter: true)
        let r = try bothPaths(SyntheticWorld.scenario(depth: depth), world)
        #expect(r.fast == r.reference)
        // By depth 2 every state of this world has joined a side, so none is left merely permitted.
        #expect(r.fast.contains("\"permitted\"") == (depth < 2))
    }

    @Test func aWorldWithEveryVersion3Key() throws {
        let world = try graph(Self.version3World)
        for (target, asOf) in [
            ("forces:B@B", nil), ("forces:E@C", "2012-01-01"), ("B-waters", "2021-01-01"), ("vessels:C@B-waters", nil),
        ] {
            for depth in 0...2 {
                let s = Scenario(
                    attacks: [Attack(target: try world.index.resolveTarget(target).get(), by: "A")], depth: depth,
                    aligned: ["D"], asOf: asOf.flatMap(Day.init))
                let r = try bothPaths(s, world)
                #expect(r.fast == r.reference, "\(target) depth \(depth)")
            }
        }
    }

    /// Offense pledges (issue 25): A and D join each other's wars, D and E defend each other, and every
    /// state may supply an ally at war (a right, to reach the `bearers: any` path).
    @Test func aWorldWithOffensePledges() throws {
        let world = try graph(
            baseWorld + """
                instruments:
                  - id: steel
                    title: Steel
                    form: treaty
                    status: in-force
                    force: binding
                    parties: [A, D]
                    clauses:
                      - id: o3
                        cite: Art. III
                        when: { attack-by: parties }
                        then:
                          - { duty: join-war }
                          - { bearers: any, duty: supply, modality: may }
                  - id: q
                    title: Pact
                    form: treaty
                    status: in-force
                    force: binding
                    parties: [B, C, E]
                    clauses: [ { id: q1, cite: Q1, when: { attack-on: parties }, then: { duty: defend } } ]
                """)
        for target in ["B", "E"] {
            for depth in 0...2 {
                let s = Scenario(attacks: [Attack(target: .state(target), by: "A")], depth: depth)
                let r = try bothPaths(s, world)
                #expect(r.fast == r.reference, "\(target) depth \(depth)")
            }
        }
    }

    static let version3World =
        baseWorld.replacingOccurrences(
            of: "  - { id: south, name: South }",
            with: """
                  - { id: south, name: South }
                  - { id: B-waters, name: Waters, within: [B, south], overseas: false }
                """) + """
              - { id: F, name: Eff, kind: state, within: [south] }
              - { id: LEAGUE, name: League, kind: organization, \
            members: [B, { id: C, from: 2013 }, { id: E, to: 2020 }, F] }
            instruments:
              - id: treaty
                title: Treaty
                form: treaty
                status: violated
                violated-by: [C]
                force: binding
                parties: [LEAGUE]
                clauses:
                  - id: art5
                    cite: Art. 5
                    when: [{ attack-on: parties, in: [north] }, { attack-on: parties, target: forces }]
                    then:
                      - { bearers: { parties-except: [F] }, duty: assist, means: bearer-decides }
                      - { bearers: [C, { id: D, to: 2022 }, E], duty: aid, means: all-in-its-power }
              - id: unc
                title: Charter
                form: treaty
                status: in-force
                force: binding
                parties: [A, B, C, D, E, F]
                clauses:
                  - id: art51
                    cite: Art. 51
                    when: { attack-on: any, target: territory, unprovoked: true }
                    then: { bearers: any, duty: assist, modality: may, subject-to: [request-of-the-victim] }
                  - id: art52
                    cite: Art. 52
                    when: { attack-on: parties }
                    then: { bearers: [E, F], duty: supply, modality: may }

            """

    @Test func everySampleScenarioAtDepthTwo() throws {
        let world = try GraphLoader.load(path: Repository.sample)
        for var s in world.scenarios {
            s.depth = 2
            let r = try bothPaths(s, world)
            #expect(r.fast == r.reference, "\(s.id ?? "")")
        }
    }

    @Test func everyMiniScenarioAtDepthTwo() throws {
        let world = try GraphLoader.load(path: Repository.mini)
        for var s in world.scenarios {
            s.depth = 2
            let r = try bothPaths(s, world)
            #expect(r.fast == r.reference, "\(s.id ?? "")")
        }
    }
}
