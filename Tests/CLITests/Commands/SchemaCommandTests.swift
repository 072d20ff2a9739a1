import CasusIO
import CasusKit
import CasusTestSupport
import Foundation
import Testing

/// `casus schema`, checked by an independent validator (Python's jsonschema).
@Suite struct SchemaTests {
    static var hasValidator: Bool { Program.pythonHas("jsonschema, yaml") }

    static let checker = Repository.root.appendingPathComponent("Tests/CLITests/schema_check.py").path

    func check(_ verdict: String, _ files: [String], schema: String) throws -> [String] {
        let run = try Program.run(Program.python, ["python3", Self.checker, schema, verdict] + files)
        return run.stdout.split(separator: "\n").map(String.init)
    }

    func writeSchema(in dir: URL) throws -> String {
        let path = dir.appendingPathComponent("casus.schema.json").path
        #expect(try CasusProgram.run(["schema", "-o", path]).status == 0)
        return path
    }

    @Test(.enabled(if: hasValidator, "needs python3 with jsonschema and yaml (.ci/run installs them)"))
    func everyGraphWeShipIsValid() throws {
        let folder = try TemporaryFolder()
        let dir = folder.url
        let schema = try writeSchema(in: dir)
        let graphs = try FileManager.default.subpathsOfDirectory(
            atPath: Repository.root.appendingPathComponent("Graphs").path
        )
        .filter { $0.hasSuffix(".yaml") }.map { Repository.root.appendingPathComponent("Graphs/\($0)").path }
        // The complete example in docs/format.md, as a reader would copy it.
        let format = try String(contentsOf: Repository.root.appendingPathComponent("docs/format.md"), encoding: .utf8)
        let section = try #require(format.range(of: "## A complete example"))
        let start = try #require(format.range(of: "```yaml\n", range: section.upperBound..<format.endIndex))
        let end = try #require(format.range(of: "```", range: start.upperBound..<format.endIndex))
        let example = dir.appendingPathComponent("docs-example.yaml").path
        try String(format[start.upperBound..<end.lowerBound]).write(toFile: example, atomically: true, encoding: .utf8)
        let patterns = Repository.root.appendingPathComponent("docs/patterns/world.yaml").path
        let files =
            graphs + [
                Repository.mini, Repository.root.appendingPathComponent("Fuzz/seeds/graph/nested.yaml").path, example,
                patterns,
            ]
        let verdicts = try check("valid", files, schema: schema)
        #expect(verdicts.count == files.count)
        #expect(verdicts.filter { !$0.hasPrefix("ok ") } == [])
    }

    static let broken = [
        "casus: 1\ntitel: x\n",
        "casus: 2\n",
        "casus: 1\ndefaults: { depth: two }\n",
        "casus: 1\nactors: [ { id: 1abc, name: A, kind: state } ]\n",
        "casus: 1\nactors: [ { id: A, name: A, kind: stat } ]\n",
        "casus: 1\nactors: [ { id: O, name: O, kind: organization, members: A } ]\n",
        "casus: 1\ninstruments: [ { id: p, title: P, form: treaty, status: in-force, force: binding, parties: [A], "
            + "clauses: [ { id: a, cite: A, when: { unprovokd: true }, then: { duty: assist } } ] } ]\n",
        "casus: 1\ninstruments: [ { id: p, title: P, form: treaty, status: in-force, force: binding, parties: [A], "
            + "clauses: [ { id: a, cite: A, when: {}, then: { duty: asist } } ] } ]\n",
        "casus: 1\ninstruments: [ { id: p, title: P, form: treaty, status: in-force, force: binding, parties: [A], "
            + "clauses: [ { id: a, cite: A, when: {}, then: { duty: consult, within: 8761 } } ] } ]\n",
        "casus: 1\ninstruments: [ { id: p, title: P, form: treaty, status: in-force, force: binding, parties: [A], "
            + "clauses: [ { id: a, cite: A, when: {}, then: { duty: consult, within: soon } } ] } ]\n",
        "casus: 1\nscenarios: [ { id: s, attacks: [ { target: A, kind: invasion } ] } ]\n",
        "casus: 1\nscenarios: [ { id: s, attacks: [] } ]\n",
        "casus: 1\nactors: [ { id: G, name: G, kind: group } ]\n",
    ]

    @Test(.enabled(if: hasValidator, "needs python3 with jsonschema and yaml (.ci/run installs them)"))
    func whatTheLoaderRefusesForKeysAndTypesTheSchemaRefusesToo() throws {
        let folder = try TemporaryFolder()
        let dir = folder.url
        let schema = try writeSchema(in: dir)
        var files: [String] = []
        for (n, text) in Self.broken.enumerated() {
            let path = dir.appendingPathComponent("broken-\(n).yaml").path
            try text.write(toFile: path, atomically: true, encoding: .utf8)
            #expect(try CasusProgram.run(["validate", path]).status == 65, "the loader accepts broken-\(n)")
            files.append(path)
        }
        let verdicts = try check("invalid", files, schema: schema)
        #expect(verdicts.count == files.count)
        #expect(verdicts.filter { !$0.hasPrefix("ok ") } == [])
    }

    /// A mistyped key in a single trigger or obligation is reported as itself, not
    /// as "not valid under any of the given schemas" (one item or a list is told by shape).
    @Test(.enabled(if: hasValidator, "needs python3 with jsonschema and yaml (.ci/run installs them)"))
    func aMistypedKeyIsNamedInTheValidatorsMessage() throws {
        let folder = try TemporaryFolder()
        let dir = folder.url
        let schema = try writeSchema(in: dir)
        let path = dir.appendingPathComponent("mistyped.yaml").path
        try """
        casus: 1
        instruments: [ { id: p, title: P, form: treaty, status: in-force, force: binding, parties: [A],
          clauses: [ { id: a, cite: A, when: { atack-on: parties }, then: { duty: assist, withn: 24 } } ] } ]

        """.write(toFile: path, atomically: true, encoding: .utf8)
        #expect(
            try check("messages", [path], schema: schema) == [
                "\(path): ['instruments', 0, 'clauses', 0, 'when'] Additional properties are not allowed ('atack-on' "
                    + "was unexpected)",
                "\(path): ['instruments', 0, 'clauses', 0, 'then'] Additional properties are not allowed ('withn' was "
                    + "unexpected)",
            ])
    }
}
