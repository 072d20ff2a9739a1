/// `casus critical` as text, JSON, CSV and Markdown: one row per removal,
/// costliest first, with who no longer owes a duty that can engage armed force and whose status weakens.
package struct CriticalReport: Sendable {
    package let scenario: AnalysedScenario
    package let removals: [Critical.Removal]

    package init(scenario: AnalysedScenario, removals: [Critical.Removal]) {
        self.scenario = scenario
        self.removals = removals
    }

    static let header = [
        "REMOVED", "KIND", "DISENGAGED", "WEAKENED", "NO LONGER UNDER A DUTY THAT CAN ENGAGE ARMED FORCE",
    ]

    func row(_ r: Critical.Removal) -> [String] {
        [r.id, r.kind.rawValue, "\(r.disengaged.count)", "\(r.weakened.count)", r.disengaged.joined(separator: ", ")]
    }

    package func text(graph: Graph, graphLabel: String? = nil) -> String {
        var out = OutcomeText(graph: graph, graphLabel: graphLabel).header(scenario)
        out +=
            "Each removal re-runs the analysis: an actor as --without, an instrument as if lapsed, a reading as "
            + "rejected.\n"
        out +=
            "DISENGAGED: actors bound or committed to defend or assist before and not after; WEAKENED: statuses that "
            + "get weaker.\n\n"
        var t = TextTable(header: Self.header)
        for r in removals { t.add(row(r)) }
        return out + t.rendered()
    }

    package func json() -> JSONValue {
        .object([
            ("casus", .int(1)),
            ("scenario", scenario.json()),
            (
                "removals",
                .array(
                    removals.map { r in
                        .object([
                            ("kind", .string(r.kind.rawValue)),
                            ("id", .string(r.id)),
                            ("disengaged", .strings(r.disengaged)),
                            (
                                "weakened",
                                .array(
                                    r.weakened.map { w in
                                        .object([
                                            ("actor", .string(w.actor)), ("before", .optional(w.before?.rawValue)),
                                            ("after", .optional(w.after?.rawValue)),
                                        ])
                                    })
                            ),
                        ])
                    })
            ),
        ])
    }

    package func csv() -> String {
        CSV.document(
            [Self.header.map { CSV.field($0.lowercased()) }]
                + removals.map { r in
                    [
                        CSV.text(r.id), CSV.field(r.kind.rawValue), "\(r.disengaged.count)", "\(r.weakened.count)",
                        CSV.text(r.disengaged.joined(separator: " ")),
                    ]
                })
    }

    package func markdown() -> String {
        var out =
            "| Removed | Kind | Disengaged | Weakened | No longer under a duty that can engage armed force "
            + "|\n|---|---|---:|---:|---|\n"
        for r in removals {
            out +=
                "| \(r.id) | \(r.kind.rawValue) | \(r.disengaged.count) | \(r.weakened.count) | "
                + "\(r.disengaged.joined(separator: ", ")) |\n"
        }
        return out
    }
}
