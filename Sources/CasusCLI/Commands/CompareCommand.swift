import ArgumentParser
import CasusKit

struct CompareCommand: ParsableCommand, AnsweringCommand {
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

    @Argument(help: "Two or more scenario ids.", completion: Completion.ids(.scenarios))
    var ids: [String]
    @OptionGroup var graph: GraphOption
    @OptionGroup var analysis: AnalysisFlags
    @Option(help: "The table's format.")
    var format: TableFormat = .text
    @Option(
        name: [.short, .long], help: ArgumentHelp("Write to this file (default: standard output).", valueName: "file"))
    var output: String?

    func validate() throws {
        if ids.isEmpty { throw ValidationError("name at least one scenario id") }
    }

    func run() throws {
        try presentAnswer(from: graph, as: format.answerFormat, to: output)
    }

    func answer(on world: Graph, limits: Limits) throws -> any Answer {
        let outcomes = try ids.map { id in
            let scenario = limits.capped(analysis.apply(to: try NamedScenario.find(id, in: world)), in: world)
            return (id, try Analysis.run(scenario, on: world, chainsPerActor: limits.chains(analysis.chains)))
        }
        return ComparisonAnswer(matrix: ComparisonMatrix(outcomes: outcomes), graphLabel: graph.label)
    }
}
