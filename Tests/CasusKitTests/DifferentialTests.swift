import Foundation
import Testing
@testable import CasusKit

/// The engine's shortcut (a prefix that loses for one `then` entry is offered to
/// none of its bearers) must never change an answer: the fast path and the
/// reference path that offers every chain to every bearer give byte-identical JSON.
@Suite struct DifferentialTests {
    func bothPaths(_ s: Scenario, _ g: Graph) throws -> (fast: String, reference: String) {
        let fast = try Analysis.run(s, on: g, chainsPerActor: 3, shortcuts: true).json().rendered()
        let reference = try Analysis.run(s, on: g, chainsPerActor: 3, shortcuts: false).json().rendered()
        return (fast, reference)
    }

    @Test(arguments: [(300, 0), (300, 1), (300, 2), (1_000, 2)])
    func syntheticWorlds(states: Int, depth: Int) throws {
        let g = SyntheticWorld.make(states: states, seed: UInt64(states))
        let r = try bothPaths(SyntheticWorld.scenario(depth: depth), g)
        #expect(r.fast == r.reference)
    }

    @Test func everySampleScenarioAtDepthTwo() throws {
        let g = try GraphLoader.load(path: Fixtures.sample)
        for var s in g.scenarios {
            s.depth = 2
            let r = try bothPaths(s, g)
            #expect(r.fast == r.reference, "\(s.id ?? "")")
        }
    }

    @Test func everyMiniScenarioAtDepthTwo() throws {
        let g = try GraphLoader.load(path: Fixtures.mini)
        for var s in g.scenarios {
            s.depth = 2
            let r = try bothPaths(s, g)
            #expect(r.fast == r.reference, "\(s.id ?? "")")
        }
    }
}
