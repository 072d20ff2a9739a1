import ArgumentParser
import CasusKit
import CasusRender

struct CriticalCommand: ParsableCommand, AnsweringCommand {
    static let configuration = CommandConfiguration(
        commandName: "critical",
        abstract:
            "Whose absence matters most: re-run the analysis once per removed actor, lapsed instrument or rejected "
            + "reading.",
        discussion: """
            TARGET is what is attacked (as for `trigger`), or the id of a named scenario. Removals are
            ranked by what they cost the defenders: how many actors stop being bound or committed to
            defend or assist, then how many statuses get weaker.

            Examples:
              casus critical tripwire-attacked --duty assist --duty defend
              casus critical UKR --remove instruments --format md
              casus critical tripwire-attacked --format svg -o critical.svg
            """
    )

    enum Remove: String, ExpressibleByArgument, CaseIterable { case actors, instruments, readings, all }

    @Argument(
        help: ArgumentHelp(stringLiteral: TargetHelp.placeOrScenario),
        completion: Completion.ids(.targets))
    var target: String
    @OptionGroup var attack: AttackFlags
    @OptionGroup var graph: GraphOption
    @OptionGroup var analysis: AnalysisFlags
    @Option(help: "What to remove, one kind at a time (repeatable; all kinds when not given).")
    var remove: [Remove] = []
    @Option(help: "A table (text, json, csv, md), or a bar chart of the ten costliest (dot, svg, png, pdf).")
    var format: ChartedTableFormat = .text
    @Option(
        name: [.short, .long], help: ArgumentHelp("Write to this file (default: standard output).", valueName: "file"))
    var output: String?

    func run() throws {
        try presentAnswer(from: graph, as: format.answerFormat, to: output)
    }

    func answer(on world: Graph, limits: Limits) throws -> any Answer {
        let scenario = limits.capped(analysis.apply(to: try attack.scenario(orTarget: target, in: world)), in: world)
        var kinds = Set<Critical.Kind>()
        for r in remove.isEmpty ? [.all] : remove {
            switch r {
            case .actors: kinds.insert(.actor)
            case .instruments: kinds.insert(.instrument)
            case .readings: kinds.insert(.reading)
            case .all: kinds.formUnion(Critical.Kind.allCases)
            }
        }
        let report = try Critical.report(
            scenario, on: world, kinds: kinds, chainsPerActor: limits.chains(analysis.chains))
        return CriticalAnswer(report: report, graph: world, graphLabel: graph.label)
    }
}
