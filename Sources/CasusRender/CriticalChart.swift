import CasusKit
import Foundation

/// The ten costliest removals as a horizontal bar chart, drawn by Graphviz like
/// every other picture: per removal, a dark bar for the actors it frees of a duty
/// that can engage armed force and a light one for the statuses it weakens. Nodes are pinned
/// (`neato`, `pos="x,y!"`) so every bar starts at the same edge.
package struct CriticalChart {
    package let report: CriticalReport
    /// The layout engine that honours pinned positions.
    package static let layout = "neato"

    package init(report: CriticalReport) { self.report = report }

    package func dot() -> String {
        let top = Array(report.removals.prefix(10))
        let widest = max(1, top.map { $0.disengaged.count + $0.weakened.count }.max() ?? 1)
        let barSpace = 360.0
        let left = 220.0
        let row = 26.0
        var b = DOTBuilder()
        // neato reads `pos` in inches.
        func point(_ x: Double, _ y: Double) -> String { String(format: "%.3f,%.3f!", x / 72, y / 72) }
        func inches(_ points: Double) -> String { String(format: "%.3f", max(0.01, points / 72)) }
        b.node(
            "title",
            [
                ("shape", "plaintext"), ("style", ""), ("fontsize", "13"), ("pos", point(left + barSpace / 2, row)),
                ("label", "Whose absence matters most: the ten costliest removals"),
            ])
        for (n, r) in top.enumerated() {
            let y = -Double(n) * row
            let dark = barSpace * Double(r.disengaged.count) / Double(widest)
            let light = barSpace * Double(r.weakened.count) / Double(widest)
            b.node(
                "label:\(n)",
                [
                    ("shape", "plaintext"), ("style", ""), ("pos", point(left - 110, y)),
                    ("label", "\(r.id) (\(r.kind.rawValue))"),
                ])
            if dark > 0 {
                b.node(
                    "disengaged:\(n)",
                    [
                        ("width", inches(dark)), ("pos", point(left + dark / 2, y)), ("fillcolor", "#0072B2"),
                        ("color", "#0072B2"), ("label", ""),
                        (
                            "tooltip",
                            "no longer under a duty that can engage armed force: "
                                + r.disengaged.joined(separator: ", ")
                        ),
                    ])
            }
            if light > 0 {
                b.node(
                    "weakened:\(n)",
                    [
                        ("width", inches(light)), ("pos", point(left + dark + light / 2, y)), ("fillcolor", "#9ECAE9"),
                        ("color", "#9ECAE9"), ("label", ""),
                        ("tooltip", "weaker: " + r.weakened.map(\.actor).joined(separator: ", ")),
                    ])
            }
            b.node(
                "value:\(n)",
                [
                    ("shape", "plaintext"), ("style", ""), ("pos", point(left + barSpace + 130, y)),
                    (
                        "label",
                        "\(r.disengaged.count) no longer under a duty that can engage armed force · "
                            + "\(r.weakened.count) weaker"
                    ),
                ])
        }
        return b.document(
            name: "critical",
            graphAttributes: [("fontname", "Helvetica"), ("bgcolor", "white")],
            node: [
                ("shape", "box"), ("style", "filled"), ("fontname", "Helvetica"), ("fontsize", "10"),
                ("fixedsize", "false"), ("height", "0.25"), ("margin", "0.02"),
            ],
            edge: [])
    }
}
