import CasusKit

/// The visual language of every diagram, in one place: status colours (the
/// Okabe–Ito palette, safe for colour-blind readers), the line style of what a
/// chain rests on, and the look of blocked and inactive clauses. Legends are
/// generated from these same tables.
public enum Style {
    public static let font = "Helvetica"

    /// Fill and text colour per status.
    public static func colours(_ s: Status) -> (fill: String, text: String) {
        switch s {
        case .attacker: return ("#D55E00", "#FFFFFF")
        case .victim: return ("#F0E442", "#000000")
        case .bound: return ("#0072B2", "#FFFFFF")
        case .committed: return ("#56B4E9", "#000000")
        case .contested: return ("#CC79A7", "#000000")
        case .proposed: return ("#E69F00", "#000000")
        case .escalation: return ("#009E73", "#FFFFFF")
        case .blocked: return ("#DDDDDD", "#555555")
        }
    }

    /// What a chain rests on, weakest assumption first in `of(_:)`.
    public enum Basis: String, CaseIterable, Sendable {
        case established, contested, proposal, escalation

        public var legend: String {
            switch self {
            case .established: return "established"
            case .contested: return "contested reading"
            case .proposal: return "unadopted proposal"
            case .escalation: return "hypothetical escalation"
            }
        }

        /// Edge attributes: four visibly different line styles.
        public var edge: [(String, String)] {
            switch self {
            case .established: return [("style", "solid"), ("color", "#222222"), ("penwidth", "1.6")]
            case .contested: return [("style", "dashed"), ("color", "#8E3B74"), ("penwidth", "1.6")]
            case .proposal: return [("style", "dotted"), ("color", "#A66F00"), ("penwidth", "2.2")]
            case .escalation: return [("style", "solid"), ("color", "#006B4F:invis:#006B4F"), ("penwidth", "1.2")]
            }
        }

        /// The basis of a chain: escalation outranks proposal outranks reading.
        public static func of(_ c: Chain) -> Basis {
            if c.depth > 0 { return .escalation }
            if !c.proposals.isEmpty { return .proposal }
            if !c.readings.isEmpty { return .contested }
            return .established
        }
    }

    public static let blockedEdge: [(String, String)] = [("style", "dashed"), ("color", "#AAAAAA"), ("fontcolor", "#888888"), ("arrowhead", "tee")]
    public static let blockedNode: [(String, String)] = [("shape", "box"), ("style", "rounded,dashed,filled"), ("fillcolor", "#F4F4F4"),
                                                          ("color", "#AAAAAA"), ("fontcolor", "#777777")]
    public static let inactiveNode: [(String, String)] = [("shape", "box"), ("style", "dashed,filled"), ("fillcolor", "#EEEEEE"),
                                                           ("color", "#999999"), ("fontcolor", "#777777")]
    public static let clauseNode: [(String, String)] = [("shape", "note"), ("style", "filled"), ("fillcolor", "#FFFFFF"), ("color", "#444444")]
    public static let attackNode: [(String, String)] = [("shape", "octagon"), ("style", "filled"), ("fillcolor", "#D55E00"),
                                                         ("fontcolor", "#FFFFFF"), ("color", "#8A3A00")]
    public static let strikeNode: [(String, String)] = [("shape", "octagon"), ("style", "dashed,filled"), ("fillcolor", "#FBE3D3"),
                                                         ("color", "#D55E00")]

    public static func actorNode(_ s: Status) -> [(String, String)] {
        let c = colours(s)
        return [("shape", "box"), ("style", "rounded,filled"), ("fillcolor", c.fill), ("fontcolor", c.text), ("color", "#333333")]
    }

    /// The legend as a DOT cluster: one swatch per status (stacked in one rank)
    /// and one sample edge per basis, all drawn from the tables above.
    static func legend(into b: inout DOTBuilder, statuses: [Status]) {
        b.open("subgraph \"cluster_legend\"")
        b.line("graph [\(DOT.attributes([("label", "Legend"), ("style", "rounded"), ("color", "#BBBBBB"), ("fontsize", "11")]))];")
        // Statuses: one table of swatches (an HTML-like label; every word in it is ours, not the graph's).
        let cells = statuses.map { s -> String in
            let c = colours(s)
            return "<TD BGCOLOR=\"\(c.fill)\"><FONT COLOR=\"\(c.text)\">\(s.rawValue)</FONT></TD>"
        }.joined()
        b.line("\"legend:statuses\" [shape=plaintext, fontsize=10, label=<<TABLE BORDER=\"0\" CELLBORDER=\"1\" CELLSPACING=\"2\" CELLPADDING=\"4\"><TR>\(cells)</TR></TABLE>>];")
        b.open("")
        b.line("rank=same;")
        for basis in Basis.allCases { b.node("legend:basis:\(basis.rawValue):a", [("shape", "point"), ("width", "0.05")]) }
        b.node("legend:blocked", blockedNode + [("label", "blocked or\ninactive clause"), ("fontsize", "10")])
        b.close()
        b.open("")
        b.line("rank=same;")
        for basis in Basis.allCases { b.node("legend:basis:\(basis.rawValue):b", [("shape", "plaintext"), ("label", basis.legend), ("fontsize", "10")]) }
        b.close()
        for basis in Basis.allCases {
            b.edge("legend:basis:\(basis.rawValue):a", "legend:basis:\(basis.rawValue):b", basis.edge + [("minlen", "1")])
        }
        b.close()
    }
}
