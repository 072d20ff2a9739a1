import CasusTestSupport
import Foundation
import Testing

/// `casus serve`'s API: the command line's answers and messages, and the requests it refuses.
@Suite(.serialized) struct ServeCommandTests {
    static let tripwire = "scenario=tripwire-attacked&depth=0&accept=art6-forces-in-ukraine"
    static let tripwireArguments = [
        "scenario", "tripwire-attacked", "--depth", "0", "--accept", "art6-forces-in-ukraine",
    ]

    @Test func theAnswerIsWhatTheCommandLinePrints() throws {
        let server = try ServedExplorer()
        let reply = try server.request("/api/answer?" + Self.tripwire)
        #expect(reply.status == 200)
        let answer = reply.json
        let cli = try CasusProgram.run(Self.tripwireArguments + ["--format", "json"])
        let expected = try JSONSerialization.jsonObject(with: Data(cli.stdout.utf8)) as? NSDictionary
        #expect((answer["outcome"] as? NSDictionary) == expected)
        let svg = try CasusProgram.run(Self.tripwireArguments + ["--format", "svg"]).stdout
        #expect(answer["diagram_svg"] as? String == svg)
        #expect(answer["command"] as? String == "casus " + Self.tripwireArguments.joined(separator: " "))
    }

    /// Issue 25, item 5: the explorer asks what follows from a state's choice to join, as `--joins` does.
    @Test func aStateThatJoinsIsAnsweredAsTheCommandLineAnswersIt() throws {
        let server = try ServedExplorer()
        let answer = try server.request("/api/answer?target=EST&by=RUS&depth=1&joins=UKR").json
        let cli = try CasusProgram.run([
            "trigger", "EST", "--by", "RUS", "--depth", "1", "--joins", "UKR", "--format", "json",
        ])
        let expected = try JSONSerialization.jsonObject(with: Data(cli.stdout.utf8)) as? NSDictionary
        #expect((answer["outcome"] as? NSDictionary) == expected)
        let actors = (expected?["actors"] as? [[String: Any]]) ?? []
        #expect(actors.first { $0["id"] as? String == "UKR" }?["status"] as? String == "joined")
    }

    @Test func theTableRowsAreTheTextTablesCells() throws {
        let server = try ServedExplorer()
        let rows = try #require(try server.request("/api/answer?" + Self.tripwire).json["rows"] as? [[String: Any]])
        let alb = try #require(rows.first { $0["actor"] as? String == "ALB" })
        let cells = try #require(alb["cells"] as? [String])
        #expect(cells.prefix(4) == ["ALB", "bound", "assist (binding)", "-"])
        #expect(alb["name"] as? String == "Albania")
        let text = try CasusProgram.run(Self.tripwireArguments + ["--wide"], environment: ["NO_COLOR": "1"]).stdout
        let line = try #require(text.split(separator: "\n").first { $0.hasPrefix("ALB ") })
        #expect(
            line.split(separator: " ", omittingEmptySubsequences: true).joined(separator: " ")
                == cells.filter { !$0.isEmpty }.joined(separator: " ").split(separator: " ").joined(separator: " "))
    }

    @Test func theChosenActorsChainsAreExplainsText() throws {
        let server = try ServedExplorer()
        let answer = try server.request("/api/answer?" + Self.tripwire + "&actor=USA").json
        let cli = try CasusProgram.run(
            ["explain", "USA", "tripwire-attacked", "--depth", "0", "--accept", "art6-forces-in-ukraine"],
            environment: ["NO_COLOR": "1"])
        #expect(answer["explain"] as? String == cli.stdout)
    }

    @Test func theScenarioBlockGivesTheSameAnswerFromAGraphFile() throws {
        let server = try ServedExplorer()
        let answer = try server.request("/api/answer?scenario=tripwire-attacked&depth=0&veto=HUN&duty=assist").json
        let yaml = try #require(answer["scenario_yaml"] as? String)
        #expect(
            yaml == """
                - id: tripwire-attacked-explored
                  title: "Russia attacks the tripwire force"
                  attacks:
                    - target: "tripwire-east"
                      by: "RUS"
                  depth: 0
                  vetoes: ["HUN"]
                  duties: ["assist"]

                """)
        let folder = try TemporaryFolder()
        let world = folder.url.appendingPathComponent("world")
        try FileManager.default.copyItem(at: Repository.root.appendingPathComponent("Graphs/ukraine-2025"), to: world)
        let block = yaml.split(separator: "\n").map { "  " + $0 }.joined(separator: "\n")
        try ("casus: 1\nscenarios:\n" + block + "\n").write(
            to: world.appendingPathComponent("explored.yaml"), atomically: true, encoding: .utf8)
        let cli = try CasusProgram.run(
            ["scenario", "tripwire-attacked-explored", "--graph", world.path, "--format", "json"])
        let fromFile = try #require(try JSONSerialization.jsonObject(with: Data(cli.stdout.utf8)) as? [String: Any])
        let explored = try #require(answer["outcome"] as? [String: Any])
        for key in ["actors", "blocked", "inactive", "breached", "unaffected_ids"] {
            #expect((fromFile[key] as? NSArray) == (explored[key] as? NSArray), "\(key)")
        }
    }

    @Test func anUnknownIdIsRefusedWithTheCommandLinesMessage() throws {
        let server = try ServedExplorer()
        let reply = try server.request("/api/answer?scenario=tripwire-attacked&accept=art6-forces")
        #expect(reply.status == 400)
        let message =
            "casus: error: unknown reading 'art6-forces' in accept (did you mean 'art6-forces-in-ukraine'?)"
        #expect(reply.json["error"] as? String == message)
        let cli = try CasusProgram.run(["scenario", "tripwire-attacked", "--accept", "art6-forces"])
        #expect(cli.stderr == message + "\n")
    }

    @Test func aValueThatLooksLikeAFlagStaysAValue() throws {
        let server = try ServedExplorer()
        let reply = try server.request("/api/answer?scenario=--graph%3D/etc")
        #expect(reply.status == 400)
        #expect(reply.json["error"] as? String == "casus: error: unknown scenario '--graph=/etc'")
        let depth = try server.request("/api/answer?scenario=tripwire-attacked&depth=-1")
        #expect(depth.json["error"] as? String == "casus: error: --depth must be 0 or more")
    }

    @Test func anUnknownParameterIsRefusedWithASuggestion() throws {
        let server = try ServedExplorer()
        let reply = try server.request("/api/answer?scenario=tripwire-attacked&acept=x")
        #expect(reply.status == 400)
        #expect(reply.json["error"] as? String == "unknown parameter 'acept' (did you mean 'accept'?)")
    }

    @Test func oneRequestsWorkIsCapped() throws {
        let server = try ServedExplorer()
        let deep = try server.request("/api/answer?scenario=tripwire-attacked&depth=9")
        #expect(deep.status == 400)
        #expect(
            deep.json["error"] as? String
                == "the explorer analyses to depth 4 at most; for depth 9 run the command line")
        let long = String(repeating: "a", count: 201)
        let oversized = try server.request("/api/answer?scenario=\(long)")
        #expect(oversized.json["error"] as? String == "'scenario' is longer than 200 characters")
        let control = try server.request("/api/answer?scenario=a%0Ab")
        #expect(control.json["error"] as? String == "'scenario' holds a control character")
    }

    @Test func requestsForAnythingButItsOwnPageAreRefused() throws {
        let server = try ServedExplorer()
        let post = try server.request("/api/world", method: "POST")
        #expect(post.status == 405)
        #expect(post.json["error"] as? String == "casus serve answers GET requests only")
        let elsewhere = try server.request("/", headers: ["Host: attacker.example:80"])
        #expect(elsewhere.status == 403)
        #expect(elsewhere.json["error"] as? String == "casus serve answers only for its own address")
        let crossSite = try server.request("/api/world", headers: ["Sec-Fetch-Site: cross-site"])
        #expect(crossSite.status == 403)
        let file = try server.request("/../../etc/passwd")
        #expect(file.status == 404)
        #expect(file.json["error"] as? String == "no such page: casus serve has /, /api/world and /api/answer")
    }

    @Test func everyResponseForbidsOtherScriptsAndCaching() throws {
        let server = try ServedExplorer()
        let page = try server.request("/")
        #expect(page.status == 200)
        #expect(
            page.headers["content-security-policy"]
                == "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' blob:; "
                + "connect-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'")
        #expect(page.headers["x-content-type-options"] == "nosniff")
        #expect(page.headers["cache-control"] == "no-store")
        #expect(page.body.contains("<script src=\"/explorer.js\"></script>"))
    }

    @Test func anEditedGraphIsReadAgainAndABrokenOneKeepsTheLastGoodWorld() throws {
        let folder = try TemporaryFolder()
        let world = folder.url.appendingPathComponent("world.yaml")
        let original = try String(contentsOfFile: Repository.mini, encoding: .utf8)
        try original.write(to: world, atomically: true, encoding: .utf8)
        let server = try ServedExplorer(["--graph", world.path, "--interval", "0.1"])
        #expect(try server.request("/api/world").json["generation"] as? Int == 1)
        try original.replacingOccurrences(
            of: "then: { bearers: [DAL, GRX], duty: consult }", with: "then: { bearers: [DAL, GRX], duty: sanction }"
        ).write(to: world, atomically: true, encoding: .utf8)
        #expect(try waitFor(server) { $0["generation"] as? Int == 2 })
        let answer = try server.request("/api/answer?scenario=eldoria-attacked").body
        #expect(answer.contains("sanction (political)"))
        try "casus: 1\nactors: [".write(to: world, atomically: true, encoding: .utf8)
        #expect(try waitFor(server) { $0["generation"] as? Int == 3 })
        let broken = try server.request("/api/world").json
        #expect((broken["reload_error"] as? String)?.contains("world.yaml:3:1: YAML syntax error") == true)
        #expect(try server.request("/api/answer?scenario=eldoria-attacked").status == 200)
    }

    @Test func listeningBeyondLoopbackIsWarnedOf() throws {
        let server = try ServedExplorer(["--host", "0.0.0.0"])
        #expect(
            server.errors.wait(seconds: 10) {
                $0.contains(
                    "casus: warning: listening on 0.0.0.0, not on loopback: anyone who can reach this machine can "
                        + "read the graph through the explorer")
            })
    }

    @Test func aHostThatIsNoAddressIsAUsageError() throws {
        let run = try CasusProgram.run(["serve", "--host", "nonsense"])
        #expect(run.status == 64)
        #expect(run.stderr == "casus: error: --host: 'nonsense' is not an IPv4 or IPv6 address\n")
    }

    private func waitFor(_ server: ServedExplorer, _ predicate: ([String: Any]) -> Bool) throws -> Bool {
        let deadline = Date().addingTimeInterval(20)
        while Date() < deadline {
            if predicate(try server.request("/api/world").json) { return true }
            usleep(100_000)
        }
        return false
    }
}
