import CasusKit

/// A timeline as a strip: one cell per period, in order, coloured by status
/// and labelled with the duty and the clause; the days of change underneath.
/// Periods are drawn at one width each (a span since 0001 would swamp the
/// rest); the dates say how long each lasted.
package struct TimelineChart {
    package let timeline: Timeline
    package let graph: Graph

    package init(timeline: Timeline, graph: Graph) {
        self.timeline = timeline
        self.graph = graph
    }

    package func dot() -> String {
        var strip = ""
        var dates = ""
        for p in timeline.periods {
            let colours = p.status.map(Style.colours) ?? (fill: "#FFFFFF", text: "#555555")
            var words = [p.status?.rawValue ?? "unaffected"]
            if let c = p.chain, let final = c.final {
                words.append(c.duty.rawValue)
                words.append("\(graph.instrument(final.instrument)?.short ?? final.instrument) \(final.cite)")
            } else if let note = p.note {
                words.append(note)
            }
            let text = words.map { XML.escape(DOT.wrap($0, width: 22)).replacingOccurrences(of: "\n", with: "<BR/>") }
                .joined(separator: "<BR/>")
            strip +=
                "<TD WIDTH=\"130\" BGCOLOR=\"\(colours.fill)\" BORDER=\"1\" COLOR=\"#333333\" "
                + "TITLE=\"\(XML.escape(words.joined(separator: " · ")))\">"
                + "<FONT COLOR=\"\(colours.text)\">\(text)</FONT></TD>"
            dates +=
                "<TD ALIGN=\"LEFT\"><FONT POINT-SIZE=\"9\">from \(p.from.map(\.description) ?? "the start")</FONT></TD>"
        }
        let summary = timeline.summary(graph: graph)
        var b = DOTBuilder()
        b.line(
            "\"strip\" [shape=plaintext, label=<<TABLE BORDER=\"0\" CELLSPACING=\"0\" "
                + "CELLPADDING=\"6\"><TR>\(strip)</TR><TR>\(dates)</TR></TABLE>>];"
        )
        return b.document(
            name: "timeline",
            graphAttributes: [
                ("label", DOT.wrap(summary, width: 110)), ("labelloc", "t"), ("fontname", Style.font),
                ("fontsize", "13"), ("tooltip", summary),
            ], node: [("fontname", Style.font), ("fontsize", "10")], edge: [])
    }
}
