import CasusKit
import Foundation

/// The ten costliest removals as bars: per removal, a dark bar for the actors it
/// frees of a duty that can engage armed force and a light one for the statuses it weakens.
package struct CriticalChart {
    package let report: CriticalReport
    /// The world, for names: a bar reads "United States (actor)", not "USA (actor)".
    package let graph: Graph?
    /// The layout engine that honours pinned positions.
    package static let layout = BarChart.layout

    package init(report: CriticalReport, graph: Graph? = nil) {
        self.report = report
        self.graph = graph
    }

    /// An actor's name, an instrument's short title, a reading's id.
    func name(_ r: Critical.Removal) -> String {
        switch r.kind {
        case .actor: return graph?.actor(r.id)?.name ?? r.id
        case .instrument: return graph?.instrument(r.id)?.short ?? r.id
        case .reading: return r.id
        }
    }

    package func dot() -> String {
        let bars = report.removals.prefix(10).map { r in
            BarChart.Bar(
                label: "\(name(r)) (\(r.kind.rawValue))", dark: r.disengaged.count, light: r.weakened.count,
                darkTooltip: "no longer under a duty that can engage armed force: "
                    + r.disengaged.joined(separator: ", "),
                lightTooltip: "weaker: " + r.weakened.map(\.actor).joined(separator: ", "),
                value: "\(r.disengaged.count) no longer under a duty that can engage armed force · "
                    + "\(r.weakened.count) weaker")
        }
        var chart = BarChart(
            name: "critical",
            title: "Whose absence matters most: the ten costliest removals — "
                + (report.scenario.title ?? report.scenario.id ?? "the attack"),
            bars: Array(bars))
        chart.darkID = "disengaged"
        chart.lightID = "weakened"
        return chart.dot()
    }
}
