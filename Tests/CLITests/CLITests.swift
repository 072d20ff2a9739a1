import CasusIO
import CasusKit
import Foundation
import Testing

/// Runs the built `casus` as a user would and checks what it prints and how it exits.
struct Casus {
    static let binary: URL = {
        let beside = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent(
            "casus")
        if FileManager.default.isExecutableFile(atPath: beside.path) { return beside }
        return repository.appendingPathComponent(".build/debug/casus")
    }()
    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()
    static let mini = repository.appendingPathComponent("Tests/CasusKitTests/Fixtures/mini/world.yaml").path

    struct Result {
        let status: Int32
        let stdout: String
        let stderr: String
    }

    /// Runs casus; with `executable`, runs that program instead, with the arguments after the first.
    static func run(
        _ arguments: [String], in directory: URL? = nil, environment: [String: String] = [:],
        executable: String? = nil
    ) throws -> Result {
        let p = Process()
        p.executableURL = executable.map { URL(fileURLWithPath: $0) } ?? binary
        p.arguments = executable == nil ? arguments : Array(arguments.dropFirst())
        p.currentDirectoryURL = directory ?? repository
        var env = ProcessInfo.processInfo.environment
        for (k, v) in environment { env[k] = v }
        p.environment = env
        let out = Pipe()
        let err = Pipe()
        p.standardOutput = out
        p.standardError = err
        try p.run()
        let o = out.fileHandleForReading.readDataToEndOfFile()
        let e = err.fileHandleForReading.readDataToEndOfFile()
        p.waitUntilExit()
        return Result(
            status: p.terminationStatus, stdout: String(decoding: o, as: UTF8.self),
            stderr: String(decoding: e, as: UTF8.self))
    }

    static func temporaryDirectory() throws -> URL {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("casus-cli-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        return dir
    }
}

@Suite struct ExitStatusTests {
    @Test func validateSampleWorldPrintsASummaryAndExitsZero() throws {
        let r = try Casus.run(["validate", "Graphs/ukraine-2025"])
        #expect(r.status == 0)
        #expect(
            r.stdout
                == "Graphs/ukraine-2025: ok — 59 actors (52 states, 7 organizations), 15 places, 50 instruments, 64 "
                + "clauses, 7 readings, 6 deployments, 20 scenarios\n"
        )
    }

    @Test func badGraphExits65WithEveryErrorAndWritesNothing() throws {
        let dir = try Casus.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let bad = dir.appendingPathComponent("bad.yaml")
        try "casus: 1\ntitel: x\nactors: [ { id: A, name: A, kind: stat } ]\n".write(
            to: bad, atomically: true, encoding: .utf8)
        let r = try Casus.run(["validate", bad.path])
        #expect(r.status == 65)
        #expect(
            r.stderr == """
                \(bad.path):2:1: titel: unknown key 'titel'; expected one of casus, title, description, defaults, \
                sources, places, actors, deployments, instruments, scenarios (did you mean 'title'?)
                \(bad.path):3:35: actors[0].kind: unknown actor kind 'stat'; expected one of state, organization \
                (did you mean 'state'?)
                casus: error: 2 errors in 1 graph

                """)
        let out = dir.appendingPathComponent("out.json")
        let t = try Casus.run(["trigger", "A", "--graph", bad.path, "--format", "json", "-o", out.path])
        #expect(t.status == 65)
        #expect(!FileManager.default.fileExists(atPath: out.path))
    }

    @Test func reportRefusesScenarioIdsThatWouldOverwriteItsFiles() throws {
        let dir = try Casus.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let graph = dir.appendingPathComponent("g.yaml")
        let world =
            "casus: 1\ndefaults: {attacker: A}\nactors: [ {id: A, name: A, kind: state}, {id: B, name: B, kind: "
            + "state} ]\nscenarios: [ {id: World, attacks: [ {target: B} ]} ]\n"
        try world.write(to: graph, atomically: true, encoding: .utf8)
        let out = dir.appendingPathComponent("out")
        let r = try Casus.run(["report", "--graph", graph.path, "--output", out.path])
        #expect(r.status == 65)
        #expect(
            r.stderr
                == "\(graph.path):4:19: scenarios[0].id: scenario id 'World' would write the same report files as the "
                + "world map (file names ignore case); choose another id\ncasus: error: 1 error in the graph; "
                + "nothing was written\n"
        )
        let v = try Casus.run(["validate", graph.path])
        #expect(v.status == 65)
        #expect(v.stderr.hasPrefix("\(graph.path):4:19: scenarios[0].id: scenario id 'World'"))
        #expect(!FileManager.default.fileExists(atPath: out.path))
    }

    @Test func missingFileExits66() throws {
        let r = try Casus.run(["validate", "no/such/graph.yaml"])
        #expect(r.status == 66)
        #expect(r.stderr == "casus: error: no/such/graph.yaml: No such file or directory\n")
    }

    @Test func usageErrorsExit64WithASuggestion() throws {
        let unknownFlag = try Casus.run(["trigger", "tripwire-east", "--dpeth", "0"])
        #expect(unknownFlag.status == 64)
        let unknownTarget = try Casus.run(["trigger", "tripwire-est"])
        #expect(unknownTarget.status == 64)
        #expect(
            unknownTarget.stderr.contains("unknown target 'tripwire-est'")
                && unknownTarget.stderr.contains("(did you mean 'tripwire-east'?)"))
        let unknownReading = try Casus.run(["trigger", "tripwire-east", "--accept", "art6-forces-in-ukrane"])
        #expect(unknownReading.status == 64)
        #expect(
            unknownReading.stderr
                == "casus: error: unknown reading 'art6-forces-in-ukrane' in accept (did you mean "
                + "'art6-forces-in-ukraine'?)\n"
        )
        let unknownDuty = try Casus.run(["trigger", "UKR", "--duty", "asist"])
        #expect(unknownDuty.status == 64)
        #expect(unknownDuty.stderr.contains("did you mean 'assist'?"))
        let unknownScenario = try Casus.run(["scenario", "tripwire-atacked"])
        #expect(unknownScenario.status == 64)
        #expect(
            unknownScenario.stderr
                == "casus: error: unknown scenario 'tripwire-atacked' (did you mean 'tripwire-attacked'?)\n")
    }

    @Test func everyCommandHasHelpWithAnExample() throws {
        for command in ["validate", "list", "trigger", "explain", "scenario", "compare", "render", "report"] {
            let r = try Casus.run([command, "--help"])
            #expect(r.status == 0, "\(command)")
            #expect(r.stdout.contains("Example"), "\(command) --help has no example")
            #expect(r.stdout.contains("casus \(command)") || r.stdout.contains("casus "), "\(command)")
        }
    }
}

@Suite struct CommandTests {
    @Test func worksFromAnyFolderWithTheBuiltInSample() throws {
        let dir = try Casus.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let here = try Casus.run(["list", "scenarios", "--format", "json"])
        let elsewhere = try Casus.run(["list", "scenarios", "--format", "json"], in: dir)
        #expect(elsewhere.status == 0)
        #expect(elsewhere.stdout == here.stdout)
        #expect(elsewhere.stdout.contains("\"tripwire-attacked\""))
        let trigger = try Casus.run(["trigger", "tripwire-east", "--depth", "0", "--format", "json"], in: dir)
        #expect(trigger.status == 0)
    }

    @Test func triggerTextIsAnAlignedTableWithCompactChains() throws {
        let r = try Casus.run(
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

    @Test func explainShowsEveryChainAndTheBlockedClauses() throws {
        let r = try Casus.run(["explain", "DEU", "ukraine-attacked", "--depth", "0"])
        #expect(r.status == 0)
        // NAT Art. 4 reaches an attack on any state in Europe (sample world v3): binding, it heads the row.
        #expect(r.stdout.contains("Germany (DEU): bound"))
        #expect(r.stdout.contains("Chain 1: consult (binding), no stated window, depth 0"))
        #expect(r.stdout.contains("Chain 6: consult (political), within 24 h, depth 0"))
        #expect(
            r.stdout.contains(
                "BSA DEU Future aggression clause (bsa-deu-2024/consult): DEU owes UKR consult within 24 h"))
        #expect(r.stdout.contains("  subject to: request-of-a-participant\n"))
        let chn = try Casus.run(["explain", "CHN", "tripwire-east", "--depth", "0"])
        #expect(chn.stdout.contains("China (CHN): proposed"))
        #expect(
            chn.stdout.contains(
                "istanbul-2022/art5 (Draft Art. 5): veto held by RUS; bearers BLR, CHN, FRA, GBR, USA [unadopted "
                    + "proposal]"
            ))
        let json = try Casus.run(["explain", "DEU", "ukraine-attacked", "--depth", "0", "--format", "json"])
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        #expect(object["status"] as? String == "bound")
        #expect((object["chains"] as? [Any])?.count ?? 0 >= 3)
    }

    @Test func scenarioOutputIsByteIdenticalAcrossRuns() throws {
        for format in ["json", "text", "dot", "svg"] {
            let a = try Casus.run(
                ["scenario", "tripwire-attacked", "--format", format], environment: ["NO_COLOR": "1"])
            let b = try Casus.run(
                ["scenario", "tripwire-attacked", "--format", format], environment: ["NO_COLOR": "1"])
            #expect(a.status == 0 && a.stdout == b.stdout && !a.stdout.isEmpty, "\(format)")
        }
    }

    @Test func compareInEveryFormatSharesTheMatrix() throws {
        let csv = try Casus.run(["compare", "ukraine-attacked", "tripwire-attacked", "--format", "csv"])
        #expect(csv.status == 0)
        let lines = csv.stdout.components(separatedBy: "\r\n")
        #expect(lines[0] == "actor,name,ukraine-attacked,tripwire-attacked")
        #expect(lines.contains("GBR,United Kingdom,bound/consult,victim/consult"))
        // Rows that differ come first: the last data row is one where both agree.
        let md = try Casus.run(["compare", "ukraine-attacked", "tripwire-attacked", "--format", "md"])
        #expect(md.stdout.hasPrefix("| Actor | ukraine-attacked | tripwire-attacked |\n|---|---|---|\n"))
        let json = try Casus.run(["compare", "ukraine-attacked", "tripwire-attacked", "--format", "json"])
        #expect(json.stdout.contains("\"differs\": true"))
    }

    @Test func outputFileIsWrittenWholeAndBinaryRefusesNoFile() throws {
        let dir = try Casus.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let png = dir.appendingPathComponent("t.png")
        let r = try Casus.run(["scenario", "tripwire-attacked", "--depth", "0", "--format", "png", "-o", png.path])
        #expect(r.status == 0)
        let data = try Data(contentsOf: png)
        #expect(data.prefix(8) == Data([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]))
        let pdf = dir.appendingPathComponent("t.pdf")
        #expect(try Casus.run(["render", "--format", "pdf", "-o", pdf.path]).status == 0)
        #expect(try Data(contentsOf: pdf).prefix(5) == Data("%PDF-".utf8))
        // Nothing but the two outputs: no temporary files left behind.
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir.path).sorted() == ["t.pdf", "t.png"])
    }
}

/// The command line of cli.md's version-2 additions.
@Suite struct CommandV2Tests {
    @Test func vesselsTargetAPatrolAtSea() throws {
        let r = try Casus.run([
            "trigger", "vessels:BOR@strait", "--by", "GRX", "--depth", "0", "--graph", Casus.mini,
            "--format", "json",
        ])
        #expect(r.status == 0)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any])
        let actors = try #require(object["actors"] as? [[String: Any]])
        #expect(actors.compactMap { $0["id"] as? String } == ["GRX", "BOR", "ARC", "CAL", "DAL", "FEN"])
    }

    @Test func compareAppliesAnalysisFlagsToEveryColumn() throws {
        let r = try Casus.run([
            "compare", "mission-attacked", "eldoria-attacked", "--duty", "defend", "--graph", Casus.mini,
            "--format", "csv",
        ])
        #expect(r.status == 0)
        #expect(r.stdout.contains("LEAGUE"))
        #expect(!r.stdout.contains("DAL")) // DAL only consults or aids
    }

    @Test func anOutputThatCannotBeCreatedExits73WithThePathAndReason() throws {
        let r = try Casus.run([
            "trigger", "ELD", "--graph", Casus.mini, "--format", "json", "-o", "/nonexistent-folder/out.json",
        ])
        #expect(r.status == 73)
        #expect(r.stderr == "casus: error: cannot write /nonexistent-folder/out.json: No such file or directory\n")
    }

    @Test func aOutputFolderThatCannotBeCreatedExits73() throws {
        let dir = try Casus.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let file = dir.appendingPathComponent("plain-file")
        try "x".write(to: file, atomically: true, encoding: .utf8)
        let r = try Casus.run(["report", "--graph", Casus.mini, "--output", file.appendingPathComponent("sub").path])
        #expect(r.status == 73)
        #expect(r.stderr == "casus: error: cannot write \(file.path): Not a directory\n")
    }

    /// `report -o DIR` works like `--output`, as every other command takes `-o`.
    @Test func reportTakesDashO() throws {
        let dir = try Casus.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let r = try Casus.run(["report", "--graph", Casus.mini, "-o", dir.path])
        #expect(r.status == 0)
        #expect(FileManager.default.fileExists(atPath: dir.appendingPathComponent("report.md").path))
    }

    /// The seed's US question: what the United States must do, and apart, what it may do.
    @Test func explainSaysWhatTheUSMustDoAndApartWhatItMay() throws {
        let r = try Casus.run(
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

    /// A diagram read alone carries the clause's conditions on its line.
    @Test func aDiagramLineCarriesTheClausesConditions() throws {
        let r = try Casus.run(["trigger", "EST", "--depth", "0", "--duty", "assist", "--format", "dot"])
        #expect(r.status == 0)
        #expect(
            r.stdout.contains(
                #"NAT Art. 5\nassist\n(such action as it deems necessary, armed force included)\n"#
                    + #"subject to constitutional\nprocesses"#
            ))
    }

    @Test func refrainIsNotADutyToFilterOn() throws {
        let r = try Casus.run(["trigger", "ELD", "--graph", Casus.mini, "--duty", "refrain"])
        #expect(r.status == 64)
        #expect(
            r.stderr.contains(
                "unknown duty 'refrain'; expected one of defend, assist, aid, consult, sanction, supply, "
                    + "seek-un-action, neutral"
            ))
    }

    @Test func theTextTableShowsImmediatelyAndTheBreachedSection() throws {
        let r = try Casus.run(["scenario", "eldoria-attacked", "--graph", Casus.mini], environment: ["NO_COLOR": "1"])
        #expect(r.status == 0)
        let league = try #require(r.stdout.split(separator: "\n").first { $0.hasPrefix("LEAGUE ") })
        let cells = league.split(separator: " ", omittingEmptySubsequences: true).map(String.init)
        #expect(Array(cells.prefix(5)) == ["LEAGUE", "bound", "defend", "(binding)", "immediately"])
        #expect(r.stdout.contains("Breached:\n  old-accord/a2  GRX towards ELD\n"))
        #expect(r.stdout.contains("veto (GRX) [proposal]"))
    }
}

/// `explain --why-not`: the nearest miss of every clause that concerns the actor.
@Suite struct WhyNotCLITests {
    @Test func article5MissesTheTripwireOutsideArticle6() throws {
        let r = try Casus.run(
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
        let r = try Casus.run([
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
}

/// `casus critical`: the sweep in every format.
@Suite struct CriticalCLITests {
    @Test func theTripwireSweepRanksTheTreatyFirst() throws {
        let r = try Casus.run([
            "critical", "tripwire-attacked", "--duty", "assist", "--duty", "defend", "--format", "csv",
        ])
        #expect(r.status == 0)
        let lines = r.stdout.split(separator: "\r\n")
        #expect(lines.first == "removed,kind,disengaged,weakened,no longer under a duty that can engage armed force")
        #expect(lines.dropFirst().first == "nat,instrument,0,28,")
    }

    @Test func theBarChartIsAnSVG() throws {
        let r = try Casus.run(["critical", "tripwire-attacked", "--remove", "instruments", "--format", "svg"])
        #expect(r.status == 0)
        #expect(r.stdout.contains("<svg"))
        #expect(r.stdout.contains("nat (instrument)"))
    }
}

/// `casus watch`: a change to a file shows the new answer; Ctrl-C exits 0 and leaves nothing behind.
@Suite struct WatchTests {
    /// Collects a child's standard output as it arrives.
    final class Collected: @unchecked Sendable {
        private let lock = NSLock()
        private var text = ""
        func append(_ data: Data) {
            lock.lock()
            text += String(decoding: data, as: UTF8.self)
            lock.unlock()
        }
        var value: String {
            lock.lock()
            defer { lock.unlock() }
            return text
        }

        /// Waits, polling, until `predicate` holds or `seconds` pass.
        func wait(seconds: Double, until predicate: (String) -> Bool) -> Bool {
            let deadline = Date().addingTimeInterval(seconds)
            while Date() < deadline {
                if predicate(value) { return true }
                usleep(50_000)
            }
            return predicate(value)
        }
    }

    @Test func anEditShowsTheNewAnswerAndCtrlCExitsCleanly() throws {
        let dir = try Casus.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let world = dir.appendingPathComponent("world.yaml")
        let original = try String(contentsOfFile: Casus.mini, encoding: .utf8)
        try original.write(to: world, atomically: true, encoding: .utf8)
        let p = Process()
        p.executableURL = Casus.binary
        p.arguments = [
            "watch", "--graph", world.path, "--scenario", "eldoria-attacked", "--report",
            dir.appendingPathComponent("out").path,
            "--interval", "0.1",
        ]
        p.environment = ProcessInfo.processInfo.environment.merging(["NO_COLOR": "1"]) { $1 }
        let pipe = Pipe()
        p.standardOutput = pipe
        let collected = Collected()
        pipe.fileHandleForReading.readabilityHandler = { collected.append($0.availableData) }
        try p.run()
        defer { if p.isRunning { p.terminate() } }
        #expect(collected.wait(seconds: 20) { $0.contains("report: ") })
        #expect(collected.value.contains("consult (political)"))
        try original.replacingOccurrences(
            of: "then: { bearers: [DAL, GRX], duty: consult }", with: "then: { bearers: [DAL, GRX], duty: sanction }"
        )
        .write(to: world, atomically: true, encoding: .utf8)
        #expect(collected.wait(seconds: 20) { $0.contains("sanction (political)") })
        p.interrupt()
        p.waitUntilExit()
        #expect(p.terminationReason == .exit)
        #expect(p.terminationStatus == 0)
        let hidden = try FileManager.default.contentsOfDirectory(atPath: dir.path).filter { $0.hasPrefix(".") }
        #expect(hidden == [])
    }
}

/// The graph is always named: an answer about the wrong world must not pass unnoticed.
@Suite struct GraphNamingTests {
    @Test func theHeaderNamesTheGraphRead() throws {
        let r = try Casus.run(
            ["trigger", "ELD", "--graph", Casus.mini, "--depth", "0"], environment: ["NO_COLOR": "1"])
        #expect(r.stdout.hasPrefix("Graph: \(Casus.mini)\nAttack: ELD by GRX · depth 0\n"))
    }

    @Test func casusGraphSetsTheDefault() throws {
        let r = try Casus.run(
            ["trigger", "ELD", "--depth", "0"], environment: ["NO_COLOR": "1", "CASUS_GRAPH": Casus.mini])
        #expect(r.status == 0)
        #expect(r.stdout.hasPrefix("Graph: \(Casus.mini)\n"))
    }

    @Test func theBuiltInSampleIsAnnounced() throws {
        let dir = try Casus.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let r = try Casus.run(
            ["trigger", "ROU", "--depth", "0"], in: dir, environment: ["NO_COLOR": "1", "CASUS_GRAPH": ""])
        #expect(r.status == 0)
        #expect(r.stdout.hasPrefix("Graph: built-in sample world\n"))
        #expect(
            r.stderr
                == "casus: note: no --graph, no CASUS_GRAPH and no Graphs/ukraine-2025 here; reading the built-in "
                + "sample world\n"
        )
    }
}

/// `casus list` as data: typed JSON, CSV, and places.
@Suite struct ListingTests {
    @Test func jsonFieldsAreTyped() throws {
        let r = try Casus.run(["list", "actors", "--graph", Casus.mini, "--format", "json"])
        let actors = try #require(try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [[String: Any]])
        let league = try #require(actors.first { $0["id"] as? String == "LEAGUE" })
        #expect(league["member_count"] as? Int == 3)
        #expect(league["member_states"] as? [String] == ["ARC", "BOR", "CAL"])
        let arcadia = try #require(actors.first { $0["id"] as? String == "ARC" })
        #expect(arcadia["member_count"] is NSNull)
    }

    @Test func instrumentsListTheirClausesDutiesAndTriggers() throws {
        let r = try Casus.run(["list", "instruments", "--graph", Casus.mini, "--format", "json"])
        let instruments = try #require(try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [[String: Any]])
        let union = try #require(instruments.first { $0["id"] as? String == "union-treaty" })
        let clauses = try #require(union["clauses"] as? [[String: Any]])
        #expect(clauses.map { $0["duties"] as? [String] ?? [] } == [["aid", "aid"], ["aid", "sanction"]])
        let triggers = try #require(clauses.last?["triggers"] as? [[String: Any]])
        #expect(triggers.first?["target"] as? [String] == ["forces", "vessels"])
    }

    @Test func placesAreListedWithTheirState() throws {
        let r = try Casus.run(["list", "places", "--graph", Casus.mini, "--format", "csv"])
        #expect(r.stdout.split(separator: "\r\n").first == "id,name,within,state,note")
        #expect(r.stdout.contains("ARC-isles,Arcadian Isles,ARC; south,ARC,\r\n"))
    }
}

/// `trigger`/`scenario --format csv`: one row per actor.
@Suite struct OutcomeCSVTests {
    @Test func oneRowPerActorWithHoursAsNumbers() throws {
        let r = try Casus.run(["scenario", "eldoria-attacked", "--graph", Casus.mini, "--format", "csv"])
        #expect(r.status == 0)
        let lines = r.stdout.components(separatedBy: "\r\n")
        #expect(
            lines[0]
                == "id,name,status,duty,force,hours,hours_max,chain_hours,chain_hours_max,depth,assumptions,best_chain")
        #expect(lines.contains("LEAGUE,Northern League,bound,defend,binding,0,0,0,0,0,,ELD territory ← NP Article 3"))
        #expect(lines.contains("DAL,Dalmar,committed,consult,political,,,,,0,,ELD territory ← OA Article 1"))
    }

    @Test func compareCellsCarryTheDuty() throws {
        let r = try Casus.run([
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

/// `casus export`, read back by a real reader: NetworkX.
@Suite struct ExportTests {
    static var hasNetworkX: Bool { pythonHas("networkx") }

    /// Runs a Python snippet with `path` as its argument; returns what it prints.
    func python(_ script: String, _ path: String) throws -> String {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        p.arguments = ["python3", "-c", script, path]
        let out = Pipe()
        p.standardOutput = out
        try p.run()
        let text = String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        p.waitUntilExit()
        return text.trimmingCharacters(in: .whitespacesAndNewlines)
    }

    static let readers = [
        "graphml": "import sys, networkx as nx; g = nx.read_graphml(sys.argv[1])",
        "gexf": "import sys, networkx as nx; g = nx.read_gexf(sys.argv[1])",
        "json": "import sys, json, networkx as nx; g = nx.node_link_graph(json.load(open(sys.argv[1])), edges='edges')",
    ]

    @Test(
        .enabled(if: hasNetworkX, "needs python3 with networkx (.ci/run installs it)"),
        arguments: ["graphml", "gexf", "json"])
    func theWorldReadsBackWithItsNodesEdgesAndAttributes(format: String) throws {
        let dir = try Casus.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let file = dir.appendingPathComponent("world.\(format)").path
        #expect(try Casus.run(["export", "--graph", Casus.mini, "--format", format, "-o", file]).status == 0)
        let g = try GraphLoader.load(path: Casus.mini)
        let expected = GraphExport(world: g)
        let reader = try #require(Self.readers[format])
        let counts = try python(reader + "; print(g.number_of_nodes(), g.number_of_edges())", file)
        #expect(
            counts
                == "\(g.actors.count + g.places.count + g.deployments.count + g.instruments.count) "
                + "\(expected.edges.count)"
        )
        let league = try python(
            reader
                + "; print(sorted((d['duty'], d['collective'], d['decision']) for u, v, d in g.edges(data=True) if u "
                + "== 'instrument:northern-pact' and v == 'actor:LEAGUE' and d.get('relation') == 'obligation'))",
            file)
        #expect(league == "[('defend', True, 'consensus')]")
        let art8 = try python(
            reader
                + "; print(sorted(d['duty'] for u, v, d in g.edges(data=True) if u == 'instrument:union-treaty' and v "
                + "== 'actor:BOR' and d.get('clause') == 'art8' and d.get('relation') == 'obligation'))",
            file)
        #expect(art8 == "['aid', 'sanction']")
    }

    @Test(.enabled(if: hasNetworkX, "needs python3 with networkx (.ci/run installs it)"))
    func aScenarioExportsItsObligations() throws {
        let dir = try Casus.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let file = dir.appendingPathComponent("s.graphml").path
        #expect(
            try Casus.run(["export", "--graph", Casus.mini, "--scenario", "eldoria-attacked", "-o", file]).status == 0)
        let reader = try #require(Self.readers["graphml"])
        let edges = try python(
            reader + "; print(sorted((u, v, d['status'], d['duty'], d['depth']) for u, v, d in g.edges(data=True)))",
            file)
        #expect(
            edges
                == "[('ARC', 'ELD', 'committed', 'consult', 0), ('BOR', 'ELD', 'committed', 'consult', 0), ('DAL', "
                + "'ELD', 'committed', 'consult', 0), ('LEAGUE', 'ELD', 'bound', 'defend', 0)]"
        )
    }
}

/// `casus schema`, checked by an independent validator (Python's jsonschema).
@Suite struct SchemaTests {
    static var hasValidator: Bool { pythonHas("jsonschema, yaml") }

    static let checker = Casus.repository.appendingPathComponent("Tests/CLITests/schema_check.py").path

    func check(_ verdict: String, _ files: [String], schema: String) throws -> [String] {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        p.arguments = ["python3", Self.checker, schema, verdict] + files
        let out = Pipe()
        p.standardOutput = out
        try p.run()
        let text = String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        p.waitUntilExit()
        return text.split(separator: "\n").map(String.init)
    }

    func writeSchema(in dir: URL) throws -> String {
        let path = dir.appendingPathComponent("casus.schema.json").path
        #expect(try Casus.run(["schema", "-o", path]).status == 0)
        return path
    }

    @Test(.enabled(if: hasValidator, "needs python3 with jsonschema and yaml (.ci/run installs them)"))
    func everyGraphWeShipIsValid() throws {
        let dir = try Casus.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let schema = try writeSchema(in: dir)
        let graphs = try FileManager.default.subpathsOfDirectory(
            atPath: Casus.repository.appendingPathComponent("Graphs").path
        )
        .filter { $0.hasSuffix(".yaml") }.map { Casus.repository.appendingPathComponent("Graphs/\($0)").path }
        // The complete example in docs/format.md, as a reader would copy it.
        let format = try String(contentsOf: Casus.repository.appendingPathComponent("docs/format.md"), encoding: .utf8)
        let section = try #require(format.range(of: "## A complete example"))
        let start = try #require(format.range(of: "```yaml\n", range: section.upperBound..<format.endIndex))
        let end = try #require(format.range(of: "```", range: start.upperBound..<format.endIndex))
        let example = dir.appendingPathComponent("docs-example.yaml").path
        try String(format[start.upperBound..<end.lowerBound]).write(toFile: example, atomically: true, encoding: .utf8)
        let patterns = Casus.repository.appendingPathComponent("docs/patterns/world.yaml").path
        let files =
            graphs + [
                Casus.mini, Casus.repository.appendingPathComponent("Fuzz/seeds/graph/nested.yaml").path, example,
                patterns,
            ]
        let verdicts = try check("valid", files, schema: schema)
        #expect(verdicts.count == files.count)
        #expect(verdicts.filter { !$0.hasPrefix("ok ") } == [])
    }

    static let broken = [
        "casus: 1\ntitel: x\n",
        "casus: 2\n",
        "casus: 1\ndefaults: { depth: two }\n",
        "casus: 1\nactors: [ { id: 1abc, name: A, kind: state } ]\n",
        "casus: 1\nactors: [ { id: A, name: A, kind: stat } ]\n",
        "casus: 1\nactors: [ { id: O, name: O, kind: organization, members: A } ]\n",
        "casus: 1\ninstruments: [ { id: p, title: P, form: treaty, status: in-force, force: binding, parties: [A], "
            + "clauses: [ { id: a, cite: A, when: { unprovokd: true }, then: { duty: assist } } ] } ]\n",
        "casus: 1\ninstruments: [ { id: p, title: P, form: treaty, status: in-force, force: binding, parties: [A], "
            + "clauses: [ { id: a, cite: A, when: {}, then: { duty: asist } } ] } ]\n",
        "casus: 1\ninstruments: [ { id: p, title: P, form: treaty, status: in-force, force: binding, parties: [A], "
            + "clauses: [ { id: a, cite: A, when: {}, then: { duty: consult, within: 8761 } } ] } ]\n",
        "casus: 1\ninstruments: [ { id: p, title: P, form: treaty, status: in-force, force: binding, parties: [A], "
            + "clauses: [ { id: a, cite: A, when: {}, then: { duty: consult, within: soon } } ] } ]\n",
        "casus: 1\nscenarios: [ { id: s, attacks: [ { target: A, kind: invasion } ] } ]\n",
        "casus: 1\nscenarios: [ { id: s, attacks: [] } ]\n",
    ]

    @Test(.enabled(if: hasValidator, "needs python3 with jsonschema and yaml (.ci/run installs them)"))
    func whatTheLoaderRefusesForKeysAndTypesTheSchemaRefusesToo() throws {
        let dir = try Casus.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let schema = try writeSchema(in: dir)
        var files: [String] = []
        for (n, text) in Self.broken.enumerated() {
            let path = dir.appendingPathComponent("broken-\(n).yaml").path
            try text.write(toFile: path, atomically: true, encoding: .utf8)
            #expect(try Casus.run(["validate", path]).status == 65, "the loader accepts broken-\(n)")
            files.append(path)
        }
        let verdicts = try check("invalid", files, schema: schema)
        #expect(verdicts.count == files.count)
        #expect(verdicts.filter { !$0.hasPrefix("ok ") } == [])
    }
}

/// The daily friction an analyst met, each pinned to its exact text.
@Suite struct FrictionTests {
    @Test func aMistypedSubcommandGetsASuggestion() throws {
        let r = try Casus.run(["triger", "UKR"])
        #expect(r.status == 64)
        #expect(
            r.stderr.hasPrefix(
                "casus: error: 2 unexpected arguments: 'triger', 'UKR' (did you mean 'casus trigger'?)\n"))
    }

    @Test func prcMeansChinaNotNorthKorea() throws {
        let r = try Casus.run(["trigger", "UKR", "--by", "PRC"])
        #expect(r.status == 64)
        #expect(r.stderr == "casus: error: unknown attacker 'PRC'; expected a state (did you mean 'CHN'?)\n")
    }

    @Test func aStatesNameSuggestsItsID() throws {
        let r = try Casus.run(["trigger", "Ukraine"])
        #expect(r.stderr.hasSuffix("(did you mean 'UKR'?)\n"))
    }

    @Test func aNegativeDepthIsExplained() throws {
        let r = try Casus.run(["trigger", "UKR", "--depth", "-1"])
        #expect(r.status == 64)
        #expect(r.stderr.hasPrefix("casus: error: --depth must be 0 or more\n"))
    }

    @Test func anInstrumentTakesAn() {
        let yaml =
            baseWorldForCLI + "  - { id: O, name: O, kind: organization, members: [p] }\n"
            + "instruments: [ { id: p, title: T, form: treaty, status: in-force, force: binding, parties: [A], "
            + "clauses: [] } ]\n"
        #expect(
            errors(yaml) == [
                "t.yaml:5:53: actors[2].members[0]: 'p' is an instrument; expected an actor (state or organization)"
            ])
    }

    @Test func aColonInAnUnquotedValueGetsAHint() throws {
        #expect(
            try validateStderr("casus: 1\ntitle: Casus: a world\n")
                == "g.yaml:2:13: YAML syntax error: mapping values are not allowed in this context; a value that "
                + "contains ': ' must be quoted, as in title: \"Casus: a world\"\ncasus: error: 1 error in 1 "
                + "graph\n"
        )
    }

    @Test func aReadingsBeginningSuggestsTheReading() throws {
        let r = try Casus.run(["trigger", "UKR", "--accept", "art6-forces"])
        #expect(r.status == 64)
        #expect(
            r.stderr
                == "casus: error: unknown reading 'art6-forces' in accept (did you mean 'art6-forces-in-ukraine'?)\n")
    }

    @Test func anUnguessableReadingPointsToTheList() throws {
        let r = try Casus.run(["trigger", "UKR", "--reject", "nope"])
        #expect(r.status == 64)
        #expect(r.stderr == "casus: error: unknown reading 'nope' in reject; see casus list readings\n")
    }

    @Test func aKeyIndentedTooDeepGetsAnIndentationHint() throws {
        #expect(
            try validateStderr("casus: 1\nactors:\n  - id: A\n    name: A\n     kind: state\n")
                == "g.yaml:5:10: YAML syntax error: mapping values are not allowed in this context; this line is "
                + "indented deeper than the line above, whose value is already given (keys of one mapping line "
                + "up)\ncasus: error: 1 error in 1 graph\n"
        )
    }

    @Test func aKeyIndentedTooShallowGetsAnIndentationHint() throws {
        #expect(
            try validateStderr("casus: 1\nactors:\n  - id: A\n    name: A\n   kind: state\n")
                == "g.yaml:5:4: YAML syntax error: did not find expected '-' indicator (while parsing a block "
                + "collection at line 3); check this line's indentation against the line above (keys of one "
                + "mapping line up)\ncasus: error: 1 error in 1 graph\n"
        )
    }

    @Test(arguments: [
        ["trigger", "UKR", "--duty", "asist"], ["scenario", "nope"], ["trigger", "nowhere"],
        ["render", "--layout", "x"],
    ])
    func everyErrorStartsTheSameWay(arguments: [String]) throws {
        let r = try Casus.run(arguments)
        #expect(r.status == 64)
        #expect(r.stderr.hasPrefix("casus: error: "))
    }
}

/// What `casus validate` prints on standard error for one file `g.yaml` holding `yaml`.
func validateStderr(_ yaml: String) throws -> String {
    let dir = try Casus.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: dir) }
    try yaml.write(to: dir.appendingPathComponent("g.yaml"), atomically: true, encoding: .utf8)
    return try Casus.run(["validate", "g.yaml"], in: dir).stderr
}

let baseWorldForCLI = "casus: 1\nactors:\n  - { id: A, name: A, kind: state }\n  - { id: B, name: B, kind: state }\n"

/// The errors a graph written inline produces.
func errors(_ yaml: String) -> [String] {
    do {
        _ = try GraphLoader.load(files: [GraphLoader.File(name: "t.yaml", text: yaml)])
        return []
    } catch {
        return error.errors.map(\.description)
    }
}

/// `--help` reads well at 80 columns: every example on one line, no default said twice.
@Suite struct HelpTests {
    @Test(arguments: [
        "validate", "list", "trigger", "explain", "scenario", "compare", "critical", "export", "render", "report",
        "schema", "watch",
    ])
    func examplesAreSingleLinesAndDefaultsAppearOnce(command: String) throws {
        let r = try Casus.run([command, "--help"], environment: ["COLUMNS": "80"])
        #expect(r.status == 0)
        let lines = r.stdout.components(separatedBy: "\n")
        let start = try #require(lines.firstIndex { $0.hasPrefix("Example") })
        let end = try #require(lines[start...].firstIndex { $0.hasPrefix("USAGE") })
        for line in lines[(start + 1)..<end] where !line.isEmpty && !line.hasPrefix("  casus ") {
            // A line that is not an example is prose after the examples; it must not be a wrapped example.
            #expect(!line.hasPrefix(" ") || line.hasPrefix("  #"), "\(command): '\(line)' looks like a wrapped example")
        }
        // Each option's entry (its line and its indented continuations) says "default" at most once.
        var entries: [String] = []
        for line in lines {
            if line.hasPrefix("  -") || line.hasPrefix("  <") {
                entries.append(line)
            } else if line.hasPrefix("                ") && !entries.isEmpty {
                entries[entries.count - 1] += " " + line.trimmingCharacters(in: .whitespaces)
            }
        }
        for entry in entries {
            #expect(entry.lowercased().components(separatedBy: "default").count <= 2, "\(command): '\(entry)'")
        }
    }
}

/// Text tables fit the terminal: COLUMNS (100 when unset), the chain column wrapping at words.
@Suite struct TableWidthTests {
    @Test(arguments: ["80", "100", "140"])
    func everyLineFitsCOLUMNS(columns: String) throws {
        let r = try Casus.run(["scenario", "tripwire-attacked"], environment: ["NO_COLOR": "1", "COLUMNS": columns])
        #expect(r.status == 0)
        let widest = r.stdout.split(separator: "\n").map(\.count).max() ?? 0
        #expect(widest <= Int(columns) ?? 0)
    }

    @Test func wideKeepsOneLinePerActor() throws {
        let r = try Casus.run(
            ["scenario", "tripwire-attacked", "--wide"], environment: ["NO_COLOR": "1", "COLUMNS": "80"])
        let prk = try #require(r.stdout.split(separator: "\n").first { $0.hasPrefix("PRK ") })
        #expect(prk.hasSuffix("→ if FRA strikes RUS territory ← RUS-PRK Art. 4 [reading rus-prk-kursk]"))
    }
}

/// Shell completion: the scripts name every custom completion, and casus answers
/// them with the ids of the graph in use.
@Suite struct CompletionTests {
    @Test(arguments: ["bash", "zsh", "fish"])
    func theScriptsAskCasusForIds(shell: String) throws {
        let r = try Casus.run(["--generate-completion-script", shell])
        #expect(r.status == 0)
        #expect(r.stdout.contains("---completion trigger -- --by"))
        #expect(r.stdout.contains("---completion scenario -- positional@0"))
    }

    @Test func attackersAreTheStatesOfTheGraphOnTheLine() throws {
        let r = try Casus.run([
            "---completion", "trigger", "--", "--by", "6", "0", "casus", "trigger", "ELD", "--graph", Casus.mini,
            "--by", "",
        ])
        #expect(r.stdout.split(separator: "\n").map(String.init) == ["ARC", "BOR", "CAL", "DAL", "ELD", "FEN", "GRX"])
    }

    @Test func scenariosAndReadingsComeFromTheGraph() throws {
        let scenarios = try Casus.run([
            "---completion", "scenario", "--", "positional@0", "4", "0", "casus", "scenario", "--graph", Casus.mini, "",
        ])
        #expect(scenarios.stdout.split(separator: "\n").first == "mission-attacked")
        let readings = try Casus.run([
            "---completion", "trigger", "--", "--accept", "6", "0", "casus", "trigger", "ELD", "--graph", Casus.mini,
            "--accept", "",
        ])
        #expect(readings.stdout == "forces-in-eldoria\n")
    }
}

/// Whether python3 can import these modules (the interchange tests need them; .ci/run installs them).
func pythonHas(_ modules: String) -> Bool {
    let p = Process()
    p.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    p.arguments = ["python3", "-c", "import \(modules)"]
    p.standardError = FileHandle.nullDevice
    guard (try? p.run()) != nil else { return false }
    p.waitUntilExit()
    return p.terminationStatus == 0
}

/// `casus validate` warnings: standard error, status 0, or 65 with --warnings-as-errors.
@Suite struct ValidateWarningTests {
    static let world = """
        casus: 1
        defaults: { attacker: B }
        places:
          - { id: home, name: Home }
          - { id: sea, name: Sea }
          - { id: A-isle, name: Isle, within: [A, sea] }
        actors:
          - { id: A, name: A, kind: state, within: [home] }
          - { id: B, name: B, kind: state, within: [home] }
          - { id: C, name: C, kind: state, within: [home] }
        instruments:
          - id: p
            title: Pact
            form: treaty
            status: in-force
            force: binding
            parties: [A, C]
            clauses:
              - id: a1
                cite: Art. 1
                when: { attack-on: parties, target: territory }
                then: { duty: defend }
                readings:
                  - { id: r-sea, claim: the sea too, when: { attack-on: any, in: [sea], target: vessels } }
        scenarios:
          - { id: a-attacked, attacks: [ { target: A } ] }

        """

    func validate(_ extra: [String] = []) throws -> Casus.Result {
        let dir = try Casus.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        try Self.world.write(to: dir.appendingPathComponent("w.yaml"), atomically: true, encoding: .utf8)
        return try Casus.run(["validate", "w.yaml"] + extra, in: dir)
    }

    @Test func warningsGoToStandardErrorAndLeaveTheStatusZero() throws {
        let r = try validate()
        #expect(r.status == 0)
        #expect(
            r.stdout
                == "w.yaml: ok — 3 actors (3 states, 0 organizations), 3 places, 1 instrument, 1 clause, 1 reading, 0 "
                + "deployments, 1 scenario\n"
        )
        #expect(
            r.stderr == """
                casus: warning: w.yaml: place A-isle lies in A and in a region of its own, so it is not in A's \
                region home (the overseas rule); add it to its `within` if it applies
                casus: warning: w.yaml: reading r-sea (p a1) is named by no scenario and carries no chain in any: \
                add a scenario that accepts or rejects it, or check its `when`

                """)
    }

    @Test func warningsAsErrorsExits65() throws {
        let r = try validate(["--warnings-as-errors"])
        #expect(r.status == 65)
        #expect(r.stderr.hasSuffix("casus: error: 2 warnings (--warnings-as-errors)\n"))
    }

    /// Hawaii says `overseas: true` (version 3): outside North America on purpose, so no warning.
    @Test func theSampleWorldHasNoWarnings() throws {
        let r = try Casus.run(["validate", "Graphs/ukraine-2025", "--warnings-as-errors"])
        #expect(r.status == 0)
        #expect(r.stderr == "")
    }

    /// A `bearers: any` permission is one line of the table, after every obligation.
    @Test func everyOtherStateMayAssistIsOneLine() throws {
        let r = try Casus.run(
            ["trigger", "MDA", "--depth", "0", "--duty", "assist", "--wide"], environment: ["NO_COLOR": "1"])
        let rows = r.stdout.split(separator: "\n").filter { $0.contains("permitted") }
        #expect(
            rows == [
                "50 others  permitted  may assist (a right)  -      every other state (50) may assist MDA: MDA "
                    + "territory ← UN Charter Art. 51 — subject to request of the victim, until security council acts"
            ])
    }
}
