import CasusSample
import CasusTestSupport
import Foundation
import Testing

@testable import CasusKit

@Suite struct LoaderTests {
    @Test func embeddedSampleIsTheSameAsGraphs() throws {
        let onDisk = try GraphLoader.files(at: Repository.sample)
        let names = onDisk.map { String($0.name.dropFirst(Repository.sample.count)) }
        #expect(names == SampleWorld.files.map(\.name), "run `make embed`")
        for (file, embedded) in zip(onDisk, SampleWorld.files) {
            #expect(
                String(decoding: file.data, as: UTF8.self) == embedded.text,
                "\(embedded.name) is stale: run `make embed`")
        }
    }

    @Test func directoriesAreReadInPathOrderAndShareOneNamespace() throws {
        let folder = try TemporaryFolder()
        let dir = folder.url
        try FileManager.default.createDirectory(
            at: dir.appendingPathComponent("sub"), withIntermediateDirectories: true)
        try "casus: 1\nactors: [ { id: B, name: Bee, kind: state } ]\n".write(
            to: dir.appendingPathComponent("b.yaml"), atomically: true, encoding: .utf8)
        try "casus: 1\nactors: [ { id: A, name: Aye, kind: state } ]\n".write(
            to: dir.appendingPathComponent("sub/a.yml"), atomically: true, encoding: .utf8)
        try "{\"casus\": 1, \"actors\": [{\"id\": \"J\", \"name\": \"Jay\", \"kind\": \"state\"}]}".write(
            to: dir.appendingPathComponent("j.yaml"), atomically: true, encoding: .utf8)
        try "not a graph".write(to: dir.appendingPathComponent("notes.txt"), atomically: true, encoding: .utf8)
        let world = try GraphLoader.load(path: dir.path)
        #expect(world.actors.map(\.id) == ["B", "J", "A"]) // b.yaml, j.yaml, sub/a.yml
    }

    @Test func missingPathIsNotFound() {
        #expect(throws: GraphNotFound.self) { try GraphLoader.load(path: "/nonexistent/graph.yaml") }
    }

    @Test func formatDocumentationExampleLoads() throws {
        let doc = try String(contentsOf: Repository.root.appendingPathComponent("docs/format.md"), encoding: .utf8)
        // The complete example is the first ```yaml block after the heading "A complete example".
        let section = try #require(doc.range(of: "## A complete example"))
        let rest = doc[section.upperBound...]
        let start = try #require(rest.range(of: "```yaml\n"))
        let end = try #require(rest[start.upperBound...].range(of: "```"))
        let yaml = String(rest[start.upperBound..<end.lowerBound])
        let world = try graph(yaml, file: "docs/format.md")
        #expect(!world.scenarios.isEmpty)
        for s in world.scenarios { _ = try Analysis.run(s, on: world) }
    }

    @Test func defaultsAndDerivedValues() throws {
        let world = try graph(baseWorld + pact(when: "{ attack-on: parties }"))
        let p = try #require(world.instrument("p"))
        #expect(p.short == "p")
        let o = p.clauses[0].then[0]
        #expect(o.bearers == .otherParties && o.decision == .individual && o.deciders == .bearers && o.engages)
        #expect(world.defaults.depth == 0 && world.defaults.attacker == "A")
    }
}

/// A member or party written twice counts once, in the order first written —
/// in a short list and in one long enough to be kept in a set.
@Suite struct RepeatedIDTests {
    static func league(_ members: [String]) -> String {
        let states = (0..<40).map { "  - { id: S\($0), name: State \($0), kind: state }" }.joined(separator: "\n")
        return
            "casus: 1\nactors:\n\(states)\n  - { id: L, name: League, kind: organization, members: "
            + "[\(members.joined(separator: ", "))] }\n"
    }

    @Test(arguments: [3, 30])
    func aMemberWrittenTwiceIsKeptOnceInOrder(_ count: Int) throws {
        let written = (0..<count).map { "S\($0)" }
        let world = try graph(Self.league(written + ["S1", "{ id: S0, from: 2001 }"]))
        #expect(world.actor("L")?.members == written)
    }
}
