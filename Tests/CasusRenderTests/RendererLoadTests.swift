import CasusSample
import CasusTestSupport
import Foundation
import Testing

@testable import CasusKit
@testable import CasusRender

/// The renderer under load: one shared context behind one lock, every C
/// resource freed, Graphviz's messages captured, the same bytes every time.
@Suite(.serialized) struct RendererLoadTests {
    static func residentKiB() -> Int {
        guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8),
            let line = status.split(separator: "\n").first(where: { $0.hasPrefix("VmRSS:") }),
            let kib = Int(line.split(separator: " ", omittingEmptySubsequences: true).dropFirst().first ?? "")
        else { return 0 }
        return kib
    }

    static let dot = """
        digraph g { graph [label="load"]; a [label="Кириллица"]; b; c; a -> b [label="x"]; b -> c; c -> a; }
        """

    /// casus-bench, built beside the test bundle.
    static let bench: URL = {
        let beside = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent(
            "casus-bench")
        if FileManager.default.isExecutableFile(atPath: beside.path) { return beside }
        let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent()
        return repository.appendingPathComponent(".build/debug/casus-bench")
    }()

    @Test func thousandsOfRendersKeepResidentMemoryFlat() throws {
        // In a process of its own (`casus-bench --renders`): the other suites
        // running in this one move the resident size by megabytes. A leak of one
        // graph or one context per render (5 KiB and up) grows every round of
        // 1,500 renders by several MiB; the quietest round must stay under 3 MiB.
        let run = try Program.run(Self.bench, ["--renders"])
        let text = run.stdout
        #expect(run.status == 0)
        let growths =
            text.split(separator: "\n").first { $0.hasPrefix("growth ") }?
            .split(separator: " ").dropFirst().compactMap { Int($0) } ?? []
        #expect(growths.count == 3)
        #expect(
            (growths.min() ?? Int.max) < 3 * 1024,
            "resident memory grew by \(growths) KiB over three rounds of 1,500 renders")
    }

    @Test func rendersFromManyThreadsAtOnce() async throws {
        let results = try await withThrowingTaskGroup(of: Int.self) { group in
            for n in 0..<64 {
                group.addTask {
                    let format: DiagramFormat = n % 3 == 0 ? .png : .svg
                    return try Renderer.shared.render(dot: Self.dot, to: format).count
                }
            }
            var sizes: [Int] = []
            for try await s in group { sizes.append(s) }
            return sizes
        }
        #expect(results.count == 64 && results.allSatisfy { $0 > 0 })
    }

    @Test func outputIsByteIdenticalAcrossRuns() throws {
        for format in DiagramFormat.allCases where format != .pdf {
            let a = try Renderer.shared.render(dot: Self.dot, to: format)
            let b = try Renderer.shared.render(dot: Self.dot, to: format)
            #expect(a == b, "\(format)")
        }
    }

    @Test func graphvizMessagesAreCapturedIntoTheError() {
        do {
            _ = try Renderer.shared.render(dot: "digraph { a -> }", to: .svg)
            Issue.record("a broken DOT rendered")
        } catch {
            #expect(error.message.contains("syntax error"), "\(error.message)")
        }
        // And the renderer still works afterwards.
        #expect((try? Renderer.shared.selfTest()) != nil)
    }

    @Test func everyLayoutEngineRendersTheWorldMap() throws {
        let world = try GraphLoader.load(files: SampleWorld.files.map { .init(name: $0.name, text: $0.text) })
        let dot = try WorldMap(graph: world).dot()
        for layout in Renderer.layouts {
            let svg = try Renderer.shared.render(dot: dot, to: .svg, layout: layout)
            #expect(String(decoding: svg, as: UTF8.self).contains("</svg>"), "\(layout)")
        }
    }
}
