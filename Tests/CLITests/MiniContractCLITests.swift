import CasusTestSupport
import Foundation
import Testing

/// The mini world's expected/ files are the JSON contract: each file's name is
/// the command's arguments (its README), and `casus` must print the same JSON
/// (parsed: key order is free, array order is part of the contract).
@Suite struct MiniContractCLITests {
    static let commands: [String: [String]] = [
        "drones-over-boreal.json": ["scenario", "drones-over-boreal"],
        "eldoria-attacked--veto-CAL.json": ["scenario", "eldoria-attacked", "--veto", "CAL"],
        "eldoria-attacked.json": ["scenario", "eldoria-attacked"],
        "guarantee-adopted.json": ["scenario", "guarantee-adopted"],
        "isles-attacked.json": ["scenario", "isles-attacked"],
        "league-veto.json": ["scenario", "league-veto"],
        "mission-attacked--depth-0.json": ["scenario", "mission-attacked", "--depth", "0"],
        "mission-attacked--strict--duty-assist--duty-defend.json":
            ["scenario", "mission-attacked", "--strict", "--duty", "assist", "--duty", "defend"],
        "mission-attacked.json": ["scenario", "mission-attacked"],
        "occupied-struck.json": ["scenario", "occupied-struck"],
        "patrol-attacked--duty-sanction.json": ["scenario", "patrol-attacked", "--duty", "sanction"],
        "patrol-attacked.json": ["scenario", "patrol-attacked"],
        "trigger-BOR--depth-0--kind-threat.json": [
            "trigger", "BOR", "--by", "GRX", "--depth", "0", "--kind", "threat",
        ],
        "trigger-forces-ARC-in-ELD--depth-0--accept-forces-in-eldoria.json":
            ["trigger", "forces:ARC@ELD", "--by", "GRX", "--depth", "0", "--accept", "forces-in-eldoria"],
    ]

    static let expected = Repository.root.appendingPathComponent("Tests/CasusKitTests/Fixtures/mini/expected")

    @Test(arguments: commands.keys.sorted())
    func printsTheExpectedJSON(_ file: String) throws {
        let arguments = try #require(Self.commands[file])
        let r = try CasusProgram.run(arguments + ["--graph", Repository.mini, "--format", "json"])
        #expect(r.status == 0, "\(r.stderr)")
        let expected = try Data(contentsOf: Self.expected.appendingPathComponent(file))
        let got = try Self.withoutCasusAdditions(JSONSerialization.jsonObject(with: Data(r.stdout.utf8))) as? NSObject
        let want = try JSONSerialization.jsonObject(with: expected) as? NSObject
        #expect(got == want, "\(file): casus \(arguments.joined(separator: " ")) differs from expected/")
    }

    /// Blocked entries' `events` and the scenario's `as_of` are Casus's additions to
    /// the contract (docs/analysis.md): the expected files predate them, so they are
    /// compared without them.
    static func withoutCasusAdditions(_ json: Any) -> Any {
        guard var top = json as? [String: Any], let blocked = top["blocked"] as? [[String: Any]] else { return json }
        if var scenario = top["scenario"] as? [String: Any], scenario["as_of"] is NSNull {
            scenario["as_of"] = nil
            top["scenario"] = scenario
        }
        top["blocked"] = blocked.map { entry in
            var e = entry
            e["events"] = nil
            return e
        }
        return top
    }

    @Test func aProvokedEntryNamesTheHypotheticalStrikesItAnswers() throws {
        let r = try CasusProgram.run(["scenario", "mission-attacked", "--graph", Repository.mini, "--format", "json"])
        let top = try #require(try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any])
        let blocked = try #require(top["blocked"] as? [[String: Any]])
        let pact = try #require(blocked.first { $0["instrument"] as? String == "grx-fen-pact" })
        let events = try #require(pact["events"] as? [[String: Any]])
        #expect(events.compactMap { $0["by"] as? String } == ["ARC", "BOR", "CAL", "ELD"])
        #expect(
            events.allSatisfy {
                $0["victim"] as? String == "GRX" && $0["hypothetical"] as? Bool == true && $0["depth"] as? Int == 1
            })
    }

    @Test func everyExpectedFileHasItsCommand() throws {
        let files = try FileManager.default.contentsOfDirectory(atPath: Self.expected.path).filter {
            $0.hasSuffix(".json")
        }
        #expect(Set(files) == Set(Self.commands.keys))
    }
}
