import CasusTestSupport
import Foundation
import Testing

/// `casus import atop --states` with Gleditsch and Ward's list (issue 25, item 3), on the rows of
/// Tests/CasusKitTests/Fixtures/atop-gw: the 1851 and 1912 alliances the COW list leaves outside
/// its states' spells count, and ATOP's COW codes are read as Gleditsch and Ward number the states.
@Suite struct GleditschWardImportTests {
    static let fixture = Repository.root.appendingPathComponent("Tests/CasusKitTests/Fixtures/atop-gw")
    static func path(_ name: String) -> String { fixture.appendingPathComponent(name).path }

    func imported(states: String = path("states.txt")) throws -> (
        status: Int32, stderr: String, dir: String, keep: TemporaryFolder
    ) {
        let folder = try TemporaryFolder()
        let dir = folder.path("gw")
        let r = try CasusProgram.run([
            "import", "atop", Self.path("members.csv"), Self.path("alliances.csv"), "--states", states, "-o", dir,
        ])
        return (r.status, r.stderr, dir, folder)
    }

    @Test func membershipsOutsideCOWsSpellsCountWithTheGleditschWardList() throws {
        let r = try imported()
        #expect(r.status == 0)
        #expect(!r.stderr.contains("warning"))
        let states = try String(contentsOfFile: r.dir + "/states.yaml", encoding: .utf8)
        #expect(states.contains("    spells: [{ from: 1868-01-01, to: 1915-07-02 }, { from: 2006-06-03 }]\n"))
        #expect(states.contains("Gleditsch, Kristian S. and Michael D. Ward (1999)"))
    }

    /// ATOP codes Serbia in 1912 as COW's 345; Gleditsch and Ward number it 340 (their 345 is Yugoslavia
    /// from 1 December 1918), so the row is Serbia's, and Montenegro is bound to defend it in July 1914.
    @Test func serbiaIsGleditschAndWardsAndMontenegroIsBoundToDefendIt() throws {
        let r = try imported()
        let t = try CasusProgram.run([
            "trigger", "SER", "--by", "AUH", "--as-of", "1914-07-28", "--depth", "0", "--duty", "defend",
            "--graph", r.dir,
        ])
        #expect(t.status == 0, "\(t.stderr)")
        #expect(
            t.stdout.contains("MNG    bound     defend (binding)  -      SER territory ← ATOP 1480 defense pledge\n"))
    }

    @Test func aBadDateInTheListIsLocated() throws {
        let folder = try TemporaryFolder()
        let file = folder.url.appendingPathComponent("gw.txt")
        let text = try String(contentsOfFile: Self.path("states.txt"), encoding: .utf8)
            .replacingOccurrences(of: "1822-09-07", with: "1822-9-7")
        try text.write(to: file, atomically: true, encoding: .utf8)
        let r = try imported(states: file.path)
        #expect(r.status == 65)
        #expect(r.stderr.hasSuffix("gw.txt:2: column 'start': found '1822-9-7'; expected a date YYYY-MM-DD\n"))
    }
}
