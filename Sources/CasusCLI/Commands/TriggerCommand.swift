import ArgumentParser
import CasusKit

struct TriggerCommand: ParsableCommand, AnsweringCommand {
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
        try presentAnswer(from: graph, as: output.format.answerFormat, to: output.output)
    }

    func answer(on world: Graph, limits: Limits) throws -> any Answer {
        let scenario = analysis.apply(to: try attack.scenario(on: target, in: world))
        return try analysis.answer(
            limits.capped(scenario, in: world), on: world, limits: limits, output: output, label: graph.label)
    }
}
