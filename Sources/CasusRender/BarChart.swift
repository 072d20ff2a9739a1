import Foundation

/// A horizontal bar chart drawn by Graphviz like every other picture: per row,
/// a dark bar and a light one after it, a label before and a value after. Nodes
/// are pinned (`neato`, `pos="x,y!"`) so every bar starts at the same edge.
/// `critical` and `strengthen` draw their top ten with it.
struct BarChart {
    struct Bar {
        let label: String
        let dark: Int
        let light: Int
        let darkTooltip: String
        let lightTooltip: String
        let value: String
    }

    let name: String
    let title: String
    let bars: [Bar]
    /// The node ids' prefixes of the dark and the light bars (an SVG's element ids).
    var darkID = "dark"
    var lightID = "light"
    /// The colours of the dark and the light bar.
    var darkColour = "#0072B2"
    var lightColour = "#9ECAE9"

    /// The layout engine that honours pinned positions.
    static let layout = "neato"

    func dot() -> String {
        let widest = max(1, bars.map { $0.dark + $0.light }.max() ?? 1)
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
                ("label", title),
            ])
        for (n, bar) in bars.enumerated() {
            let y = -Double(n) * row
            let dark = barSpace * Double(bar.dark) / Double(widest)
            let light = barSpace * Double(bar.light) / Double(widest)
            b.node(
                "label:\(n)",
                [("shape", "plaintext"), ("style", ""), ("pos", point(left - 110, y)), ("label", bar.label)])
            if dark > 0 {
                b.node(
                    "\(darkID):\(n)",
                    [
                        ("width", inches(dark)), ("pos", point(left + dark / 2, y)), ("fillcolor", darkColour),
                        ("color", darkColour), ("label", ""), ("tooltip", bar.darkTooltip),
                    ])
            }
            if light > 0 {
                b.node(
                    "\(lightID):\(n)",
                    [
                        ("width", inches(light)), ("pos", point(left + dark + light / 2, y)),
                        ("fillcolor", lightColour), ("color", lightColour), ("label", ""),
                        ("tooltip", bar.lightTooltip),
                    ])
            }
            b.node(
                "value:\(n)",
                [
                    ("shape", "plaintext"), ("style", ""), ("pos", point(left + barSpace + 130, y)),
                    ("label", bar.value),
                ])
        }
        return b.document(
            name: name,
            graphAttributes: [("fontname", "Helvetica"), ("bgcolor", "white")],
            node: [
                ("shape", "box"), ("style", "filled"), ("fontname", "Helvetica"), ("fontsize", "10"),
                ("fixedsize", "false"), ("height", "0.25"), ("margin", "0.02"),
            ],
            edge: [])
    }
}
