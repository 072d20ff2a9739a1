import CasusIO
import CasusKit
import CasusTestSupport
import Foundation
import Testing

/// `casus critical`: the sweep in every format.
@Suite struct CriticalCLITests {
    @Test func theTripwireSweepRanksTheTreatyFirst() throws {
        let r = try CasusProgram.run([
            "critical", "tripwire-attacked", "--duty", "assist", "--duty", "defend", "--format", "csv",
        ])
        #expect(r.status == 0)
        let lines = r.stdout.split(separator: "\r\n")
        #expect(lines.first == "removed,kind,disengaged,weakened,no longer under a duty that can engage armed force")
        #expect(lines.dropFirst().first == "nat,instrument,0,28,")
    }

    @Test func theBarChartIsAnSVG() throws {
        let r = try CasusProgram.run(["critical", "tripwire-attacked", "--remove", "instruments", "--format", "svg"])
        #expect(r.status == 0)
        #expect(r.stdout.contains("<svg"))
        #expect(r.stdout.contains("NAT (instrument)"))
    }

    /// The chart uses names and names its scenario (issue 29, item 8).
    @Test func theChartUsesNamesAndNamesItsScenario() throws {
        let r = try CasusProgram.run(["critical", "tripwire-attacked", "--format", "dot"])
        #expect(r.status == 0)
        #expect(
            r.stdout.contains(
                "label=\"Whose absence matters most: the ten costliest removals — Russia attacks the tripwire force\""))
        #expect(r.stdout.contains("label=\"NAT (instrument)\""))
        #expect(r.stdout.contains("label=\"United States (actor)\""))
    }
}
