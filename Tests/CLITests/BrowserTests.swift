import CasusTestSupport
import Foundation
import Testing

/// The HTML report in a real browser: headless Chromium (Debian's package),
/// which `.ci/run` installs. Without Chromium on the machine these tests do not
/// run (they are reported as skipped, never as passed).
let installedChromium: String? = ["/usr/bin/chromium", "/usr/bin/chromium-browser"].first {
    FileManager.default.isExecutableFile(atPath: $0)
}

@Suite(
    .enabled(
        if: installedChromium != nil,
        "Chromium is not installed (CI installs it: CASUS_WITH_CHROMIUM=1 scripts/install-deps.sh)"))
struct BrowserTests {
    static let chromium = installedChromium

    static func browser(_ arguments: [String]) throws -> (stdout: String, stderr: String) {
        let run = try Program.run(
            URL(fileURLWithPath: chromium ?? "/usr/bin/chromium"),
            ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--enable-logging=stderr", "--v=0"]
                + arguments)
        return (run.stdout, run.stderr)
    }

    @Test func reportLoadsWithoutErrorsAndEveryDiagramHasASize() throws {
        let folder = try TemporaryFolder()
        let dir = folder.url
        let r = try CasusProgram.run(["report", "--format", "html", "--output", dir.path])
        #expect(r.status == 0, "\(r.stderr)")
        let page = dir.appendingPathComponent("report.html")
        let html = try String(contentsOf: page, encoding: .utf8)
        // Self-contained: nothing is fetched.
        #expect(!html.contains("<link") && !html.contains("src=\"http") && !html.contains("@import"))

        let dom = try Self.browser(["--dump-dom", page.absoluteString])
        let consoleErrors = dom.stderr.split(separator: "\n").filter {
            $0.contains("CONSOLE") || $0.contains("Uncaught")
        }
        #expect(consoleErrors.isEmpty, "\(consoleErrors)")
        #expect(dom.stdout.contains("data-ready=\"yes\""), "the page's script did not run")

        let scenarios = try #require(
            try JSONSerialization.jsonObject(
                with: Data(CasusProgram.run(["list", "scenarios", "--format", "json"]).stdout.utf8)) as? [[String: Any]]
        )
        for s in scenarios {
            let id = try #require(s["id"] as? String)
            guard let range = dom.stdout.range(of: "id=\"fig-\(id)\" data-rendered=\"") else {
                Issue.record("no rendered diagram for \(id)")
                continue
            }
            let size = dom.stdout[range.upperBound...].prefix { $0 != "\"" }.split(separator: "x").compactMap {
                Int($0)
            }
            #expect(size.count == 2 && size[0] > 0 && size[1] > 0, "\(id): \(size)")
        }

        // The first screen, for the README.
        let shot = Repository.root.appendingPathComponent("Output/report.png")
        _ = try Self.browser([
            "--window-size=1280,900", "--hide-scrollbars", "--screenshot=\(shot.path)", page.absoluteString,
        ])
        let png = try Data(contentsOf: shot)
        #expect(png.prefix(4) == Data([0x89, 0x50, 0x4E, 0x47]) && png.count > 10_000)
    }

    /// The world map's rendered width and smallest label size in a window `width` pixels wide.
    static func worldMap(at width: Int) throws -> (width: Int, labelPx: Double) {
        let folder = try TemporaryFolder()
        let dir = folder.url
        #expect(try CasusProgram.run(["report", "--format", "html", "--output", dir.path]).status == 0)
        let page = dir.appendingPathComponent("report.html")
        let dom = try Self.browser(["--window-size=\(width),900", "--dump-dom", page.absoluteString]).stdout
        let tag = try #require(dom.range(of: "id=\"fig-world\"").map { dom[$0.lowerBound...].prefix { $0 != ">" } })
        func attribute(_ name: String) -> String? {
            tag.range(of: "\(name)=\"").map { String(tag[$0.upperBound...].prefix { $0 != "\"" }) }
        }
        let px = try #require(attribute("data-label-px").flatMap(Double.init))
        let rendered = try #require(attribute("data-rendered")?.split(separator: "x").first.flatMap { Int($0) })
        return (rendered, px)
    }

    @Test func theWorldMapIsReadableAt1280Pixels() throws {
        let map = try Self.worldMap(at: 1280)
        #expect(map.labelPx >= 9, "node labels of the world map render at \(map.labelPx) px")
    }

    /// Issue 29: the map opens fitted to the page as far as its labels stay readable: on
    /// the report's column, narrower than the full-size map, that is labels of 9 px, not
    /// the full size's 13 px.
    @Test func theWorldMapOpensAsSmallAsItStaysReadable() throws {
        let map = try Self.worldMap(at: 2560)
        #expect(map.labelPx >= 9 && map.labelPx < 10, "labels at \(map.labelPx) px, map \(map.width) px wide")
    }

    static let pdftotext: String? = ["/usr/bin/pdftotext"].first { FileManager.default.isExecutableFile(atPath: $0) }

    static func pageTexts(_ pdf: URL) throws -> [String] {
        var pages: [String] = []
        while true {
            let run = try Program.run(
                URL(fileURLWithPath: pdftotext ?? "/usr/bin/pdftotext"),
                ["-q", "-f", "\(pages.count + 1)", "-l", "\(pages.count + 1)", pdf.path, "-"])
            // Past the last page pdftotext fails.
            guard run.status == 0 else { return pages }
            pages.append(run.stdout)
        }
    }

    @Test(.enabled(if: pdftotext != nil, "pdftotext is not installed (CI installs poppler-utils)"))
    func reportFormatPDFStartsEachScenarioOnAPageWithTextOnEveryPage() throws {
        let folder = try TemporaryFolder()
        let dir = folder.url
        let r = try CasusProgram.run(["report", "--format", "pdf", "--output", dir.path])
        #expect(r.status == 0, "\(r.stderr)")
        let pages = try Self.pageTexts(dir.appendingPathComponent("report.pdf"))
        #expect(pages.count > 18)
        for (n, text) in pages.enumerated() {
            #expect(!text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty, "page \(n + 1) has no text")
        }
        let scenarios = try #require(
            try JSONSerialization.jsonObject(
                with: Data(CasusProgram.run(["list", "scenarios", "--format", "json"]).stdout.utf8)) as? [[String: Any]]
        )
        for s in scenarios {
            let title = try #require(s["title"] as? String)
            let words = title.split(whereSeparator: \.isWhitespace).joined(separator: " ")
            let starts = pages.contains {
                $0.split(whereSeparator: \.isWhitespace).joined(separator: " ").hasPrefix(words)
            }
            #expect(starts, "no page starts with the scenario '\(title)'")
        }
        // The widest table, the comparison, keeps every column on the page: each
        // scenario's id heads one (wrapped at its hyphens, so look for its first word).
        let first = try #require(pages.firstIndex { $0.hasPrefix("Who is obligated") })
        let end =
            pages[first...].dropFirst().firstIndex { page in
                scenarios.contains { page.hasPrefix(($0["title"] as? String) ?? "\u{0}") }
            } ?? pages.count
        let matrix = pages[first..<end].joined().filter { !$0.isWhitespace && $0 != "-" }
        for s in scenarios {
            let id = try #require(s["id"] as? String)
            let head = String(id.split(separator: "-").first ?? "")
            #expect(matrix.contains(head), "the comparison lost the column of \(id)")
        }
    }
}
