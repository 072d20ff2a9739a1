import ArgumentParser
import CasusIO
import CasusKit
import CasusRender
import Foundation

struct ImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Write a Casus world from another data set.",
        subcommands: [ImportATOPCommand.self]
    )
}

struct ImportATOPCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "atop",
        abstract: "The ATOP alliance data set (member and alliance level) as a Casus world.",
        discussion: """
            Reads ATOP's member-level and alliance-level CSV files (4.01 or 5.1) and, with --states,
            the Correlates of War state list (or Gleditsch and Ward's, ksgmdw.txt) for names and dates,
            and writes a world of several YAML
            files into DIR (replaced as a whole; a failed import leaves the previous one). The mapping
            and what it loses: docs/atop.md. A bad file is a located error (exit 65).

            Example:
              casus import atop atop5_1m.csv atop5_1a.csv --states states2016.csv -o Graphs/atop
              casus trigger AUH --by RUS --as-of 1914-07-30 --depth 0 --graph Graphs/atop
            """
    )

    @Argument(help: "ATOP's member-level file (one row per member and phase).", completion: .file(extensions: ["csv"]))
    var members: String
    @Argument(help: "ATOP's alliance-level file (one row per alliance).", completion: .file(extensions: ["csv"]))
    var alliances: String
    @Option(
        help: ArgumentHelp(
            "The COW state list (CSV: stateabb, ccode, statenme, spells), or Gleditsch and Ward's (ksgmdw.txt, "
                + "tab-separated); without it states are C<code>.",
            valueName: "file"),
        completion: .file(extensions: ["csv", "txt"]))
    var states: String?
    @Option(name: [.short, .long], help: ArgumentHelp("The folder to write the world into.", valueName: "dir"))
    var output: String

    func run() throws {
        try guarded {
            func text(_ path: String) throws -> (name: String, text: String) {
                (path, try InputFile.text(at: path))
            }
            // Gleditsch and Ward's list is Latin-1 (Côte d'Ivoire, São Tomé): read as such when it is not UTF-8.
            let stateList = try states.map { path in (path, try InputFile.text(at: path, latin1WhenNotUTF8: true)) }
            let imported = try ATOPImport.run(
                members: text(members), alliances: text(alliances), states: stateList)
            for w in imported.warnings {
                Console.err("casus: warning: \(w)\n")
            }
            let written = try OutputFolder(path: output).replace(
                with: imported.files.map { ($0.name, Data($0.text.utf8)) })
            try Console.out(written.map { $0 + "\n" }.joined())
            Console.err(
                "casus: imported \(imported.alliances) alliances and \(imported.states) states into \(output)\n")
        }
    }
}
