import CasusTestSupport
import Foundation
import Testing

@testable import CasusKit
@testable import CasusRender

/// Output/ holds the sample world's report, committed. It must be what the code
/// makes now: regenerate in memory and compare the DOT, JSON and Markdown exactly
/// (SVG is Graphviz's rendering of that DOT). Run `make demo` to refresh.
@Suite struct CommittedOutputTests {
    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    static func withoutSVG(_ data: Data) -> String {
        var text = String(decoding: data, as: UTF8.self)
        var out = ""
        while let start = text.range(of: "<svg") {
            out += text[..<start.lowerBound]
            guard let end = text.range(of: "</svg>", range: start.upperBound..<text.endIndex) else { break }
            text = String(text[end.upperBound...])
        }
        return out + text
    }

    @Test func outputFolderIsUpToDate() throws {
        let world = try GraphLoader.load(path: Self.repository.appendingPathComponent("Graphs/ukraine-2025").path)
        let files = try ReportWriter(graph: world, folder: "Output").files(html: true)
        let output = Self.repository.appendingPathComponent("Output")
        var compared = 0
        for (name, data) in files where name.hasSuffix(".dot") || name.hasSuffix(".json") || name.hasSuffix(".md") {
            let committed = try Data(contentsOf: output.appendingPathComponent(name))
            #expect(committed == data, "Output/\(name) is stale: run `make demo`")
            compared += 1
        }
        #expect(compared == 1 + 2 * world.scenarios.count + 1)
        // report.html: everything but the inline SVG (Graphviz's rendering) must match.
        let html = try #require(files.first { $0.name == "report.html" }?.data)
        let committedHTML = try Data(contentsOf: output.appendingPathComponent("report.html"))
        #expect(Self.withoutSVG(committedHTML) == Self.withoutSVG(html), "Output/report.html is stale: run `make demo`")
        for name in files.map(\.name) where name.hasSuffix(".svg") {
            #expect(
                FileManager.default.fileExists(atPath: output.appendingPathComponent(name).path),
                "Output/\(name) missing")
        }
    }
}
