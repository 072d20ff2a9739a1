import ArgumentParser
import CasusKit
import CasusRender

struct ReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "Run every scenario and write the diagrams, their JSON and one report into a folder.",
        discussion: """
        Writes world.svg, ID.svg and ID.json for each scenario, and report.md (or report.html
        beside it with --format html). Every file is written atomically.

        Example:
          casus report --output Output
        """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable { case md, html }

    @OptionGroup var graph: GraphOption
    @Option(help: ArgumentHelp("The folder to write into (default: Output).", valueName: "dir"))
    var output: String = "Output"
    @Option(help: "md or html.")
    var format: Format = .md

    func run() throws {
        try guarded {
            let g = try graph.load()
            let written = try ReportWriter(graph: g, folder: output).write(html: format == .html)
            for f in written { print(f) }
        }
    }
}
