import CasusKit
import CasusTestSupport
import Foundation
import Testing

/// `casus strengthen`: its answers on the sample world, in every format.
@Suite struct StrengthenCommandTests {
    static func run(_ arguments: [String]) throws -> ProgramRun {
        try CasusProgram.run(["strengthen"] + arguments, environment: ["NO_COLOR": "1", "COLUMNS": "100"])
    }

    @Test func ukraineInNATOGivesTheMostAndEveryAdditionNamesItsAssumption() throws {
        let r = try Self.run(["ukraine-attacked", "--format", "json"])
        #expect(r.status == 0)
        let top = try #require(try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any])
        let additions = try #require(top["additions"] as? [[String: Any]])
        let labels = additions.prefix(3).compactMap { ($0["addition"] as? [String: Any])?["label"] as? String }
        #expect(labels == ["admit UKR to nat", "adopt istanbul-ua-2022", "adopt italy-nato-2025"])
        #expect(additions.first?["force_after"] as? Int == 32)
        for a in additions {
            let assumes = (a["addition"] as? [String: Any])?["assumes"] as? String ?? ""
            #expect(assumes.hasPrefix("assumes "))
        }
        #expect(top["not_tried"] as? [String] == ["admit UKR to cst-1992: RUS, the attacker, is a party to it"])
    }

    @Test func aDutyOwedToTheAttackerIsNoStrengthening() throws {
        // Accepting that any strike on Russia engages the RUS-PRK treaty binds the DPRK to
        // help Russia: a gain for the attacker, so not among what strengthens Ukraine's guarantee.
        let r = try Self.run(["ukraine-attacked", "--add", "accept", "--format", "json"])
        let top = try #require(try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any])
        let additions = try #require(top["additions"] as? [[String: Any]])
        let kursk = try #require(
            additions.first { ($0["addition"] as? [String: Any])?["id"] as? String == "rus-prk-kursk" })
        #expect(kursk["firmer"] as? [String] == [])
    }

    @Test func pairsFindTheForceThatMattersOnlyUnderArticle6sBroadReading() throws {
        let r = try Self.run(["ukraine-attacked", "--add", "deploy", "--add", "accept", "--top", "5", "--pairs"])
        #expect(r.status == 0)
        #expect(
            r.stdout.contains(
                """
                   deploy tripwire-east + accept art6-forces-in-ukraine:
                      together: 0 → 30 bound to a duty that can engage armed force; 0 newly bound to any duty; \
                3 firmer
                      apart: 0 and 0 newly bound to a duty that can engage armed force, 3 and 0 firmer
                """))
    }

    @Test func csvAndMarkdownAndTheChartAreWritten() throws {
        let csv = try Self.run(["ukraine-attacked", "--format", "csv"])
        #expect(
            csv.stdout.hasPrefix(
                "rank,kind,id,state,assumes,force_before,force_after,newly_bound,firmer,fastest_hours,actor,before,"
                    + "duty_before,after,duty,chain_instrument,chain_clause\r\n"
                    + "1,admit,nat,UKR,assumes UKR becomes a party to nat before the attack (hypothetical),0,32,0,3,,"
                    + "ALB,bound,consult,bound,assist,nat,art5\r\n"))
        let md = try Self.run(["ukraine-attacked", "--format", "md"])
        #expect(md.stdout.contains("| 1 | admit UKR to nat | 0 → 32 | +0 | +3 | - | a hypothetical admission |\n"))
        let svg = try Self.run(["ukraine-attacked", "--format", "svg"])
        #expect(svg.status == 0)
        #expect(svg.stdout.contains("What would strengthen the guarantee most: Russia attacks Ukraine"))
    }

    @Test func theAnswerIsByteIdenticalAcrossRuns() throws {
        let a = try Self.run(["tripwire-attacked", "--pairs"])
        let b = try Self.run(["tripwire-attacked", "--pairs"])
        #expect(a.status == 0 && a.stdout == b.stdout)
    }

    @Test func topOutsideItsRangeIsAUsageError() throws {
        let r = try Self.run(["ukraine-attacked", "--top", "0"])
        #expect(r.status == 64)
        #expect(r.stderr.contains("--top must be between 1 and 20"))
    }
}
