import CasusIO
import CasusKit
import CasusTestSupport
import Foundation
import Testing

/// `casus report`: its answers, its errors and its exit statuses.
@Suite struct ReportCommandTests {
    @Test func reportRefusesScenarioIdsThatWouldOverwriteItsFiles() throws {
        let folder = try TemporaryFolder()
        let dir = folder.url
        let graph = dir.appendingPathComponent("g.yaml")
        let world =
            "casus: 1\ndefaults: {attacker: A}\nactors: [ {id: A, name: A, kind: state}, {id: B, name: B, kind: "
            + "state} ]\nscenarios: [ {id: World, attacks: [ {target: B} ]} ]\n"
        try world.write(to: graph, atomically: true, encoding: .utf8)
        let out = dir.appendingPathComponent("out")
        let r = try CasusProgram.run(["report", "--graph", graph.path, "--output", out.path])
        #expect(r.status == 65)
        #expect(
            r.stderr
                == "\(graph.path):4:19: scenarios[0].id: scenario id 'World' would write the same report files as the "
                + "world map (file names ignore case); choose another id\ncasus: error: 1 error in the graph; "
                + "nothing was written\n"
        )
        let v = try CasusProgram.run(["validate", graph.path])
        #expect(v.status == 65)
        #expect(v.stderr.hasPrefix("\(graph.path):4:19: scenarios[0].id: scenario id 'World'"))
        #expect(!FileManager.default.fileExists(atPath: out.path))
    }

    @Test func aOutputFolderThatCannotBeCreatedExits73() throws {
        let folder = try TemporaryFolder()
        let dir = folder.url
        let file = dir.appendingPathComponent("plain-file")
        try "x".write(to: file, atomically: true, encoding: .utf8)
        let r = try CasusProgram.run([
            "report", "--graph", Repository.mini, "--output", file.appendingPathComponent("sub").path,
        ])
        #expect(r.status == 73)
        #expect(r.stderr == "casus: error: cannot write \(file.path): Not a directory\n")
    }

    /// `report -o DIR` works like `--output`, as every other command takes `-o`.
    @Test func reportTakesDashO() throws {
        let folder = try TemporaryFolder()
        let dir = folder.url
        let r = try CasusProgram.run(["report", "--graph", Repository.mini, "-o", dir.path])
        #expect(r.status == 0)
        #expect(FileManager.default.fileExists(atPath: dir.appendingPathComponent("report.md").path))
    }
}
