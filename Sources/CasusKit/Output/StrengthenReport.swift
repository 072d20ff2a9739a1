/// `casus strengthen` as text, JSON, CSV and Markdown: the additions ranked,
/// then for each of the top N what changes actor by actor, before → after, with
/// the clause — each resting on what its addition assumes.
package struct StrengthenReport: Sendable {
    package let scenario: AnalysedScenario
    /// Every addition tried, best first.
    package let additions: [Strengthen.Addition]
    /// How many get the actor-by-actor detail (and the chart's bars).
    package let top: Int
    /// Candidates not tried, each with its reason.
    package let notTried: [String]
    /// With `--pairs`: the pairs among the top N that give more together than apart.
    package let synergies: [Strengthen.Synergy]?

    package init(sweep: Strengthen.Sweep, top: Int, synergies: [Strengthen.Synergy]?) {
        self.scenario = sweep.base.scenario
        self.additions = sweep.additions
        self.notTried = sweep.notTried
        self.top = top
        self.synergies = synergies
    }

    /// The additions that give anything, best first, at most `top`.
    package var leaders: [Strengthen.Addition] { Array(additions.filter(\.gains).prefix(top)) }

    static let header = ["#", "ADDITION", "FORCE", "BOUND", "FIRMER", "FASTEST", "RESTS ON"]

    /// `0 → 29 bound to a duty that can engage armed force; 29 newly bound; 31 firmer; fastest within 24 hours`.
    package static func summary(_ a: Strengthen.Addition) -> String {
        var parts = [
            "\(a.forceBefore) → \(a.forceAfter) bound to a duty that can engage armed force",
            "\(a.bound.count) newly bound to any duty", "\(a.firmer.count) firmer",
        ]
        if let c = a.fastestChain, let lower = c.hours {
            parts.append("fastest: \(OutcomeText.windowPhrase(lower: lower, upper: c.hoursMax ?? lower))")
        }
        return parts.joined(separator: "; ")
    }

    func row(_ n: Int, _ a: Strengthen.Addition) -> [String] {
        [
            "\(n)", a.candidate.label, "\(a.forceBefore) → \(a.forceAfter)", "+\(a.bound.count)", "+\(a.firmer.count)",
            OutcomeText.hours(a.fastestChain), a.candidate.restsOn,
        ]
    }

    /// `   ALB, BEL, … (30):`, wrapped at the width between ids.
    static func wrapped(_ ids: [String], count: Int, width: Int?) -> String {
        var lines: [String] = []
        var line = "  "
        for (n, id) in ids.enumerated() {
            let word = " " + id + (n == ids.count - 1 ? " (\(count)):" : ",")
            if let width, line.count + word.count > width, line.count > 2 {
                lines.append(line)
                line = "  "
            }
            line += word
        }
        lines.append(line)
        return lines.joined(separator: "\n") + "\n"
    }

    /// `bound (consult)`, `unaffected`: a row's status and its best duty.
    static func phrase(_ status: Status?, _ chain: Chain?, _ f: OutcomeText) -> String {
        guard let status else { return "unaffected" }
        return status.rawValue + (chain.map { " (\($0.dutyPhrase))" } ?? "")
    }

    package func text(graph: Graph, graphLabel: String? = nil, width: Int? = nil) -> String {
        let f = OutcomeText(graph: graph, graphLabel: graphLabel)
        var out = f.header(scenario)
        out +=
            "Each addition re-runs the analysis on its own, and each gain rests on what its addition assumes.\n"
            + "FORCE: actors bound to a duty that can engage armed force (defend, assist), before → after; "
            + "the means stay each bearer's to choose where the text leaves them so. BOUND: newly bound to any "
            + "duty. FIRMER: statuses made firmer.\n\n"
        let giving = additions.filter(\.gains)
        if giving.isEmpty {
            out += "No single addition of the kinds tried strengthens this guarantee (\(additions.count) tried).\n"
            return out + notTried.map { "Not tried: \($0).\n" }.joined()
        }
        var t = TextTable(header: Self.header)
        for (n, a) in giving.enumerated() { t.add(row(n + 1, a)) }
        out += t.rendered(width: width)
        let nothing = additions.count - giving.count
        if nothing > 0 { out += "\(nothing) other addition\(nothing == 1 ? "" : "s") tried gave nothing.\n" }
        for reason in notTried { out += "Not tried: \(reason).\n" }
        for (n, a) in leaders.enumerated() {
            out += "\n\(n + 1). \(a.candidate.label): \(Self.summary(a))\n   (\(a.candidate.assumption))\n"
            // Rows alike but for the actor are one line: "ALB, BEL, … (30)".
            var rows: [(actors: [String], cells: [String])] = []
            for c in a.changes {
                let cells = [
                    Self.phrase(c.before, c.previous, f) + " → " + Self.phrase(c.after, c.chain, f),
                    c.chain.map { f.hours($0) } ?? "", c.chain.map(f.compact) ?? "",
                ]
                if let n = rows.firstIndex(where: { $0.cells == cells }) {
                    rows[n].actors.append(c.actor)
                } else {
                    rows.append(([c.actor], cells))
                }
            }
            var changes = TextTable()
            for row in rows where row.actors.count == 1 {
                changes.add(["   " + row.actors[0]] + row.cells)
            }
            out += changes.rendered(width: width)
            for row in rows where row.actors.count > 1 {
                var group = TextTable()
                group.add(["      "] + row.cells)
                out += Self.wrapped(row.actors, count: row.actors.count, width: width)
                out += group.rendered(width: width)
            }
        }
        if let synergies {
            out += "\nPairs of a top-\(top) addition with one ranked after it that give more together than apart:\n"
            if synergies.isEmpty { out += "   none\n" }
            for s in synergies {
                out += "   \(s.first.candidate.label) + \(s.second.candidate.label):\n"
                out += "      together: \(Self.summary(s.together))\n"
                out +=
                    "      apart: \(s.first.boundToForce.count) and \(s.second.boundToForce.count) newly bound to a "
                    + "duty that can engage armed force, \(s.first.firmer.count) and \(s.second.firmer.count) "
                    + "firmer\n"
                out += "      (\(s.first.candidate.assumption); \(s.second.candidate.assumption))\n"
            }
        }
        return out
    }

    package func json() -> JSONValue {
        var fields: [(String, JSONValue)] = [
            ("casus", .int(1)),
            ("scenario", scenario.json()),
            ("additions", .array(additions.enumerated().map { n, a in Self.json(a, detailed: n < top) })),
            ("not_tried", .strings(notTried)),
        ]
        if let synergies {
            fields.append(
                (
                    "pairs",
                    .array(
                        synergies.map { s in
                            .object([
                                ("first", Self.candidate(s.first.candidate)),
                                ("second", Self.candidate(s.second.candidate)),
                                ("together", Self.json(s.together, detailed: true)),
                            ])
                        })
                ))
        }
        return .object(fields)
    }

    static func candidate(_ c: Strengthen.Candidate) -> JSONValue {
        .object([
            ("kind", .string(c.kind.rawValue)), ("id", .string(c.id)), ("state", .optional(c.state)),
            ("label", .string(c.label)), ("assumes", .string(c.assumption)),
        ])
    }

    static func json(_ a: Strengthen.Addition, detailed: Bool) -> JSONValue {
        var fields: [(String, JSONValue)] = [
            ("addition", candidate(a.candidate)),
            ("force_before", .int(a.forceBefore)),
            ("force_after", .int(a.forceAfter)),
            ("newly_bound_to_force", .strings(a.boundToForce)),
            ("newly_bound", .strings(a.bound)),
            ("firmer", .strings(a.firmer.map(\.actor))),
            ("fastest_hours", a.fastest.map { .int($0) } ?? .null),
        ]
        if detailed {
            fields.append(
                (
                    "changes",
                    .array(
                        a.changes.map { c in
                            .object([
                                ("actor", .string(c.actor)), ("before", .optional(c.before?.rawValue)),
                                ("after", .optional(c.after?.rawValue)), ("chain", c.chain.map { $0.json() } ?? .null),
                            ])
                        })
                ))
        }
        return .object(fields)
    }

    /// One row per actor change of the top N (so a spreadsheet can quote each),
    /// then one row per other addition that gives anything, without actors.
    package func csv() -> String {
        var rows: [[String]] = [
            [
                "rank", "kind", "id", "state", "assumes", "force_before", "force_after", "newly_bound", "firmer",
                "fastest_hours", "actor", "before", "duty_before", "after", "duty", "chain_instrument", "chain_clause",
            ].map(CSV.field)
        ]
        for (n, a) in additions.filter(\.gains).enumerated() {
            let lead = [
                "\(n + 1)", CSV.field(a.candidate.kind.rawValue), CSV.text(a.candidate.id),
                CSV.text(a.candidate.state ?? ""), CSV.text(a.candidate.assumption), "\(a.forceBefore)",
                "\(a.forceAfter)", "\(a.bound.count)", "\(a.firmer.count)", a.fastest.map { "\($0)" } ?? "",
            ]
            if n >= top {
                rows.append(lead + ["", "", "", "", "", "", ""])
                continue
            }
            for c in a.changes {
                rows.append(
                    lead + [
                        CSV.text(c.actor), CSV.field(c.before?.rawValue ?? ""),
                        CSV.field(c.previous?.dutyPhrase ?? ""), CSV.field(c.after?.rawValue ?? ""),
                        CSV.field(c.chain?.dutyPhrase ?? ""), CSV.text(c.chain?.final?.instrument ?? ""),
                        CSV.text(c.chain?.final?.clause ?? ""),
                    ])
            }
        }
        return CSV.document(rows)
    }

    package func markdown() -> String {
        var out = "| # | Addition | Force | Bound | Firmer | Fastest | Rests on |\n|---:|---|---|---:|---:|---:|---|\n"
        for (n, a) in additions.filter(\.gains).enumerated() {
            out += "| " + row(n + 1, a).map { Markdown.cell($0) }.joined(separator: " | ") + " |\n"
        }
        if !notTried.isEmpty {
            out += "\n" + notTried.map { "- Not tried: \(Markdown.cell($0)).\n" }.joined()
        }
        return out
    }
}
