import CasusTestSupport
import Foundation
import Testing

@testable import CasusKit

/// The mini world's expected/ files pin the JSON contract. The command line runs
/// each file's command (CLITests/MiniContractCLITests); here the library is
/// checked to give the same answer on every run.
@Suite struct MiniContractTests {
    @Test func rerunsAreByteIdentical() throws {
        let world = try GraphLoader.load(path: Repository.mini)
        let s = try #require(world.scenario("mission-attacked"))
        let first = try Analysis.run(s, on: world).json().rendered()
        for _ in 0..<3 {
            #expect(try Analysis.run(s, on: world).json().rendered() == first)
        }
        let again = try GraphLoader.load(path: Repository.mini)
        #expect(try Analysis.run(s, on: again).json().rendered() == first)
    }

    @Test func theFixtureIsTheDesignsCopy() throws {
        let design = Repository.root.deletingLastPathComponent().appendingPathComponent(
            "shared/design/examples/mini/world.yaml")
        guard let shared = try? String(contentsOf: design, encoding: .utf8) else { return }
        let ours = try String(contentsOfFile: Repository.mini, encoding: .utf8)
        #expect(
            ours == shared,
            "Tests/CasusKitTests/Fixtures/mini/world.yaml differs from ../shared/design/examples/mini/world.yaml")
    }
}
