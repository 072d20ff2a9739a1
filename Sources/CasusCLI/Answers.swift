import CasusKit
import CasusRender

/// One analysis (`trigger`, `scenario`): the table, JSON, CSV or trigger diagram.
struct OutcomeAnswer: Answer {
    let outcome: Outcome
    /// The world on the scenario's day, read once for the analysis and the diagram.
    let world: Graph
    let output: OutputFlags
    let graphLabel: String
    /// The same run with every chain kept, which lets a diagram group alike actors.
    let peers: () throws -> Outcome?

    func text() -> String {
        var text = OutcomeText(graph: world, colour: Presenter.colour, graphLabel: graphLabel)
        text.width = output.width
        text.grouped = !output.wide
        return text.render(outcome)
    }
    func json() -> String { outcome.json().rendered() }
    func csv() -> String { outcome.csv(graph: world) }
    func markdown() -> String? { nil }
    func chart() throws -> Chart? {
        Chart(dot: TriggerDiagram(graph: world, outcome: outcome, legend: !output.noLegend, peers: try peers()).dot())
    }
}

/// `explain`: every chain of one actor, and why-not.
struct ExplanationAnswer: Answer {
    let explanation: Explanation
    let world: Graph
    let output: OutputFlags
    let graphLabel: String
    let whyNot: Bool

    func text() -> String { explanation.text(graph: world, whyNot: whyNot, graphLabel: graphLabel) }
    func json() -> String { explanation.json(graph: world).rendered() }
    func csv() -> String { explanation.focused.csv(graph: world) }
    func markdown() -> String? { nil }
    func chart() throws -> Chart? {
        let e = explanation
        // The scenario's title where it has one, so a diagram out of its report still says which attack.
        let scenario = e.outcome.scenario.title.map { " — \($0)" } ?? ""
        let title =
            "Why \(world.actor(e.actor)?.name ?? e.actor) is \(e.entry?.status.rawValue ?? "unaffected"): every chain"
            + scenario
        let diagram = TriggerDiagram(
            graph: world, outcome: e.focused, title: title, legend: !output.noLegend, everyChain: true)
        return Chart(dot: diagram.dot())
    }
}

/// `compare`: one column per scenario.
struct ComparisonAnswer: Answer {
    let matrix: ComparisonMatrix
    let graphLabel: String

    func text() -> String { "Graph: \(graphLabel)\n\n" + matrix.text() }
    func json() -> String { matrix.json().rendered() }
    func csv() -> String { matrix.csv() }
    func markdown() -> String? { matrix.markdown() }
    func chart() throws -> Chart? { nil }
}

/// `critical`: the removals ranked, or their bar chart.
struct CriticalAnswer: Answer {
    let report: CriticalReport
    let graph: Graph
    let graphLabel: String

    func text() -> String { report.text(graph: graph, graphLabel: graphLabel) }
    func json() -> String { report.json().rendered() }
    func csv() -> String { report.csv() }
    func markdown() -> String? { report.markdown() }
    func chart() throws -> Chart? {
        Chart(dot: CriticalChart(report: report, graph: graph).dot(), layout: CriticalChart.layout)
    }
}

/// `timeline`: the periods, or their strip chart.
struct TimelineAnswer: Answer {
    let timeline: Timeline
    let graph: Graph
    let graphLabel: String
    /// Text tables wrap to this width; nil with --wide.
    let width: Int?

    func text() -> String { timeline.text(graph: graph, graphLabel: graphLabel, width: width) }
    func json() -> String { timeline.json().rendered() }
    func csv() -> String { timeline.csv(graph: graph) }
    func markdown() -> String? { timeline.markdown(graph: graph) }
    func chart() throws -> Chart? { Chart(dot: TimelineChart(timeline: timeline, graph: graph).dot()) }
}

/// `strengthen`: the additions ranked, or their bar chart.
struct StrengthenAnswer: Answer {
    let report: StrengthenReport
    let graph: Graph
    let graphLabel: String
    /// Text tables wrap to this width; nil with --wide.
    let width: Int?

    func text() -> String { report.text(graph: graph, graphLabel: graphLabel, width: width) }
    func json() -> String { report.json().rendered() }
    func csv() -> String { report.csv() }
    func markdown() -> String? { report.markdown() }
    func chart() throws -> Chart? { Chart(dot: StrengthenChart(report: report).dot(), layout: StrengthenChart.layout) }
}
