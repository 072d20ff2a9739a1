import CasusIO
import CasusKit
import CasusTestSupport
import Foundation
import Testing

/// `casus scenario`: its answers, its errors and its exit statuses.
@Suite struct ScenarioCommandTests {
    @Test func scenarioOutputIsByteIdenticalAcrossRuns() throws {
        for format in ["json", "text", "dot", "svg"] {
            let a = try CasusProgram.run(
                ["scenario", "tripwire-attacked", "--format", format], environment: ["NO_COLOR": "1"])
            let b = try CasusProgram.run(
                ["scenario", "tripwire-attacked", "--format", format], environment: ["NO_COLOR": "1"])
            #expect(a.status == 0 && a.stdout == b.stdout && !a.stdout.isEmpty, "\(format)")
        }
    }

    @Test func outputFileIsWrittenWholeAndBinaryRefusesNoFile() throws {
        let folder = try TemporaryFolder()
        let dir = folder.url
        let png = dir.appendingPathComponent("t.png")
        let r = try CasusProgram.run([
            "scenario", "tripwire-attacked", "--depth", "0", "--format", "png", "-o", png.path,
        ])
        #expect(r.status == 0)
        let data = try Data(contentsOf: png)
        #expect(data.prefix(8) == Data([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]))
        let pdf = dir.appendingPathComponent("t.pdf")
        #expect(try CasusProgram.run(["render", "--format", "pdf", "-o", pdf.path]).status == 0)
        #expect(try Data(contentsOf: pdf).prefix(5) == Data("%PDF-".utf8))
        // Nothing but the two outputs: no temporary files left behind.
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir.path).sorted() == ["t.pdf", "t.png"])
    }

    @Test func theTextTableShowsImmediatelyAndTheBreachedSection() throws {
        let r = try CasusProgram.run(
            ["scenario", "eldoria-attacked", "--graph", Repository.mini], environment: ["NO_COLOR": "1"])
        #expect(r.status == 0)
        let league = try #require(r.stdout.split(separator: "\n").first { $0.hasPrefix("LEAGUE ") })
        let cells = league.split(separator: " ", omittingEmptySubsequences: true).map(String.init)
        #expect(Array(cells.prefix(5)) == ["LEAGUE", "bound", "defend", "(binding)", "immediately"])
        #expect(r.stdout.contains("Breached:\n  old-accord/a2  GRX towards ELD\n"))
        #expect(r.stdout.contains("veto (GRX) [proposal]"))
    }
}
