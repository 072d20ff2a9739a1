import CasusKit

/// The visual language of every diagram, in one place: status colours (the
/// Okabe–Ito palette, safe for colour-blind readers), the line style of what a
/// chain rests on, and the look of blocked and inactive clauses. Legends are
/// generated from these same tables.
package enum Style {
    package static let font = "Helvetica"

    /// Fill and text colour per status.
    package static func colours(_ s: Status) -> (fill: String, text: String) {
        switch s {
        case .attacker: return ("#D55E00", "#FFFFFF")
        case .victim: return ("#F0E442", "#000000")
        // On the victim's side by choice, not by attack: the victim's yellow, paler.
        case .joined: return ("#FAF3B4", "#000000")
        case .bound: return ("#0072B2", "#FFFFFF")
        case .committed: return ("#56B4E9", "#000000")
        case .contested: return ("#CC79A7", "#000000")
        case .proposed: return ("#E69F00", "#000000")
        case .escalation: return ("#009E73", "#FFFFFF")
        case .blocked: return ("#DDDDDD", "#555555")
        // A right, not a duty: white with a dark outline (drawn dotted), apart from every obligation.
        case .permitted: return ("#FFFFFF", "#000000")
        }
    }

    /// What a chain rests on, weakest assumption first in `of(_:)`.
    package enum Basis: String, CaseIterable, Sendable {
        case established, contested, proposal, escalation, choice

        package var legend: String {
            switch self {
            case .established: return "established"
            case .contested: return "contested reading"
            case .proposal: return "unadopted proposal"
            case .escalation: return "hypothetical escalation"
            case .choice: return "a state's choice to join (no pledge)"
            }
        }

        /// Edge attributes: four visibly different line styles.
        package var edge: [(String, String)] {
            switch self {
            case .established: return [("style", "solid"), ("color", "#222222"), ("penwidth", "1.6")]
            case .contested: return [("style", "dashed"), ("color", "#8E3B74"), ("penwidth", "1.6")]
            case .proposal: return [("style", "dotted"), ("color", "#A66F00"), ("penwidth", "2.2")]
            case .escalation: return [("style", "solid"), ("color", "#006B4F:invis:#006B4F"), ("penwidth", "1.2")]
            case .choice:
                return [("style", "dashed"), ("color", "#7A6A00"), ("penwidth", "2.2"), ("arrowhead", "empty")]
            }
        }

        /// The line of an obligation of this status: the same weakest-assumption
        /// rule as the status itself, so a line and the node it ends at always agree.
        package static func of(_ s: Status) -> Basis {
            switch s {
            case .proposed: return .proposal
            case .contested: return .contested
            case .escalation: return .escalation
            default: return .established
            }
        }
    }

    package static let blockedEdge: [(String, String)] = [
        ("style", "dashed"), ("color", "#AAAAAA"), ("fontcolor", "#888888"), ("arrowhead", "tee"),
    ]
    package static let blockedNode: [(String, String)] = [
        ("shape", "box"), ("style", "rounded,dashed,filled"), ("fillcolor", "#F4F4F4"),
        ("color", "#AAAAAA"), ("fontcolor", "#777777"),
    ]
    package static let inactiveNode: [(String, String)] = [
        ("shape", "box"), ("style", "dashed,filled"), ("fillcolor", "#EEEEEE"),
        ("color", "#999999"), ("fontcolor", "#777777"),
    ]
    package static let clauseNode: [(String, String)] = [
        ("shape", "note"), ("style", "filled"), ("fillcolor", "#FFFFFF"), ("color", "#444444"),
    ]
    package static let attackNode: [(String, String)] = [
        ("shape", "octagon"), ("style", "filled"), ("fillcolor", "#D55E00"),
        ("fontcolor", "#FFFFFF"), ("color", "#8A3A00"),
    ]
    /// A standing undertaking the attack breaks: the attacker's colour, outlined.
    package static let breachedNode: [(String, String)] = [
        ("shape", "box"), ("style", "dashed,filled"), ("fillcolor", "#FBE3D3"),
        ("color", "#D55E00"), ("fontcolor", "#8A3A00"),
    ]
    package static let breachedEdge: [(String, String)] = [
        ("style", "dashed"), ("color", "#D55E00"), ("fontcolor", "#8A3A00"), ("arrowhead", "tee"),
    ]
    /// An event below an armed attack (incursion, threat, cyber): outlined, not filled.
    package static let lesserEventNode: [(String, String)] = [
        ("shape", "octagon"), ("style", "dashed,filled"), ("fillcolor", "#FFFFFF"),
        ("color", "#D55E00"), ("fontcolor", "#8A3A00"),
    ]
    package static let strikeNode: [(String, String)] = [
        ("shape", "octagon"), ("style", "dashed,filled"), ("fillcolor", "#FBE3D3"),
        ("color", "#D55E00"),
    ]

    /// A state's box; an organization bearing an obligation as one actor
    /// (a collective bearer) is drawn as a folder in the same colours.
    package static func actorNode(_ s: Status, collective: Bool = false) -> [(String, String)] {
        let c = colours(s)
        // A permission is drawn apart from every obligation: a dotted outline on white.
        let line = s == .permitted ? ",dotted" : ""
        var attrs = [
            ("shape", collective ? "folder" : "box"), ("style", (collective ? "filled" : "rounded,filled") + line),
            ("fillcolor", c.fill), ("fontcolor", c.text), ("color", "#333333"),
        ]
        if s == .permitted { attrs.append(("penwidth", "2")) }
        return attrs
    }
}
