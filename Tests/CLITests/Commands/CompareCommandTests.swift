import CasusIO
import CasusKit
import CasusTestSupport
import Foundation
import Testing

/// `casus compare`: its answers, its errors and its exit statuses.
@Suite struct CompareCommandTests {
    @Test func compareInEveryFormatSharesTheMatrix() throws {
        let csv = try CasusProgram.run(["compare", "ukraine-attacked", "tripwire-attacked", "--format", "csv"])
        #expect(csv.status == 0)
        let lines = csv.stdout.components(separatedBy: "\r\n")
        #expect(lines[0] == "actor,name,ukraine-attacked,tripwire-attacked")
        #expect(lines.contains("GBR,United Kingdom,bound/consult,victim/consult"))
        // Rows that differ come first: the last data row is one where both agree.
        let md = try CasusProgram.run(["compare", "ukraine-attacked", "tripwire-attacked", "--format", "md"])
        #expect(
            md.stdout.hasPrefix(
                "- **ukraine-attacked**: Russia attacks Ukraine; no foreign forces present (arms and finance only)\n"
                    + "- **tripwire-attacked**: Russia attacks the tripwire force\n\n"
                    + "| Actor | ukraine-attacked | tripwire-attacked |\n|---|---|---|\n"))
        let json = try CasusProgram.run(["compare", "ukraine-attacked", "tripwire-attacked", "--format", "json"])
        #expect(json.stdout.contains("\"differs\": true"))
    }

    @Test func compareAppliesAnalysisFlagsToEveryColumn() throws {
        let r = try CasusProgram.run([
            "compare", "mission-attacked", "eldoria-attacked", "--duty", "defend", "--graph", Repository.mini,
            "--format", "csv",
        ])
        #expect(r.status == 0)
        #expect(r.stdout.contains("LEAGUE"))
        #expect(!r.stdout.contains("DAL")) // DAL only consults or aids
    }

    @Test func theTextNamesEachColumnsQuestionByItsTitle() throws {
        let r = try CasusProgram.run(["compare", "tripwire-attacked", "art6-broad-reading", "--depth", "0"])
        #expect(
            r.stdout.hasPrefix(
                "Graph: Graphs/ukraine-2025\n\ntripwire-attacked: Russia attacks the tripwire force\n"
                    + "art6-broad-reading: Russia attacks the tripwire force, reading Article 6 to cover forces in "
                    + "Ukraine\n\nACTOR  tripwire-attacked  art6-broad-reading\n"))
    }
}
