import CasusIO
import CasusKit
import CasusTestSupport
import Foundation
import Testing

/// What every command shares: exit statuses, help, the graph named, errors that start the same way.
@Suite struct CommandLineTests {
    @Test func versionIsTheChangelogsNewestVersion() throws {
        let changelog = try String(
            contentsOf: Repository.root.appendingPathComponent("CHANGELOG.md"), encoding: .utf8)
        let newest = try #require(changelog.split(separator: "\n").first { $0.hasPrefix("## ") })
        let number = try #require(newest.dropFirst(3).split(separator: " ").first)
        let r = try CasusProgram.run(["--version"])
        #expect(r.status == 0)
        #expect(r.stdout == "\(number)\n")
    }

    @Test func everyCommandHasHelpWithAnExample() throws {
        for command in ["validate", "list", "trigger", "explain", "scenario", "compare", "render", "report"] {
            let r = try CasusProgram.run([command, "--help"])
            #expect(r.status == 0, "\(command)")
            #expect(r.stdout.contains("Example"), "\(command) --help has no example")
            #expect(r.stdout.contains("casus \(command)") || r.stdout.contains("casus "), "\(command)")
        }
    }

    @Test func aMistypedSubcommandGetsASuggestion() throws {
        let r = try CasusProgram.run(["triger", "UKR"])
        #expect(r.status == 64)
        #expect(
            r.stderr.hasPrefix(
                "casus: error: 2 unexpected arguments: 'triger', 'UKR' (did you mean 'casus trigger'?)\n"))
    }

    @Test func anInstrumentTakesAn() {
        let yaml =
            baseWorldForCLI + "  - { id: O, name: O, kind: organization, members: [p] }\n"
            + "instruments: [ { id: p, title: T, form: treaty, status: in-force, force: binding, parties: [A], "
            + "clauses: [] } ]\n"
        #expect(
            errors(yaml) == [
                "t.yaml:5:53: actors[2].members[0]: 'p' is an instrument; expected a state or organization"
            ])
    }

    @Test(arguments: [
        ["trigger", "UKR", "--duty", "asist"], ["scenario", "nope"], ["trigger", "nowhere"],
        ["render", "--layout", "x"],
    ])
    func everyErrorStartsTheSameWay(arguments: [String]) throws {
        let r = try CasusProgram.run(arguments)
        #expect(r.status == 64)
        #expect(r.stderr.hasPrefix("casus: error: "))
    }
}

/// The graph is always named: an answer about the wrong world must not pass unnoticed.
@Suite struct GraphNamingTests {
    @Test func theHeaderNamesTheGraphRead() throws {
        let r = try CasusProgram.run(
            ["trigger", "ELD", "--graph", Repository.mini, "--depth", "0"], environment: ["NO_COLOR": "1"])
        #expect(r.stdout.hasPrefix("Graph: \(Repository.mini)\nAttack: ELD by GRX · depth 0\n"))
    }

    @Test func casusGraphSetsTheDefault() throws {
        let r = try CasusProgram.run(
            ["trigger", "ELD", "--depth", "0"], environment: ["NO_COLOR": "1", "CASUS_GRAPH": Repository.mini])
        #expect(r.status == 0)
        #expect(r.stdout.hasPrefix("Graph: \(Repository.mini)\n"))
    }

    @Test func theBuiltInSampleIsAnnounced() throws {
        let folder = try TemporaryFolder()
        let dir = folder.url
        let r = try CasusProgram.run(
            ["trigger", "ROU", "--depth", "0"], in: dir, environment: ["NO_COLOR": "1", "CASUS_GRAPH": ""])
        #expect(r.status == 0)
        #expect(r.stdout.hasPrefix("Graph: built-in sample world\n"))
        #expect(
            r.stderr
                == "casus: note: no --graph, no CASUS_GRAPH, no world in this folder and no Graphs/ukraine-2025 "
                + "here; reading the built-in sample world\n"
        )
    }

    /// A world in the current folder is the default graph (issue 29, bug c): `validate`
    /// there checks it, not the built-in sample.
    @Test(arguments: ["world.yaml", "pacts.yml"])
    func aWorldInTheCurrentFolderIsTheDefault(_ name: String) throws {
        let folder = try TemporaryFolder()
        try folder.write(
            "casus: 1\nactors: [ { id: A, name: A, kind: state }, { id: B, name: B, kind: state } ]\n", to: name)
        try folder.write("# notes, not a world\nitems: [1, 2]\n", to: "other.txt")
        let r = try CasusProgram.run(["validate"], in: folder.url, environment: ["CASUS_GRAPH": ""])
        #expect(r.status == 0)
        #expect(r.stdout.hasPrefix(".: ok — 2 actors (2 states, 0 organizations)"))
        #expect(r.stderr == "")
    }

    @Test func yamlWithoutCasusIsNoWorldOfTheFolder() throws {
        let folder = try TemporaryFolder()
        try folder.write("items: [1, 2]\n", to: "ci.yaml")
        let r = try CasusProgram.run(["list", "scenarios"], in: folder.url, environment: ["CASUS_GRAPH": ""])
        #expect(r.status == 0)
        #expect(r.stdout.hasPrefix("Graph: built-in sample world\n"))
    }
}

/// `--help` reads well at 80 columns: every example on one line, no default said twice.
@Suite struct HelpTests {
    @Test(arguments: [
        "validate", "list", "trigger", "explain", "scenario", "compare", "critical", "export", "render", "report",
        "schema", "watch", "strengthen", "timeline",
    ])
    func examplesAreSingleLinesAndDefaultsAppearOnce(command: String) throws {
        let r = try CasusProgram.run([command, "--help"], environment: ["COLUMNS": "80"])
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

/// Shell completion: the scripts name every custom completion, and casus answers
/// them with the ids of the graph in use.
@Suite struct CompletionTests {
    @Test(arguments: ["bash", "zsh", "fish"])
    func theScriptsAskCasusForIds(shell: String) throws {
        let r = try CasusProgram.run(["--generate-completion-script", shell])
        #expect(r.status == 0)
        #expect(r.stdout.contains("---completion trigger -- --by"))
        #expect(r.stdout.contains("---completion scenario -- positional@0"))
    }

    @Test func attackersAreTheStatesOfTheGraphOnTheLine() throws {
        let r = try CasusProgram.run([
            "---completion", "trigger", "--", "--by", "6", "0", "casus", "trigger", "ELD", "--graph", Repository.mini,
            "--by", "",
        ])
        #expect(r.stdout.split(separator: "\n").map(String.init) == ["ARC", "BOR", "CAL", "DAL", "ELD", "FEN", "GRX"])
    }

    @Test func scenariosAndReadingsComeFromTheGraph() throws {
        let scenarios = try CasusProgram.run([
            "---completion", "scenario", "--", "positional@0", "4", "0", "casus", "scenario", "--graph",
            Repository.mini, "",
        ])
        #expect(scenarios.stdout.split(separator: "\n").first == "mission-attacked")
        let readings = try CasusProgram.run([
            "---completion", "trigger", "--", "--accept", "6", "0", "casus", "trigger", "ELD", "--graph",
            Repository.mini,
            "--accept", "",
        ])
        #expect(readings.stdout == "forces-in-eldoria\n")
    }
}
