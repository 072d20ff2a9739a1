import CasusIO
import CasusKit
import CasusTestSupport
import Foundation
import Testing

/// `casus trigger`: its answers, its errors and its exit statuses.
@Suite struct TriggerCommandTests {
    @Test func anOrganizationAsAttackerIsRefusedByWhatItIs() throws {
        let r = try CasusProgram.run(["trigger", "UKR", "--by", "NATO"])
        #expect(r.status == 64)
        #expect(r.stderr == "casus: error: 'NATO' is an organization; an attacker must be a state or a group\n")
    }

    @Test func usageErrorsExit64WithASuggestion() throws {
        let unknownFlag = try CasusProgram.run(["trigger", "tripwire-east", "--dpeth", "0"])
        #expect(unknownFlag.status == 64)
        let unknownTarget = try CasusProgram.run(["trigger", "tripwire-est"])
        #expect(unknownTarget.status == 64)
        #expect(
            unknownTarget.stderr.contains("unknown target 'tripwire-est'")
                && unknownTarget.stderr.contains("(did you mean 'tripwire-east'?)"))
        let unknownReading = try CasusProgram.run(["trigger", "tripwire-east", "--accept", "art6-forces-in-ukrane"])
        #expect(unknownReading.status == 64)
        #expect(
            unknownReading.stderr
                == "casus: error: unknown reading 'art6-forces-in-ukrane' in accept (did you mean "
                + "'art6-forces-in-ukraine'?)\n"
        )
        let unknownDuty = try CasusProgram.run(["trigger", "UKR", "--duty", "asist"])
        #expect(unknownDuty.status == 64)
        #expect(unknownDuty.stderr.contains("did you mean 'assist'?"))
        let unknownScenario = try CasusProgram.run(["scenario", "tripwire-atacked"])
        #expect(unknownScenario.status == 64)
        #expect(
            unknownScenario.stderr
                == "casus: error: unknown scenario 'tripwire-atacked' (did you mean 'tripwire-attacked'?)\n")
    }

    @Test func triggerTextIsAnAlignedTableWithCompactChains() throws {
        let r = try CasusProgram.run(
            ["trigger", "tripwire-east", "--depth", "0", "--duty", "assist", "--duty", "defend", "--wide"],
            environment: ["NO_COLOR": "1"])
        #expect(r.status == 0)
        let usa = try #require(r.stdout.split(separator: "\n").first { $0.hasPrefix("USA ") })
        #expect(usa.contains("contested") && usa.contains("assist (binding)"))
        #expect(
            usa.hasSuffix(
                "forces at UKR-east ← NAT Art. 5 [reading art6-forces-in-ukraine] — assist: such action as it deems "
                    + "necessary, armed force included — subject to constitutional processes"
            ))
        #expect(!r.stdout.contains("\u{1B}[")) // no colour when not a terminal
    }

    @Test func vesselsTargetAPatrolAtSea() throws {
        let r = try CasusProgram.run([
            "trigger", "vessels:BOR@strait", "--by", "GRX", "--depth", "0", "--graph", Repository.mini,
            "--format", "json",
        ])
        #expect(r.status == 0)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any])
        let actors = try #require(object["actors"] as? [[String: Any]])
        #expect(actors.compactMap { $0["id"] as? String } == ["GRX", "BOR", "ARC", "CAL", "DAL", "FEN"])
    }

    @Test func anOutputThatCannotBeCreatedExits73WithThePathAndReason() throws {
        let r = try CasusProgram.run([
            "trigger", "ELD", "--graph", Repository.mini, "--format", "json", "-o", "/nonexistent-folder/out.json",
        ])
        #expect(r.status == 73)
        #expect(r.stderr == "casus: error: cannot write /nonexistent-folder/out.json: No such file or directory\n")
    }

    /// A diagram read alone carries the clause's conditions on its line.
    @Test func aDiagramLineCarriesTheClausesConditions() throws {
        let r = try CasusProgram.run(["trigger", "EST", "--depth", "0", "--duty", "assist", "--format", "dot"])
        #expect(r.status == 0)
        #expect(
            r.stdout.contains(
                #"NAT Art. 5\nassist\n(such action as it deems necessary, armed force included)\n"#
                    + #"subject to constitutional\nprocesses"#
            ))
    }

    @Test func refrainIsNotADutyToFilterOn() throws {
        let r = try CasusProgram.run(["trigger", "ELD", "--graph", Repository.mini, "--duty", "refrain"])
        #expect(r.status == 64)
        #expect(
            r.stderr.contains(
                "unknown duty 'refrain'; expected one of defend, join-war, assist, aid, consult, sanction, supply, "
                    + "seek-un-action, neutral"
            ))
    }

    @Test func prcMeansChinaNotNorthKorea() throws {
        let r = try CasusProgram.run(["trigger", "UKR", "--by", "PRC"])
        #expect(r.status == 64)
        #expect(r.stderr == "casus: error: unknown attacker 'PRC'; expected a state or a group (did you mean 'CHN'?)\n")
    }

    @Test func aStatesNameSuggestsItsID() throws {
        let r = try CasusProgram.run(["trigger", "Ukraine"])
        #expect(r.stderr.hasSuffix("(did you mean 'UKR'?)\n"))
    }

    @Test func aNegativeDepthIsExplained() throws {
        let r = try CasusProgram.run(["trigger", "UKR", "--depth", "-1"])
        #expect(r.status == 64)
        #expect(r.stderr.hasPrefix("casus: error: --depth must be 0 or more\n"))
    }

    @Test func aReadingsBeginningSuggestsTheReading() throws {
        let r = try CasusProgram.run(["trigger", "UKR", "--accept", "art6-forces"])
        #expect(r.status == 64)
        #expect(
            r.stderr
                == "casus: error: unknown reading 'art6-forces' in accept (did you mean 'art6-forces-in-ukraine'?)\n")
    }

    @Test func anUnguessableReadingPointsToTheList() throws {
        let r = try CasusProgram.run(["trigger", "UKR", "--reject", "nope"])
        #expect(r.status == 64)
        #expect(r.stderr == "casus: error: unknown reading 'nope' in reject; see casus list readings\n")
    }
}

/// `trigger`/`scenario --format csv`: one row per actor.
@Suite struct OutcomeCSVTests {
    @Test func oneRowPerActorWithHoursAsNumbers() throws {
        let r = try CasusProgram.run(["scenario", "eldoria-attacked", "--graph", Repository.mini, "--format", "csv"])
        #expect(r.status == 0)
        let lines = r.stdout.components(separatedBy: "\r\n")
        #expect(
            lines[0]
                == "id,name,status,duty,force,hours,hours_max,chain_hours,chain_hours_max,depth,assumptions,best_chain")
        #expect(lines.contains("LEAGUE,Northern League,bound,defend,binding,0,0,0,0,0,,ELD territory ← NP Article 3"))
        #expect(lines.contains("DAL,Dalmar,committed,consult,political,,,,,0,,ELD territory ← OA Article 1"))
    }

    @Test func compareCellsCarryTheDuty() throws {
        let r = try CasusProgram.run([
            "compare", "tripwire-attacked", "art6-broad-reading", "--depth", "0", "--duty", "assist", "--duty",
            "defend",
            "--format", "json",
        ])
        let object = try #require(try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any])
        let rows = try #require(object["rows"] as? [[String: Any]])
        let deu = try #require(rows.first { $0["actor"] as? String == "DEU" })
        #expect(deu["statuses"] as? [String] == ["contested", "bound"])
        #expect(deu["duties"] as? [String] == ["assist", "assist"])
    }
}

/// Text tables fit the terminal: COLUMNS (100 when unset), the chain column wrapping at words.
@Suite struct TableWidthTests {
    @Test(arguments: ["80", "100", "140"])
    func everyLineFitsCOLUMNS(columns: String) throws {
        let r = try CasusProgram.run(
            ["scenario", "tripwire-attacked"], environment: ["NO_COLOR": "1", "COLUMNS": columns])
        #expect(r.status == 0)
        let widest = r.stdout.split(separator: "\n").map(\.count).max() ?? 0
        #expect(widest <= Int(columns) ?? 0)
    }

    @Test func alikeAlliesAreOneLineAndWideListsEach() throws {
        let grouped = try CasusProgram.run(
            ["scenario", "tripwire-attacked", "--depth", "0"], environment: ["NO_COLOR": "1"])
        let lines = grouped.stdout.split(separator: "\n")
        #expect(
            lines.contains {
                $0.hasPrefix("30 states  bound      consult (binding)     -      NATO members but FRA, GBR:")
            })
        #expect(!lines.contains { $0.hasPrefix("ALB ") })
        let wide = try CasusProgram.run(
            ["scenario", "tripwire-attacked", "--depth", "0", "--wide"], environment: ["NO_COLOR": "1"])
        #expect(wide.stdout.split(separator: "\n").contains { $0.hasPrefix("ALB        bound") })
    }

    @Test func wideKeepsOneLinePerActor() throws {
        let r = try CasusProgram.run(
            ["scenario", "tripwire-attacked", "--wide"], environment: ["NO_COLOR": "1", "COLUMNS": "80"])
        let prk = try #require(r.stdout.split(separator: "\n").first { $0.hasPrefix("PRK ") })
        #expect(prk.hasSuffix("→ if FRA strikes RUS territory ← RUS-PRK Art. 4 [reading rus-prk-kursk]"))
    }
}
