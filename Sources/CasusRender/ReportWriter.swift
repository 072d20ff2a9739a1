import CasusIO
import CasusKit
import Foundation

/// `casus report`: every scenario's diagram (DOT and SVG) and JSON, the world
/// map, and one Markdown report tabulating who is obligated in each scenario.
/// File names come from scenario ids, which the loader restricts to letters,
/// digits, `_`, `.` and `-`; two names that would be the same file (also on a
/// case-insensitive file system) are refused before anything is written.
/// Everything is rendered in memory first, then the folder is replaced as a
/// whole (`OutputFolder`), so a failure leaves the previous report intact.
public struct ReportWriter {
    /// The world reported on.
    public let graph: Graph
    /// The folder the report is for.
    public let folder: String
    /// Whether trigger diagrams carry their legend row.
    public let legend: Bool

    /// A report of every scenario of `graph`.
    public init(graph: Graph, folder: String, legend: Bool = true) {
        self.graph = graph
        self.folder = folder
        self.legend = legend
    }

    /// The files of a report, by name, ready to write.
    /// Why a report cannot be written as asked.
    public struct Collision: Error, CustomStringConvertible, Sendable {
        /// Which scenario would overwrite which file.
        public let description: String
    }

    /// Every file of the report, rendered in memory: DOT, SVG and JSON per scenario, the world map, report.md (and
    /// report.html).
    public func files(html: Bool = false) throws -> [(name: String, data: Data)] {
        var taken: [String: String] = ["world": "the world map", "report": "the report"]
        for s in graph.scenarios {
            guard let id = s.id else { continue }
            if let owner = taken[id.lowercased()] {
                throw Collision(
                    description: "scenario '\(id)' would write the same files as \(owner); rename the scenario")
            }
            taken[id.lowercased()] = "scenario '\(id)'"
        }
        var files: [(String, Data)] = []
        let worldDOT = try WorldMap(graph: graph).dot()
        let worldSVG = try Renderer.shared.render(dot: worldDOT, to: .svg)
        files.append(("world.dot", Data(worldDOT.utf8)))
        files.append(("world.svg", worldSVG))
        var outcomes: [(id: String, outcome: Outcome)] = []
        var parts: [HTMLReport.ScenarioPart] = []
        for s in graph.scenarios {
            guard let id = s.id else { continue }
            // The world on the scenario's day, read once for the analysis and the diagrams.
            let world = graph.reading(for: s)
            let outcome = try Analysis.run(s, on: world)
            outcomes.append((id, outcome))
            let peers = try Analysis.run(s, on: world, chainsPerActor: .max)
            let dot = TriggerDiagram(graph: world, outcome: outcome, legend: legend, peers: peers).dot()
            files.append(("\(id).dot", Data(dot.utf8)))
            files.append(("\(id).svg", try Renderer.shared.render(dot: dot, to: .svg)))
            files.append(("\(id).json", Data(outcome.json().rendered().utf8)))
            if html {
                // The page's copy carries element ids for highlighting; the files above stay plain.
                let marked = TriggerDiagram(graph: world, outcome: outcome, legend: legend, peers: peers).render(
                    idPrefix: "d-\(id)")
                let svg = String(decoding: try Renderer.shared.render(dot: marked.dot, to: .svg), as: UTF8.self)
                parts.append(
                    .init(id: id, outcome: outcome, svg: HTML.inline(svg: svg, prefix: "d-\(id)"), paths: marked.paths))
            }
        }
        files.append(("report.md", Data(MarkdownReport(graph: graph, outcomes: outcomes).render().utf8)))
        if html {
            let world = HTML.inline(svg: String(decoding: worldSVG, as: UTF8.self), prefix: "world")
            files.append(("report.html", Data(HTMLReport(graph: graph, world: world, scenarios: parts).render().utf8)))
        }
        return files
    }

    /// Writes the report, replacing the folder's previous report as a whole
    /// (`OutputFolder`); returns the paths written. With `pdf`, report.html is
    /// also printed to report.pdf by headless Chromium (`BrowserPrint`) before
    /// anything is replaced, so a failed print leaves the previous report.
    @discardableResult
    package func write(html: Bool = false, pdf: Bool = false, into target: OutputFolder? = nil) throws -> [String] {
        var all = try files(html: html || pdf)
        if pdf, let page = all.first(where: { $0.name == "report.html" }) {
            all.append(("report.pdf", try BrowserPrint.pdf(html: page.data)))
        }
        return try (target ?? OutputFolder(path: folder)).replace(with: all)
    }
}
