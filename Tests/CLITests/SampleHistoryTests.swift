import CasusTestSupport
import Foundation
import Testing

/// The sample world dated: accessions, entries into force, terms and breaches
/// answer questions as of a day.
@Suite struct SampleHistoryTests {
    static func json(_ arguments: [String]) throws -> [String: Any] {
        let r = try CasusProgram.run(arguments + ["--format", "json"])
        #expect(r.status == 0, "\(r.stderr)")
        return try #require(try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any])
    }

    /// Each chain of an actor as `instrument/clause duty`.
    static func chains(_ top: [String: Any], _ actor: String) -> (status: String?, chains: [String]) {
        let actors = (top["actors"] as? [[String: Any]]) ?? []
        guard let row = actors.first(where: { $0["id"] as? String == actor }) else { return (nil, []) }
        let chains = ((row["chains"] as? [[String: Any]]) ?? []).map { c -> String in
            let last = ((c["steps"] as? [[String: Any]]) ?? []).last ?? [:]
            return
                "\(last["instrument"] as? String ?? "")/\(last["clause"] as? String ?? "") "
                + "\(c["duty"] as? String ?? "")"
        }
        return (row["status"] as? String, chains)
    }

    /// Before Finland joined NATO, Germany owed it aid under the EU treaty, and might
    /// assist it under UN Charter Art. 51 — a right, listed after the duty.
    @Test func beforeFinlandJoinedNATOGermanyOwedItAidUnderTheEUTreatyOnly() throws {
        let top = try Self.json([
            "trigger", "FIN", "--by", "RUS", "--as-of", "2022-06-01", "--duty", "assist", "--duty", "aid", "--depth",
            "0",
        ])
        let deu = Self.chains(top, "DEU")
        #expect(deu.status == "bound")
        #expect(deu.chains == ["teu/art42-7 aid", "un-charter/art51 assist"])
        #expect((top["scenario"] as? [String: Any])?["as_of"] as? String == "2022-06-01")
    }

    @Test func afterFinlandJoinedGermanyOwesItAssistanceUnderArticle5() throws {
        let top = try Self.json([
            "trigger", "FIN", "--by", "RUS", "--as-of", "2023-05-01", "--duty", "assist", "--duty", "aid", "--depth",
            "0",
        ])
        let deu = Self.chains(top, "DEU")
        #expect(deu.status == "bound")
        #expect(deu.chains.first == "nat/art5 assist")
    }

    @Test func beforeTheBilateralAgreementsNoneOfThemObliges() throws {
        let r = try CasusProgram.run([
            "scenario", "ukraine-attacked", "--as-of", "2023-06-01", "--depth", "0", "--format", "json",
        ])
        #expect(r.status == 0)
        #expect(!r.stdout.contains("\"bsa-"))
        let now = try CasusProgram.run([
            "scenario", "ukraine-attacked", "--as-of", "2025-06-01", "--depth", "0", "--format", "json",
        ])
        #expect(now.stdout.contains("\"bsa-gbr-2024\""))
    }

    @Test func theTimelineOfGermanyTowardsFinlandChangesOnTheDayFinlandJoined() throws {
        let top = try Self.json(["timeline", "DEU", "FIN", "--by", "RUS"])
        let periods = try #require(top["periods"] as? [[String: Any]])
        let read = periods.map { p -> String in
            let last = (((p["chain"] as? [String: Any])?["steps"] as? [[String: Any]]) ?? []).last ?? [:]
            return
                "\(p["from"] as? String ?? "…") \(p["status"] as? String ?? "") \(last["instrument"] as? String ?? "-")"
        }
        // Sample world v3: the UN Charter's right first (signed, then in force), then NAT Art. 4's
        // consultation on an attack on any state in Europe from Germany's accession, TEU 42(7), Art. 5.
        #expect(
            read == [
                "… unaffected -", "1945-06-26 permitted un-charter", "1945-10-24 permitted un-charter",
                "1955-05-06 bound nat",
                "2009-12-01 bound teu", "2023-04-04 bound nat",
            ])
    }

    @Test func theTimelineTextSaysWhatChangedAndWhen() throws {
        let r = try CasusProgram.run(["timeline", "DEU", "FIN", "--by", "RUS"], environment: ["NO_COLOR": "1"])
        #expect(
            r.stdout.contains(
                "bound consult under NAT Art. 4 from 1955-05-06 → "
                    + "bound aid under TEU Art. 42(7) from 2009-12-01 → bound assist under NAT Art. 5 from 2023-04-04\n"
            ))
    }

    @Test func aTimelineRefusesAsOf() throws {
        let r = try CasusProgram.run(["timeline", "DEU", "FIN", "--as-of", "2020"])
        #expect(r.status == 64)
        #expect(r.stderr.contains("timeline analyses many days; use --from and --to instead of --as-of"))
    }

    @Test func theTimelineDrawsAStripWithTheDaysOfChange() throws {
        let r = try CasusProgram.run(["timeline", "DEU", "FIN", "--by", "RUS", "--format", "svg"])
        #expect(r.status == 0)
        #expect(
            r.stdout.contains("<svg") && r.stdout.contains("from 2023&#45;04&#45;04") && r.stdout.contains("NAT Art. 5")
        )
    }
}
