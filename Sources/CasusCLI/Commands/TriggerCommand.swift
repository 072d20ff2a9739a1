import ArgumentParser
import CasusKit

struct TriggerCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "trigger",
        abstract: "Who becomes obligated if TARGET is attacked, and through which chain of clauses.",
        discussion: """
            TARGET is a deployment, a state (its territory), a place inside a state,
            forces:STATE@PLACE or vessels:STATE@PLACE.

            Examples:
              casus trigger tripwire-east --depth 0
              casus trigger tripwire-east --duty assist --accept art6-forces-in-ukraine
              casus trigger forces:GBR@black-sea --format json
              casus trigger POL --kind incursion --depth 0
            """
    )

    @Argument(
        help: ArgumentHelp(stringLiteral: TargetHelp.place),
        completion: Completion.ids(.targets))
    var target: String
    @OptionGroup var attack: AttackFlags
    @OptionGroup var graph: GraphOption
    @OptionGroup var analysis: AnalysisFlags
    @OptionGroup var output: OutputFlags

    func run() throws {
        try guarded {
            let g = try graph.load()
            let scenario = analysis.apply(to: try attack.scenario(on: target, in: g))
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
