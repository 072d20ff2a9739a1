import ArgumentParser
import CasusKit
import CasusRender

struct TimelineCommand: ParsableCommand, AnsweringCommand {
    static let configuration = CommandConfiguration(
        commandName: "timeline",
        abstract: "ACTOR's status and best chain towards TARGET across time, period by period.",
        discussion: """
            TARGET is what is attacked (as for `trigger`), or the id of a named scenario. The analysis
            runs as of the start and as of every day on which a dated fact that can reach the actor's
            chains starts or stops holding (a membership, a party, an instrument's signature, entry into
            force or end, a breach); periods that read the same are merged.

            Examples:
              casus timeline DEU FIN --by RUS --duty assist --duty aid --depth 0
              casus timeline USA UKR --from 1994 --format md
              casus timeline DEU FIN --by RUS --format svg -o deu-fin.svg
            """
    )

    @Argument(help: "The actor whose status is followed.", completion: Completion.ids(.actors))
    var actor: String
    @Argument(help: ArgumentHelp(stringLiteral: TargetHelp.placeOrScenario), completion: Completion.ids(.targets))
    var target: String
    @OptionGroup var attack: AttackFlags
    @OptionGroup var graph: GraphOption
    @OptionGroup var analysis: AnalysisFlags
    @Option(help: ArgumentHelp("The first day to analyse (default: before every dated fact).", valueName: "date"))
    var from: String?
    @Option(help: ArgumentHelp("The first day not to analyse (default: open).", valueName: "date"))
    var to: String?
    @Option(help: "A table (text, json, csv, md), or a strip chart (dot, svg, png, pdf).")
    var format: ChartedTableFormat = .text
    @Option(
        name: [.short, .long], help: ArgumentHelp("Write to this file (default: standard output).", valueName: "file"))
    var output: String?
    @Flag(help: "One line per period, however wide (text tables otherwise wrap to COLUMNS, 100 when unset).")
    var wide = false

    func validate() throws {
        if analysis.asOf != nil {
            throw ValidationError("timeline analyses many days; use --from and --to instead of --as-of")
        }
        for (flag, value) in [("--from", from), ("--to", to)] {
            if let value, Day(value) == nil {
                throw ValidationError("\(flag): found '\(value)'; expected a date as YYYY, YYYY-MM or YYYY-MM-DD")
            }
        }
        if let from = from.flatMap(Day.init), let to = to.flatMap(Day.init), to <= from {
            throw ValidationError("--to (\(to)) must come after --from (\(from))")
        }
    }

    func run() throws {
        try presentAnswer(from: graph, as: format.answerFormat, to: output)
    }

    func answer(on world: Graph, limits: Limits) throws -> any Answer {
        var scenario = limits.capped(analysis.apply(to: try attack.scenario(orTarget: target, in: world)), in: world)
        scenario.asOf = nil
        let timeline = try Timeline.run(
            actor, scenario, on: world, from: from.flatMap(Day.init), to: to.flatMap(Day.init),
            chainsPerActor: limits.chains(analysis.chains))
        return TimelineAnswer(
            timeline: timeline, graph: world, graphLabel: graph.label, width: wide ? nil : OutputFlags.terminalWidth)
    }
}
