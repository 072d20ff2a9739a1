import ArgumentParser
import CasusKit

struct ExplainCommand: ParsableCommand, AnsweringCommand {
    static let configuration = CommandConfiguration(
        commandName: "explain",
        abstract: "Every chain that obligates ACTOR, and every clause that would have but was blocked or inactive.",
        discussion: """
            TARGET is what is attacked (as for `trigger`), or the id of a named scenario.

            Examples:
              casus explain USA tripwire-east --depth 1
              casus explain DEU ukraine-attacked --depth 0
              casus explain JPN forces:USA@USA-hawaii --by CHN --why-not
            """
    )

    @Argument(help: "The actor to explain.", completion: Completion.ids(.actors))
    var actor: String
    @Argument(
        help: ArgumentHelp(stringLiteral: TargetHelp.placeOrScenario),
        completion: Completion.ids(.targets))
    var target: String
    @OptionGroup var attack: AttackFlags
    @OptionGroup var graph: GraphOption
    @OptionGroup var analysis: AnalysisFlags
    @OptionGroup var output: OutputFlags
    @Flag(
        help: ArgumentHelp(
            "List, for every clause that concerns ACTOR, why it gave nothing (always shown when no chain obligates "
                + "ACTOR).")
    )
    var whyNot = false

    func run() throws {
        try presentAnswer(from: graph, as: output.format.answerFormat, to: output.output)
    }

    func answer(on loaded: Graph, limits: Limits) throws -> any Answer {
        let scenario = limits.capped(analysis.apply(to: try attack.scenario(orTarget: target, in: loaded)), in: loaded)
        let world = loaded.reading(for: scenario)
        // Every chain, not only the best K.
        let explanation = try Analysis.explain(
            actor, in: scenario, on: world, chainsPerActor: limits.chains(analysis.chains, else: .max))
        return ExplanationAnswer(
            explanation: explanation, world: world, output: output, graphLabel: graph.label, whyNot: whyNot)
    }
}
