import CasusKit

/// The trigger diagram: the attack on the left, then the victims, the clauses
/// met and the obligated actors; blocked, inactive and breached clauses hang
/// off the event they answer; a title on top and a one-row legend below.
///
/// Every line and the node it ends at tell the same thing: an actor is drawn
/// once per status *of the obligation on that path* (the USA engaged under a
/// contested reading is a `contested` node there, even when its own row is
/// `bound` to consult), and a line takes the status of the chain so far.
/// Actors whose best chains differ only in the bearer are drawn as one node.
public struct TriggerDiagram {
    /// The world.
    public let graph: Graph
    /// The outcome drawn.
    public let outcome: Outcome
    /// A title replacing the scenario's.
    public let title: String?
    /// Whether the legend row is drawn (`--no-legend` drops it).
    public let showsLegend: Bool
    /// Whether every chain of an actor is drawn, each ending at the actor in
    /// that chain's status (an explanation), or only its best.
    public let everyChain: Bool
    /// The same analysis with every chain kept (`chainsPerActor: .max`): who else holds
    /// an intermediate bearer's chain, so a picture never singles out one of several
    /// actors in the same position. Without it only the outcome's own chains are searched.
    public let peers: Outcome?

    /// A diagram of `outcome`; `legend: false` drops the legend row, `everyChain: true` draws every chain.
    public init(
        graph: Graph, outcome: Outcome, title: String? = nil, legend: Bool = true, everyChain: Bool = false,
        peers: Outcome? = nil
    ) {
        self.graph = graph
        self.outcome = outcome
        self.peers = peers
        self.title = title
        self.showsLegend = legend
        self.everyChain = everyChain
    }

    /// The diagram as DOT text, for `Renderer.render(dot:to:layout:)`.
    public func dot() -> String { render().dot }

    /// The DOT text and, with an `idPrefix`, each actor's path through the
    /// diagram as SVG element ids (what the HTML report highlights).
    public func render(idPrefix: String? = nil) -> (dot: String, paths: [String: [String]]) {
        var drawing = TriggerDrawing(graph: graph, outcome: outcome)
        drawing.peers = peers ?? outcome
        drawing.b.idPrefix = idPrefix
        drawing.everyChain = everyChain
        if showsLegend {
            drawing.b.open("subgraph \"cluster_diagram\"")
        }
        drawing.drawAttacks()
        drawing.drawChains()
        drawing.drawClauses()
        drawing.drawBlocked()
        drawing.drawInactive()
        drawing.drawBreached()
        if showsLegend {
            drawing.closeWithLegend()
        }
        let heading = self.heading()
        var tooltip = heading
        if let note = outcome.scenario.id.flatMap({ graph.scenario($0) })?.note {
            tooltip += "\nNote: " + note
        }
        let dot = drawing.b.document(
            name: "casus",
            graphAttributes: [
                ("label", heading), ("labelloc", "t"), ("fontname", Style.font), ("fontsize", "16"), ("rankdir", "LR"),
                ("nodesep", "0.25"), ("ranksep", "0.6"), ("newrank", "true"), ("tooltip", tooltip),
            ], node: [("fontname", Style.font), ("fontsize", "11")],
            edge: [("fontname", Style.font), ("fontsize", "9")])
        return (dot, idPrefix == nil ? [:] : drawing.paths())
    }

    /// The title, then one line of every assumption the scenario makes, in names.
    func heading() -> String {
        let s = outcome.scenario
        let names = NameBook(graph: graph)
        var t =
            title ?? s.title
            ?? s.attacks.map { "\(names.actor($0.by)) attacks \(names.target($0.target))" }.joined(separator: "; ")
        if let id = s.id, title == nil {
            t += " (\(id))"
        }
        var assumptions = ["depth \(s.depth)"]
        if !s.accept.isEmpty { assumptions.append("accepting " + s.accept.joined(separator: ", ")) }
        if !s.reject.isEmpty { assumptions.append("rejecting " + s.reject.joined(separator: ", ")) }
        if !s.adopt.isEmpty { assumptions.append("adopting " + s.adopt.map(names.instrument).joined(separator: ", ")) }
        if !s.without.isEmpty { assumptions.append("without " + s.without.map(names.actor).joined(separator: ", ")) }
        if !s.aligned.isEmpty { assumptions.append("aligned: " + s.aligned.map(names.actor).joined(separator: ", ")) }
        if !s.joins.isEmpty {
            assumptions.append("joins by choice: " + s.joins.map(names.actor).joined(separator: ", "))
        }
        if !s.vetoes.isEmpty { assumptions.append("vetoes by " + s.vetoes.map(names.actor).joined(separator: ", ")) }
        let kinds = Set(s.attacks.map(\.kind)).subtracting([.armedAttack]).map(\.rawValue).sorted()
        if !kinds.isEmpty { assumptions.append("event: " + kinds.joined(separator: ", ")) }
        if s.attacks.contains(where: \.nuclear) { assumptions.append("nuclear") }
        if !s.duties.isEmpty { assumptions.append("duties " + s.duties.map(\.rawValue).joined(separator: ", ")) }
        if let day = s.asOf { assumptions.append("as of \(day)") }
        return DOT.wrap(t, width: 90) + "\n" + DOT.wrap(assumptions.joined(separator: " · "), width: 110)
    }
}
