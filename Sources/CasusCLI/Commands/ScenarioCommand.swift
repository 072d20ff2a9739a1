import ArgumentParser
import CasusKit

struct ScenarioCommand: ParsableCommand {
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
        try guarded {
            let g = try graph.load()
            let named = try NamedScenario.find(id, in: g)
            let scenario = analysis.apply(to: named)
            // The world on the scenario's day, read once for the analysis and the diagram.
            let world = g.reading(for: scenario)
            let outcome = try Analysis.run(
                scenario, on: world, chainsPerActor: analysis.chains ?? Analysis.defaultChainsPerActor)
            try Presenter(graph: world, output: output, graphLabel: graph.label).present(outcome) {
                try Analysis.run(scenario, on: world, chainsPerActor: .max)
            }
        }
    }
}

enum NamedScenario {
    static func find(_ id: String, in g: Graph) throws -> Scenario {
        guard let s = g.scenario(id) else {
            throw UnknownName(
                message: "unknown scenario '\(id)'",
                suggestion: Suggestion.nearest(to: id, in: g.scenarios.compactMap(\.id)))
        }
        return s
    }
}
