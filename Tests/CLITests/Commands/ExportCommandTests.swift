import CasusIO
import CasusKit
import CasusTestSupport
import Foundation
import Testing

/// `casus export`, read back by a real reader: NetworkX.
@Suite struct ExportTests {
    static var hasNetworkX: Bool { Program.pythonHas("networkx") }

    /// Runs a Python snippet with `path` as its argument; returns what it prints.
    func python(_ script: String, _ path: String) throws -> String {
        let run = try Program.run(Program.python, ["python3", "-c", script, path])
        return run.stdout.trimmingCharacters(in: .whitespacesAndNewlines)
    }

    static let readers = [
        "graphml": "import sys, networkx as nx; g = nx.read_graphml(sys.argv[1])",
        "gexf": "import sys, networkx as nx; g = nx.read_gexf(sys.argv[1])",
        "json": "import sys, json, networkx as nx; g = nx.node_link_graph(json.load(open(sys.argv[1])), edges='edges')",
    ]

    @Test(
        .enabled(if: hasNetworkX, "needs python3 with networkx (.ci/run installs it)"),
        arguments: ["graphml", "gexf", "json"])
    func theWorldReadsBackWithItsNodesEdgesAndAttributes(format: String) throws {
        let folder = try TemporaryFolder()
        let dir = folder.url
        let file = dir.appendingPathComponent("world.\(format)").path
        #expect(
            try CasusProgram.run(["export", "--graph", Repository.mini, "--format", format, "-o", file]).status == 0)
        let world = try GraphLoader.load(path: Repository.mini)
        let expected = GraphExport(world: world)
        let reader = try #require(Self.readers[format])
        let counts = try python(reader + "; print(g.number_of_nodes(), g.number_of_edges())", file)
        #expect(
            counts
                == "\(world.actors.count + world.places.count + world.deployments.count + world.instruments.count) "
                + "\(expected.edges.count)"
        )
        let league = try python(
            reader
                + "; print(sorted((d['duty'], d['collective'], d['decision']) for u, v, d in g.edges(data=True) if u "
                + "== 'instrument:northern-pact' and v == 'actor:LEAGUE' and d.get('relation') == 'obligation'))",
            file)
        #expect(league == "[('defend', True, 'consensus')]")
        let art8 = try python(
            reader
                + "; print(sorted(d['duty'] for u, v, d in g.edges(data=True) if u == 'instrument:union-treaty' and v "
                + "== 'actor:BOR' and d.get('clause') == 'art8' and d.get('relation') == 'obligation'))",
            file)
        #expect(art8 == "['aid', 'sanction']")
    }

    @Test(.enabled(if: hasNetworkX, "needs python3 with networkx (.ci/run installs it)"))
    func aScenarioExportsItsObligations() throws {
        let folder = try TemporaryFolder()
        let dir = folder.url
        let file = dir.appendingPathComponent("s.graphml").path
        #expect(
            try CasusProgram.run(["export", "--graph", Repository.mini, "--scenario", "eldoria-attacked", "-o", file])
                .status == 0)
        let reader = try #require(Self.readers["graphml"])
        let edges = try python(
            reader + "; print(sorted((u, v, d['status'], d['duty'], d['depth']) for u, v, d in g.edges(data=True)))",
            file)
        #expect(
            edges
                == "[('ARC', 'ELD', 'committed', 'consult', 0), ('BOR', 'ELD', 'committed', 'consult', 0), ('DAL', "
                + "'ELD', 'committed', 'consult', 0), ('LEAGUE', 'ELD', 'bound', 'defend', 0)]"
        )
    }

    /// Each obligation edge carries its own chain's status and what it rests on,
    /// not its bearer's best: a filter on `bound` must never count a chain that rests
    /// on a contested reading (issue 29's NetworkX filter counted Egypt so).
    @Test func everyEdgeCarriesItsOwnChainsStatusAndAssumptions() throws {
        let r = try CasusProgram.run(["export", "--scenario", "tripwire-attacked", "--format", "json"])
        #expect(r.status == 0)
        let top = try #require(try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any])
        let edges = try #require((top["edges"] ?? top["links"]) as? [[String: Any]])
        let austria = edges.filter { $0["source"] as? String == "AUT" && $0["target"] as? String == "BEL" }
        #expect(austria.map { $0["status"] as? String } == ["contested"])
        #expect(austria.map { $0["readings"] as? String } == ["art6-forces-in-ukraine"])
        let boundOnAReading = edges.filter {
            ["bound", "committed"].contains($0["status"] as? String) && !($0["readings"] as? String ?? "").isEmpty
        }
        #expect(boundOnAReading.isEmpty)
    }
}
