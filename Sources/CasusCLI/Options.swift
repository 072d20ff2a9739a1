import ArgumentParser
import CasusKit
import Foundation

/// `--graph`: a file or directory; by default `Graphs/ukraine-2025`, else the built-in sample.
struct GraphOption: ParsableArguments {
    @Option(
        name: .long,
        help: ArgumentHelp(
            "A graph file or directory (default: $CASUS_GRAPH, else a world in this folder, else "
                + "Graphs/ukraine-2025 here, else the built-in sample world).",
            valueName: "graph"), completion: Completion.graph)
    var graph: String?
    @Flag(help: "Read files that symbolic links inside the graph's folder point to outside it (refused by default).")
    var followSymlinks = false

    func load() throws -> Graph { try GraphSource.load(graph, followSymlinks: followSymlinks) }

    /// How text outputs name the graph read: its path, or the built-in sample.
    var label: String { GraphSource.label(graph) }
}

/// The flags that shape an analysis (docs/cli.md, ANALYSIS FLAGS).
struct AnalysisFlags: ParsableArguments {
    // `.unconditional`, so that `--depth -1` reaches validate() instead of reading as a flag.
    @Option(
        parsing: .unconditional,
        help: "Escalation steps considered (0 = direct obligations only; default: the graph's).")
    var depth: Int?
    @Option(
        help: ArgumentHelp("Take a contested reading as settled (repeatable).", valueName: "reading"),
        completion: Completion.ids(.readings))
    var accept: [String] = []
    @Option(
        help: ArgumentHelp("Rule a contested reading out (repeatable).", valueName: "reading"),
        completion: Completion.ids(.readings))
    var reject: [String] = []
    @Flag(help: "Reject every contested reading not accepted.")
    var strict = false
    @Option(
        help: ArgumentHelp("Treat a proposed or signed instrument as in force (repeatable).", valueName: "proposal"),
        completion: Completion.ids(.proposals))
    var adopt: [String] = []
    @Option(
        help: ArgumentHelp("Remove an actor before the analysis (repeatable).", valueName: "actor"),
        completion: Completion.ids(.actors))
    var without: [String] = []
    @Option(
        help: ArgumentHelp("Put an actor on the attacker's side from the start (repeatable).", valueName: "actor"),
        completion: Completion.ids(.actors))
    var aligned: [String] = []
    @Option(
        help: ArgumentHelp(
            "A state (or group) that chooses to join the victim's side, engaged from the start under no pledge "
                + "(repeatable); every chain through it rests on that choice.",
            valueName: "state"), completion: Completion.ids(.actors))
    var joins: [String] = []
    @Option(
        help: ArgumentHelp(
            "An actor that withholds consent in every consensus or unanimity decision it takes part in (repeatable).",
            valueName: "actor"), completion: Completion.ids(.actors))
    var veto: [String] = []
    @Option(
        help: ArgumentHelp(
            "Count only this duty (repeatable): defend, join-war, assist, aid, supply, sanction, seek-un-action, "
                + "neutral, consult. --duty assist --duty defend asks for duties that can engage armed force in a "
                + "victim's defence (join-war too: an ally's war), whether force is used being, under most clauses, "
                + "the bearer's own decision.",
            valueName: "duty"), completion: Completion.duties)
    var duty: [String] = []
    @Option(
        parsing: .unconditional,
        help: ArgumentHelp(
            "Chains kept per actor (\(Analysis.defaultChainsPerActor) when not given; every chain for explain)."))
    var chains: Int?
    @Option(
        name: .customLong("as-of"),
        help: ArgumentHelp(
            "Read the world as of this day: YYYY, YYYY-MM or YYYY-MM-DD (dated facts decide).",
            valueName: "date"))
    var asOf: String?

    func validate() throws {
        if let asOf, Day(asOf) == nil {
            throw ValidationError("--as-of: found '\(asOf)'; expected a date as YYYY, YYYY-MM or YYYY-MM-DD")
        }
        if let depth, depth < 0 { throw ValidationError("--depth must be 0 or more") }
        if let chains, chains < 1 { throw ValidationError("--chains must be 1 or more") }
        let words = Duty.responseWords
        for d in duty where !words.contains(d) {
            let hint = Suggestion.nearest(to: d, in: words).map { " (did you mean '\($0)'?)" } ?? ""
            throw ValidationError("unknown duty '\(d)'; expected one of \(words.joined(separator: ", "))\(hint)")
        }
    }

    /// Applies the flags over a scenario (a named one, or one built from a target).
    func apply(to s: Scenario) -> Scenario {
        var s = s
        if let depth { s.depth = depth }
        s.accept += accept
        s.reject += reject
        s.strict = s.strict || strict
        s.adopt += adopt
        s.without += without
        s.aligned += aligned
        s.joins += joins
        s.vetoes += veto
        s.duties += duty.compactMap(Duty.init(rawValue:))
        if let day = asOf.flatMap(Day.init) { s.asOf = day }
        return s
    }
}

extension EventKind: ExpressibleByArgument {}

/// `--by`, `--kind` and `--nuclear`, for commands that build an attack from a TARGET.
struct AttackFlags: ParsableArguments {
    @Option(
        help: ArgumentHelp("The attacker (when not given: the graph's default attacker).", valueName: "actor"),
        completion: Completion.ids(.states))
    var by: String?
    @Option(
        help: ArgumentHelp(
            "The event's kind: an incursion, threat or cyber event is below an armed attack.", valueName: "kind"))
    var kind: EventKind = .armedAttack
    @Flag(help: "The attack uses nuclear weapons.")
    var nuclear = false

    /// A one-attack scenario on TARGET (exit 64 with a suggestion when it names nothing).
    /// TARGET as `explain`, `critical` and `timeline` read it: a scenario's id, else
    /// what is attacked (ids are unique across the graph, so it cannot be both).
    func scenario(orTarget target: String, in loaded: Graph) throws -> Scenario {
        try loaded.scenario(target) ?? scenario(on: target, in: loaded)
    }

    func scenario(on target: String, in loaded: Graph) throws -> Scenario {
        Scenario(attacks: [
            Attack(target: try loaded.index.resolveTarget(target).get(), by: by, kind: kind, nuclear: nuclear)
        ])
    }
}

extension AnalysisFlags {
    /// One analysis answered (`trigger`, `scenario`): on the world as of the
    /// scenario's day, read once for the analysis and the diagram.
    func answer(_ scenario: Scenario, on loaded: Graph, limits: Limits, output: OutputFlags, label: String) throws
        -> OutcomeAnswer
    {
        let world = loaded.reading(for: scenario)
        let outcome = try Analysis.run(scenario, on: world, chainsPerActor: limits.chains(chains))
        return OutcomeAnswer(outcome: outcome, world: world, output: output, graphLabel: label) {
            try Analysis.run(scenario, on: world, chainsPerActor: limits.chains(nil, else: .max))
        }
    }
}

/// `--format` of one analysis (`trigger`, `scenario`, `explain`).
enum OutputFormat: String, ExpressibleByArgument, CaseIterable, FormatChoice {
    case text, json, csv, dot, svg, png, pdf
}

/// `--format` of a table that also draws as a chart (`critical`, `timeline`).
enum ChartedTableFormat: String, ExpressibleByArgument, CaseIterable, FormatChoice {
    case text, json, csv, md, dot, svg, png, pdf
}

/// `--format` of a table only (`compare`).
enum TableFormat: String, ExpressibleByArgument, CaseIterable, FormatChoice {
    case text, json, csv, md
}

struct OutputFlags: ParsableArguments {
    @Option(help: "The output: a table, JSON, CSV (one row per actor), or a diagram.")
    var format: OutputFormat = .text
    @Option(
        name: [.short, .long], help: ArgumentHelp("Write to this file (default: standard output).", valueName: "file"),
        completion: .file())
    var output: String?
    @Flag(help: "One line per actor, however wide (text tables otherwise wrap to COLUMNS and join alike rows).")
    var wide = false
    @Flag(name: .customLong("no-legend"), help: "Draw diagrams without the legend row.")
    var noLegend = false

    /// The width text tables wrap to: COLUMNS, else 100; nil with --wide.
    var width: Int? {
        wide ? nil : Self.terminalWidth
    }

    /// COLUMNS (at least 40), else 100.
    static var terminalWidth: Int {
        ProcessInfo.processInfo.environment["COLUMNS"].flatMap(Int.init).map { max(40, $0) } ?? 100
    }
}

/// The help for a TARGET argument: one wording for every command that takes one.
enum TargetHelp {
    static let place =
        "A deployment, a state, a place inside a state, or forces:STATE@PLACE, vessels:STATE@PLACE or "
        + "shipping:FLAG@PLACE."
    static let placeOrScenario =
        "A deployment, a state, a place inside a state, forces:STATE@PLACE, vessels:STATE@PLACE, "
        + "shipping:FLAG@PLACE, or a scenario id."
}
