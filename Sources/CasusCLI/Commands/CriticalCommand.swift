import ArgumentParser
import CasusKit
import CasusRender

struct CriticalCommand: ParsableCommand {
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
    enum Format: String, ExpressibleByArgument, CaseIterable { case text, json, csv, md, dot, svg, png, pdf }

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
    var format: Format = .text
    @Option(
        name: [.short, .long], help: ArgumentHelp("Write to this file (default: standard output).", valueName: "file"))
    var output: String?

    func run() throws {
        try guarded {
            let g = try graph.load()
            let base = try g.scenario(target) ?? attack.scenario(on: target, in: g)
            let scenario = analysis.apply(to: base)
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
                scenario, on: g, kinds: kinds, chainsPerActor: analysis.chains ?? Analysis.defaultChainsPerActor)
            switch format {
            case .text: try Output.emit(report.text(graph: g, graphLabel: graph.label), to: output)
            case .json: try Output.emit(report.json().rendered(), to: output)
            case .csv: try Output.emit(report.csv(), to: output)
            case .md: try Output.emit(report.markdown(), to: output)
            case .dot, .svg, .png, .pdf:
                let chart = DiagramFormat(rawValue: format.rawValue) ?? .svg
                let data = try Renderer.shared.render(
                    dot: CriticalChart(report: report).dot(), to: chart, layout: CriticalChart.layout)
                try Output.emit(data, to: output, binary: chart.isBinary)
            }
        }
    }
}
