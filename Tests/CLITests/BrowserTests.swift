import Foundation
import Testing

/// The HTML report in a real browser: headless Chromium (Debian's package),
/// which `.ci/run` installs. Without Chromium on the machine these tests do not
/// run (they are reported as skipped, never as passed).
let installedChromium: String? = ["/usr/bin/chromium", "/usr/bin/chromium-browser"].first { FileManager.default.isExecutableFile(atPath: $0) }

@Suite(.enabled(if: installedChromium != nil, "Chromium is not installed (CI installs it: CASUS_WITH_CHROMIUM=1 scripts/install-deps.sh)"))
struct BrowserTests {
    static let chromium = installedChromium

    static func browser(_ arguments: [String]) throws -> (stdout: String, stderr: String) {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: chromium ?? "/usr/bin/chromium")
        p.arguments = ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--enable-logging=stderr", "--v=0"] + arguments
        let out = Pipe(), err = Pipe()
        p.standardOutput = out; p.standardError = err
        try p.run()
        let o = out.fileHandleForReading.readDataToEndOfFile(), e = err.fileHandleForReading.readDataToEndOfFile()
        p.waitUntilExit()
        return (String(decoding: o, as: UTF8.self), String(decoding: e, as: UTF8.self))
    }

    @Test func reportLoadsWithoutErrorsAndEveryDiagramHasASize() throws {
        let dir = try Casus.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let r = try Casus.run(["report", "--format", "html", "--output", dir.path])
        #expect(r.status == 0, "\(r.stderr)")
        let page = dir.appendingPathComponent("report.html")
        let html = try String(contentsOf: page, encoding: .utf8)
        // Self-contained: nothing is fetched.
        #expect(!html.contains("<link") && !html.contains("src=\"http") && !html.contains("@import"))

        let dom = try Self.browser(["--dump-dom", page.absoluteString])
        let consoleErrors = dom.stderr.split(separator: "\n").filter { $0.contains("CONSOLE") || $0.contains("Uncaught") }
        #expect(consoleErrors.isEmpty, "\(consoleErrors)")
        #expect(dom.stdout.contains("data-ready=\"yes\""), "the page's script did not run")

        let scenarios = try #require(try JSONSerialization.jsonObject(with: Data(Casus.run(["list", "scenarios", "--format", "json"]).stdout.utf8)) as? [[String: Any]])
        for s in scenarios {
            let id = try #require(s["id"] as? String)
            guard let range = dom.stdout.range(of: "id=\"fig-\(id)\" data-rendered=\"") else {
                Issue.record("no rendered diagram for \(id)"); continue
            }
            let size = dom.stdout[range.upperBound...].prefix { $0 != "\"" }.split(separator: "x").compactMap { Int($0) }
            #expect(size.count == 2 && size[0] > 0 && size[1] > 0, "\(id): \(size)")
        }

        // The first screen, for the README.
        let shot = Casus.repository.appendingPathComponent("Output/report.png")
        _ = try Self.browser(["--window-size=1280,900", "--hide-scrollbars", "--screenshot=\(shot.path)", page.absoluteString])
        let png = try Data(contentsOf: shot)
        #expect(png.prefix(4) == Data([0x89, 0x50, 0x4E, 0x47]) && png.count > 10_000)
    }

    @Test func reportPrintsToPDFOneScenarioPerPage() throws {
        let dir = try Casus.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        #expect(try Casus.run(["report", "--format", "html", "--output", dir.path]).status == 0)
        let pdf = dir.appendingPathComponent("report.pdf")
        _ = try Self.browser(["--no-pdf-header-footer", "--print-to-pdf=\(pdf.path)", dir.appendingPathComponent("report.html").absoluteString])
        let data = try Data(contentsOf: pdf)
        #expect(data.prefix(5) == Data("%PDF-".utf8))
        let text = String(decoding: data, as: UTF8.self)
        let pages = text.components(separatedBy: "/Type /Page").count - 1 - (text.components(separatedBy: "/Type /Pages").count - 1)
        #expect(pages >= 10, "\(pages) pages for 10 scenarios")
    }
}
