import ArgumentParser
import CasusKit

struct CompareCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "compare",
        abstract: "One row per actor, one column per scenario, the status in each; rows that differ first.",
        discussion: """
            Examples:
              casus compare ukraine-attacked tripwire-attacked italy-adopted
              casus compare enforcement-attacked reassurance-attacked --format csv
              casus compare tripwire-attacked art6-broad-reading --duty assist

            Analysis flags apply to every column.
            """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable { case text, json, csv, md }

    @Argument(help: "Two or more scenario ids.", completion: Completion.ids(.scenarios))
    var ids: [String]
    @OptionGroup var graph: GraphOption
    @OptionGroup var analysis: AnalysisFlags
    @Option(help: "The table's format.")
    var format: Format = .text
    @Option(
        name: [.short, .long], help: ArgumentHelp("Write to this file (default: standard output).", valueName: "file"))
    var output: String?

    func validate() throws {
        if ids.isEmpty { throw ValidationError("name at least one scenario id") }
    }

    func run() throws {
        try guarded {
            let g = try graph.load()
            let outcomes = try ids.map { id in
                let scenario = analysis.apply(to: try NamedScenario.find(id, in: g))
                return (
                    id,
                    try Analysis.run(scenario, on: g, chainsPerActor: analysis.chains ?? Analysis.defaultChainsPerActor)
                )
            }
            let matrix = ComparisonMatrix(outcomes: outcomes)
            let text: String
            switch format {
            case .text: text = "Graph: \(graph.label)\n\n" + matrix.text()
            case .json: text = matrix.json().rendered()
            case .csv: text = matrix.csv()
            case .md: text = matrix.markdown()
            }
            try Output.emit(text, to: output)
        }
    }
}
