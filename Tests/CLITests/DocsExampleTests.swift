import CasusTestSupport
import Foundation
import Testing

/// Every command README.md and docs/ show is run, so the examples cannot drift:
/// a fenced block that starts `$ casus …` must print what follows it (a line
/// `…` stands for any number of lines), and every other complete command —
/// in an `sh` block or inline in backticks — must succeed without a word on
/// standard error.
@Suite struct DocsExampleTests {
    /// One command as the docs show it, and the output they show (nil: none shown).
    struct Shown: CustomTestStringConvertible {
        let file: String
        let command: String
        let output: String?
        var testDescription: String { "\(file): \(command)" }
    }

    /// Words that stand for a value in a synopsis: a command holding one is a form, not an example.
    static let placeholders: Set<String> = [
        "ACTOR", "TARGET", "ID", "GRAPH", "SCENARIO", "N", "DIR", "S", "STATE@PLACE", "MEMBERS", "ALLIANCES",
    ]

    static let pages: [String] = {
        let docs = Repository.root.appendingPathComponent("docs")
        let names = (try? FileManager.default.contentsOfDirectory(atPath: docs.path)) ?? []
        return ["README.md"] + names.filter { $0.hasSuffix(".md") }.sorted().map { "docs/\($0)" }
    }()

    static let shown: [Shown] = pages.flatMap { page -> [Shown] in
        guard let text = try? String(contentsOf: Repository.root.appendingPathComponent(page), encoding: .utf8) else {
            return []
        }
        return commands(in: text, page: page)
    }

    static func commands(in text: String, page: String) -> [Shown] {
        var found: [Shown] = []
        var prose = ""
        var block: [String]? = nil
        for line in text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init) {
            if line.hasPrefix("```") {
                if let lines = block {
                    found += fenced(lines, page: page)
                    block = nil
                } else {
                    block = []
                }
                continue
            }
            if block != nil {
                block?.append(line)
            } else {
                prose += line + "\n"
            }
        }
        return found + inline(prose, page: page)
    }

    static func fenced(_ lines: [String], page: String) -> [Shown] {
        if let first = lines.first, first.hasPrefix("$ casus ") {
            return [
                Shown(
                    file: page, command: String(first.dropFirst(2)),
                    output: lines.dropFirst().joined(separator: "\n") + "\n")
            ]
        }
        return lines.filter { $0.hasPrefix("casus ") && isExample($0) }.map {
            Shown(file: page, command: $0, output: nil)
        }
    }

    /// `casus …` in backticks in running text (which may wrap inside the backticks).
    static func inline(_ prose: String, page: String) -> [Shown] {
        prose.split(separator: "`", omittingEmptySubsequences: false).enumerated()
            .filter { $0.offset % 2 == 1 && $0.element.hasPrefix("casus ") }
            .map { $0.element.split(whereSeparator: \.isWhitespace).joined(separator: " ") }
            .filter(isExample)
            .map { Shown(file: page, command: $0, output: nil) }
    }

    /// A complete command: a subcommand and at least one argument, no synopsis
    /// marks, no placeholder, no shell redirection, and not `watch` or `serve` (they run until
    /// stopped; ServeCommandTests and ExplorerBrowserTests run the explorer).
    static func isExample(_ command: String) -> Bool {
        let words = command.split(separator: " ").map(String.init)
        guard words.count >= 3, words[1] != "watch", words[1] != "serve" else { return false }
        return !words.contains { word in
            placeholders.contains(word) || word.contains(where: { "|[]…><".contains($0) })
        }
    }

    /// A folder with a copy of Graphs/ in it: the commands run as in the
    /// repository, but whatever they write lands here.
    static func workspace() throws -> TemporaryFolder {
        let workspace = try TemporaryFolder()
        let dir = workspace.url
        for folder in ["Graphs", "docs"] {
            try FileManager.default.copyItem(
                at: Repository.root.appendingPathComponent(folder), to: dir.appendingPathComponent(folder))
        }
        try FileManager.default.createDirectory(
            at: dir.appendingPathComponent("Output"), withIntermediateDirectories: true)
        return workspace
    }

    @Test func theDocsShowCommands() {
        #expect(Self.shown.filter { $0.output != nil }.count >= 7)
        #expect(Self.shown.filter { $0.output == nil }.count >= 8)
    }

    @Test(arguments: shown)
    func theCommandRunsAsShown(_ example: Shown) throws {
        let workspace = try Self.workspace()
        let dir = workspace.url
        let arguments = example.command.split(separator: " ").dropFirst().map(String.init)
        let r = try CasusProgram.run(
            arguments, in: dir, environment: ["NO_COLOR": "1", "CASUS_GRAPH": "", "COLUMNS": "100"])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stderr == "")
        if let output = example.output {
            #expect(Self.matches(shown: output, actual: r.stdout), "shown:\n\(output)\nactual:\n\(r.stdout)")
        }
    }

    /// Whether `actual` is `shown` with each line `…` standing for any run of lines.
    static func matches(shown: String, actual: String) -> Bool {
        let pattern = shown.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let lines = actual.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        // matched[i][j]: pattern[i...] matches lines[j...].
        var matched = Array(repeating: Array(repeating: false, count: lines.count + 1), count: pattern.count + 1)
        matched[pattern.count][lines.count] = true
        for i in stride(from: pattern.count - 1, through: 0, by: -1) {
            for j in stride(from: lines.count, through: 0, by: -1) {
                if pattern[i] == "…" {
                    matched[i][j] = matched[i + 1][j] || (j < lines.count && matched[i][j + 1])
                } else {
                    matched[i][j] = j < lines.count && pattern[i] == lines[j] && matched[i + 1][j + 1]
                }
            }
        }
        return matched[0][0]
    }

    /// The YAML on the modelling page is the patterns world's, word for word.
    @Test func theModellingPageQuotesThePatternsWorld() throws {
        let page = try String(contentsOf: Repository.root.appendingPathComponent("docs/modelling.md"), encoding: .utf8)
        let world = try String(
            contentsOf: Repository.root.appendingPathComponent("docs/patterns/world.yaml"), encoding: .utf8)
        let blocks = page.components(separatedBy: "```yaml\n").dropFirst().compactMap {
            $0.components(separatedBy: "```").first
        }
        #expect(blocks.count == 14)
        #expect(blocks.filter { !world.contains($0) } == [])
    }

    @Test func anEllipsisStandsForAnyRunOfLinesAndNothingElse() {
        #expect(Self.matches(shown: "a\n…\nd\n", actual: "a\nb\nc\nd\n"))
        #expect(Self.matches(shown: "a\n…\nd\n", actual: "a\nd\n"))
        #expect(!Self.matches(shown: "a\n…\nd\n", actual: "a\nb\nc\n"))
        #expect(!Self.matches(shown: "a\nb\n", actual: "a\nc\n"))
    }
}
