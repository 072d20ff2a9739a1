import ArgumentParser
import CasusIO
import CasusKit
import CasusRender
import Dispatch

struct ReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "Run every scenario and write the diagrams, their JSON and one report into a folder.",
        discussion: """
            Writes world.svg, ID.svg and ID.json for each scenario, and report.md (or report.html
            beside it with --format html; with --format pdf, report.pdf as well: headless Chromium's
            print of report.html, one scenario per page — Chromium must be installed, or named by
            CASUS_CHROMIUM; without it the command exits 69). The folder is replaced as a whole: an interrupted or
            failed report leaves the previous one intact, and files a report did not write stay.

            Example:
              casus report --output Output
            """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable { case md, html, pdf }

    @OptionGroup var graph: GraphOption
    @Option(name: [.short, .long], help: ArgumentHelp("The folder to write into.", valueName: "dir"))
    var output: String = "Output"
    @Option(
        help: "md; html as well (one self-contained page); or pdf as well (that page printed by headless Chromium).")
    var format: Format = .md
    @Flag(name: .customLong("no-legend"), help: "Draw the trigger diagrams without the legend row.")
    var noLegend = false

    func run() throws {
        try guarded {
            let world = try graph.load()
            let target = OutputFolder(path: output)
            let handlers = Interruption.cleanUp { target.abandon() }
            defer { handlers.cancel() }
            let written: [String]
            do {
                written = try ReportWriter(graph: world, folder: output, legend: !noLegend).write(
                    html: format == .html, pdf: format == .pdf, into: target)
            } catch {
                // An interruption makes the writer fail: end as the signal would, not with its error.
                Interruption.endAsSignalled()
                throw error
            }
            try Console.out(written.map { $0 + "\n" }.joined())
        }
    }
}
