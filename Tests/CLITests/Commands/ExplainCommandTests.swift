import CasusIO
import CasusKit
import CasusTestSupport
import Foundation
import Testing

/// `casus explain`: its answers, its errors and its exit statuses.
@Suite struct ExplainCommandTests {
    @Test func explainShowsEveryChainAndTheBlockedClauses() throws {
        let r = try CasusProgram.run(["explain", "DEU", "ukraine-attacked", "--depth", "0"])
        #expect(r.status == 0)
        // NAT Art. 4 reaches an attack on any state in Europe (sample world v3): binding, it heads the row.
        #expect(r.stdout.contains("Germany (DEU): bound"))
        #expect(r.stdout.contains("Chain 1: consult (binding), no stated window, depth 0"))
        #expect(r.stdout.contains("Chain 6: consult (political), within 24 h, depth 0"))
        #expect(
            r.stdout.contains(
                "BSA DEU Future aggression clause (bsa-deu-2024/consult): DEU owes UKR consult within 24 h"))
        #expect(r.stdout.contains("  subject to: request-of-a-participant\n"))
        let chn = try CasusProgram.run(["explain", "CHN", "tripwire-east", "--depth", "0"])
        #expect(chn.stdout.contains("China (CHN): proposed"))
        #expect(
            chn.stdout.contains(
                "istanbul-2022/art5 (Draft Art. 5): veto held by RUS — under an unadopted proposal; bearers BLR, "
                    + "CHN, FRA, GBR, USA; at"
            ))
        let json = try CasusProgram.run(["explain", "DEU", "ukraine-attacked", "--depth", "0", "--format", "json"])
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        #expect(object["status"] as? String == "bound")
        #expect((object["chains"] as? [Any])?.count ?? 0 >= 3)
    }

    /// The seed's US question: what the United States must do, and apart, what it may do.
    @Test func explainSaysWhatTheUSMustDoAndApartWhatItMay() throws {
        let r = try CasusProgram.run(
            ["explain", "USA", "ukraine-attacked", "--depth", "0", "--duty", "supply", "--duty", "sanction"],
            environment: ["NO_COLOR": "1"])
        #expect(r.status == 0)
        let must = try #require(
            r.stdout.range(of: "What USA must do (obligations, binding or political — each chain says which):\n"))
        let may = try #require(r.stdout.range(of: "What USA may do (rights, not obligations):\n"))
        #expect(must.upperBound < may.lowerBound)
        let obligations = r.stdout[must.upperBound..<may.lowerBound]
        let rights = r.stdout[may.upperBound...]
        #expect(obligations.contains("G7 JDS Common clause (g7-jds-2023/future-attack): USA owes UKR supply"))
        #expect(!obligations.contains("may supply"))
        #expect(
            rights.contains(
                "FAA 506 Sec. 506(a)(1) (us-faa-1961/sec506a1): USA may supply UKR (a right, not an obligation)"))
        #expect(
            rights.contains(
                "IEEPA Sec. 202 (50 U.S.C. 1701) (us-ieepa-1977/sec1701): USA may sanction UKR (a right, not an "
                    + "obligation)"
            ))
    }
}

/// `explain --why-not`: the nearest miss of every clause that concerns the actor.
@Suite struct WhyNotCLITests {
    @Test func article5MissesTheTripwireOutsideArticle6() throws {
        let r = try CasusProgram.run(
            ["explain", "DEU", "tripwire-east", "--depth", "0", "--strict", "--why-not"], environment: ["NO_COLOR": "1"]
        )
        #expect(r.status == 0)
        #expect(
            r.stdout.contains(
                "  nat/art5: NAT Art. 5: the attack by RUS on FRA's forces at UKR-east is outside the area: UKR-east "
                    + "lies in none of its places (`in: [parties, AUT, mediterranean, north-atlantic]`) — it would "
                    + "apply under reading art6-forces-in-ukraine, rejected in this run (and 1 more event alike)\n"
            ))
    }

    @Test func missesAreDataInJSON() throws {
        let r = try CasusProgram.run([
            "explain", "JPN", "forces:USA@USA-hawaii", "--by", "CHN", "--depth", "0", "--format", "json",
        ])
        #expect(r.status == 0)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any])
        let misses = try #require(object["misses"] as? [[String: Any]])
        #expect(
            misses.compactMap { $0["instrument"] as? String } == [
                "bsa-jpn-2024", "g7-jds-2023", "italy-art5-like-2025", "ukraine-compact-2024", "un-charter",
            ])
        // Chapter VII applies to the attack, but falls on the Security Council, not Japan.
        #expect(
            misses.compactMap { $0["condition"] as? String } == [
                "attack-on", "attack-on", "attack-on", "attack-on", "bearers",
            ])
    }

    /// The explain diagram's title names the scenario (issue 29, item 8).
    @Test func theDiagramTitleNamesTheScenario() throws {
        let r = try CasusProgram.run(["explain", "USA", "tripwire-attacked", "--format", "dot"])
        #expect(r.stdout.contains("Why United States is bound: every chain — Russia attacks the tripwire force"))
    }
}
