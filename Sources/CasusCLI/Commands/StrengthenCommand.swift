import ArgumentParser
import CasusKit
import CasusRender

struct StrengthenCommand: ParsableCommand, AnsweringCommand {
    static let configuration = CommandConfiguration(
        commandName: "strengthen",
        abstract: "What would it take: re-run the analysis once per single addition, ranked by what it gives.",
        discussion: """
            TARGET is what is attacked (as for `trigger`), or a scenario's id. Each
            addition is tried on its own: a proposal adopted, a contested reading
            accepted, a veto of the scenario lifted, a proposed force in place where
            the attack falls (and struck by it), the state attacked admitted to an
            instrument of three or more states. Ranked by the actors newly bound to
            a duty that can engage armed force, then newly bound to any duty, then
            statuses made firmer, then the fastest window gained. Every gain rests
            on what its addition assumes.

            Examples:
              casus strengthen ukraine-attacked --top 3
              casus strengthen tripwire-attacked --add accept --add deploy --pairs
              casus strengthen ukraine-attacked --format svg -o strengthen.svg
            """
    )

    enum Add: String, ExpressibleByArgument, CaseIterable { case adopt, accept, veto, deploy, admit, all }

    @Argument(
        help: ArgumentHelp(stringLiteral: TargetHelp.placeOrScenario),
        completion: Completion.ids(.targets))
    var target: String
    @OptionGroup var attack: AttackFlags
    @OptionGroup var graph: GraphOption
    @OptionGroup var analysis: AnalysisFlags
    @Option(help: "What to add, one kind at a time (repeatable; all kinds when not given).")
    var add: [Add] = []
    @Option(parsing: .unconditional, help: "How many additions to detail actor by actor (and chart).")
    var top: Int = 3
    @Flag(
        help: ArgumentHelp(
            "Also pair each of the top additions with every addition ranked after it; show the pairs that give "
                + "more together than apart."))
    var pairs = false
    @Option(help: "A table (text, json, csv, md), or a bar chart of the top additions (dot, svg, png, pdf).")
    var format: ChartedTableFormat = .text
    @Option(
        name: [.short, .long], help: ArgumentHelp("Write to this file (default: standard output).", valueName: "file"))
    var output: String?
    @Flag(help: "One line per row, however wide (text tables otherwise wrap to COLUMNS, 100 when unset).")
    var wide = false

    func validate() throws {
        if top < 1 || top > 20 { throw ValidationError("--top must be between 1 and 20") }
    }

    func run() throws {
        try presentAnswer(from: graph, as: format.answerFormat, to: output)
    }

    func answer(on world: Graph, limits: Limits) throws -> any Answer {
        let scenario = limits.capped(analysis.apply(to: try attack.scenario(orTarget: target, in: world)), in: world)
        // `--add` names the kinds as the library does, and `all`.
        let named = add.compactMap { Strengthen.Kind(rawValue: $0.rawValue) }
        let kinds = add.isEmpty || add.contains(.all) ? Set(Strengthen.Kind.allCases) : Set(named)
        let sweep = try Strengthen.sweep(scenario, on: world, kinds: kinds)
        let synergies =
            pairs ? try Strengthen.synergies(top, of: sweep.additions, scenario, on: world, base: sweep.base) : nil
        let report = StrengthenReport(sweep: sweep, top: top, synergies: synergies)
        return StrengthenAnswer(
            report: report, graph: world.reading(for: scenario), graphLabel: graph.label,
            width: wide ? nil : OutputFlags.terminalWidth)
    }
}
