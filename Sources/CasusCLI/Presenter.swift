import CasusKit
import CasusRender
import Foundation

/// Prints or writes an analysis result in the format asked for.
struct Presenter {
    let graph: Graph
    let output: OutputFlags
    /// Which graph was read, for the text header.
    var graphLabel: String?

    /// `peers` (the same run with every chain kept) lets a diagram group alike actors.
    func present(_ outcome: Outcome, peers: () throws -> Outcome? = { nil }) throws {
        switch output.format {
        case .text:
            var text = OutcomeText(graph: graph, colour: colour, graphLabel: graphLabel)
            text.width = output.width
            try Output.emit(text.render(outcome), to: output.output)
        case .json: try Output.emit(outcome.json().rendered(), to: output.output)
        case .csv: try Output.emit(outcome.csv(graph: graph), to: output.output)
        default:
            try diagram(
                TriggerDiagram(graph: graph, outcome: outcome, legend: !output.noLegend, peers: try peers()).dot())
        }
    }

    func present(_ e: Explanation, whyNot: Bool = false) throws {
        switch output.format {
        case .text: try Output.emit(e.text(graph: graph, whyNot: whyNot, graphLabel: graphLabel), to: output.output)
        case .json: try Output.emit(e.json(graph: graph).rendered(), to: output.output)
        case .csv: try Output.emit(e.focused.csv(graph: graph), to: output.output)
        default:
            let title =
                "Why \(graph.actor(e.actor)?.name ?? e.actor) is \(e.entry?.status.rawValue ?? "unaffected"): every "
                + "chain"
            try diagram(
                TriggerDiagram(
                    graph: graph, outcome: e.focused, title: title, legend: !output.noLegend, everyChain: true
                ).dot())
        }
    }

    func diagram(_ dot: String) throws {
        guard let format = DiagramFormat(rawValue: output.format.rawValue) else { return }
        let data = try Renderer.shared.render(dot: dot, to: format)
        try Output.emit(data, to: output.output, binary: format.isBinary)
    }

    var colour: ((Status, String) -> String)? {
        guard Output.useColour else { return nil }
        return { status, text in
            let code: String
            switch status {
            case .attacker: code = "31"
            case .victim: code = "33"
            case .bound: code = "34;1"
            case .committed: code = "36"
            case .contested: code = "35"
            case .proposed: code = "33;2"
            case .escalation: code = "32"
            case .blocked: code = "90"
            case .permitted: code = "3"
            }
            return "\u{1B}[\(code)m\(text)\u{1B}[0m"
        }
    }
}
