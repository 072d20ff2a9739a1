import CasusKit
import Foundation

/// The top additions as bars: per addition, a dark bar for the actors it newly
/// binds to a duty that can engage armed force and a light one for the other
/// statuses it makes firmer; the label names what the addition assumes.
package struct StrengthenChart {
    package let report: StrengthenReport
    /// The layout engine that honours pinned positions.
    package static let layout = BarChart.layout

    package init(report: StrengthenReport) { self.report = report }

    package func dot() -> String {
        let bars = report.leaders.map { a in
            let others = a.firmer.filter { !a.boundToForce.contains($0.actor) }
            return BarChart.Bar(
                label: a.candidate.label, dark: a.boundToForce.count, light: others.count,
                darkTooltip: "newly bound to a duty that can engage armed force: "
                    + a.boundToForce.joined(separator: ", ") + " (\(a.candidate.assumption))",
                lightTooltip: "firmer: " + others.map(\.actor).joined(separator: ", ")
                    + " (\(a.candidate.assumption))",
                value: "\(a.boundToForce.count) newly bound to a duty that can engage armed force · "
                    + "\(a.firmer.count) firmer")
        }
        let scenario = report.scenario.title ?? report.scenario.id ?? "the attack"
        return BarChart(
            name: "strengthen", title: "What would strengthen the guarantee most: \(scenario)", bars: bars
        ).dot()
    }
}
