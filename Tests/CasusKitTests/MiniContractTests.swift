import Foundation
import Testing
@testable import CasusKit

/// The mini world's expected/ files pin the JSON contract: each file's name is
/// the command's arguments, and the analysis must produce the same JSON (parsed,
/// so key order is free; array order is not).
@Suite struct MiniContractTests {
    nonisolated(unsafe) static let cases: [(file: String, scenario: String?, target: String?, flags: (inout Scenario) -> Void)] = [
        ("mission-attacked.json", "mission-attacked", nil, { _ in }),
        ("mission-attacked--depth-0.json", "mission-attacked", nil, { $0.depth = 0 }),
        ("mission-attacked--strict--duty-assist--duty-defend.json", "mission-attacked", nil, {
            $0.strict = true; $0.duties = [.assist, .defend]
        }),
        ("eldoria-attacked.json", "eldoria-attacked", nil, { _ in }),
        ("guarantee-adopted.json", "guarantee-adopted", nil, { _ in }),
        ("isles-attacked.json", "isles-attacked", nil, { _ in }),
        ("trigger-forces-ARC-in-ELD--depth-0--accept-forces-in-eldoria.json", nil, "forces:ARC@ELD", {
            $0.depth = 0; $0.accept = ["forces-in-eldoria"]
        }),
    ]

    @Test(arguments: 0..<7)
    func matchesExpected(_ n: Int) throws {
        let c = Self.cases[n]
        let g = try GraphLoader.load(path: Fixtures.mini)
        var s: Scenario
        if let id = c.scenario { s = try #require(g.scenario(id)) }
        else { s = Scenario(attacks: [Attack(target: try g.index.resolveTarget(try #require(c.target)).get(), by: "GRX")]) }
        c.flags(&s)
        let got = try parsedJSON(try Analysis.run(s, on: g).json().rendered())
        let expectedText = try String(contentsOf: Fixtures.folder.appendingPathComponent("mini/expected/\(c.file)"), encoding: .utf8)
        let expected = try parsedJSON(expectedText)
        #expect(got == expected, "\(c.file) differs")
    }

    @Test func expectedFilesAreAllCovered() throws {
        let files = try FileManager.default.contentsOfDirectory(atPath: Fixtures.folder.appendingPathComponent("mini/expected").path)
        #expect(Set(files) == Set(Self.cases.map(\.file)))
    }

    @Test func rerunsAreByteIdentical() throws {
        let g = try GraphLoader.load(path: Fixtures.mini)
        let s = try #require(g.scenario("mission-attacked"))
        let first = try Analysis.run(s, on: g).json().rendered()
        for _ in 0..<3 { #expect(try Analysis.run(s, on: g).json().rendered() == first) }
        let again = try GraphLoader.load(path: Fixtures.mini)
        #expect(try Analysis.run(s, on: again).json().rendered() == first)
    }
}
