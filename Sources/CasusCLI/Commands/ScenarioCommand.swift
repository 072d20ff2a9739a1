import ArgumentParser
import CasusKit

struct ScenarioCommand: ParsableCommand, AnsweringCommand {
    static let configuration = CommandConfiguration(
        commandName: "scenario",
        abstract: "Run a named scenario of the graph; flags override its fields.",
        discussion: """
            Examples:
              casus scenario tripwire-attacked
              casus scenario tripwire-attacked --depth 0 --format json
              casus scenario ukraine-attacked --duty assist --duty defend
            """
    )

    @Argument(help: "A scenario id (see: casus list scenarios).", completion: Completion.ids(.scenarios))
    var id: String
    @OptionGroup var graph: GraphOption
    @OptionGroup var analysis: AnalysisFlags
    @OptionGroup var output: OutputFlags

    func run() throws {
        try presentAnswer(from: graph, as: output.format.answerFormat, to: output.output)
    }

    func answer(on world: Graph, limits: Limits) throws -> any Answer {
        let scenario = analysis.apply(to: try NamedScenario.find(id, in: world))
        return try analysis.answer(
            limits.capped(scenario, in: world), on: world, limits: limits, output: output, label: graph.label)
    }
}

enum NamedScenario {
    static func find(_ id: String, in world: Graph) throws -> Scenario {
        guard let s = world.scenario(id) else {
            throw UnknownName(
                message: "unknown scenario '\(id)'",
                suggestion: Suggestion.nearest(to: id, in: world.scenarios.compactMap(\.id)))
        }
        return s
    }
}
