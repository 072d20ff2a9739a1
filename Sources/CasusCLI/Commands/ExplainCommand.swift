import ArgumentParser
import CasusKit

struct ExplainCommand: ParsableCommand {
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
        try guarded {
            let g = try graph.load()
            // TARGET may name a scenario: ids are unique across the graph, so it cannot be both.
            let base = try g.scenario(target) ?? attack.scenario(on: target, in: g)
            // Every chain, not only the best K.
            let scenario = analysis.apply(to: base)
            let world = g.reading(for: scenario)
            let explanation = try Analysis.explain(
                actor, in: scenario, on: world, chainsPerActor: analysis.chains ?? Int.max)
            try Presenter(graph: world, output: output, graphLabel: graph.label).present(explanation, whyNot: whyNot)
        }
    }
}
