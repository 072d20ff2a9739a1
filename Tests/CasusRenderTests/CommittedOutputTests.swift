import Foundation
import Testing
@testable import CasusKit
@testable import CasusRender

/// Output/ holds the sample world's report, committed. It must be what the code
/// makes now: regenerate in memory and compare the DOT, JSON and Markdown exactly
/// (SVG is Graphviz's rendering of that DOT). Run `make demo` to refresh.
@Suite struct CommittedOutputTests {
    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    @Test func outputFolderIsUpToDate() throws {
        let g = try GraphLoader.load(path: Self.repository.appendingPathComponent("Graphs/ukraine-2025").path)
        let files = try ReportWriter(graph: g, folder: "Output").files()
        let output = Self.repository.appendingPathComponent("Output")
        var compared = 0
        for (name, data) in files where name.hasSuffix(".dot") || name.hasSuffix(".json") || name.hasSuffix(".md") {
            let committed = try Data(contentsOf: output.appendingPathComponent(name))
            #expect(committed == data, "Output/\(name) is stale: run `make demo`")
            compared += 1
        }
        #expect(compared == 1 + 2 * g.scenarios.count + 1)
        for name in files.map(\.name) where name.hasSuffix(".svg") {
            #expect(FileManager.default.fileExists(atPath: output.appendingPathComponent(name).path), "Output/\(name) missing")
        }
    }
}
