/// `casus timeline` as text, JSON, CSV and Markdown: one row per period, and a
/// one-line summary of the changes ("DEU towards FIN: unaffected → aid …").
extension Timeline {
    /// `…` for an open end, else the day.
    static func day(_ d: Day?) -> String { d.map(\.description) ?? "…" }

    func words(_ p: Period) -> (status: String, duty: String) {
        let status = p.status?.rawValue ?? "unaffected"
        guard let c = p.chain else { return (status, "") }
        return (status, "\(c.duty.rawValue) (\(c.force.rawValue))")
    }

    /// `unaffected → bound aid under TEU Art. 42(7) from 2009-12-01 → …`
    package func summary(graph: Graph) -> String {
        let target = scenario.attacks.map(\.target).joined(separator: "; ")
        let steps = periods.map { p -> String in
            var s = p.status?.rawValue ?? "unaffected"
            if let c = p.chain, let final = c.final {
                s +=
                    " \(c.duty.rawValue) under \(graph.instrument(final.instrument)?.short ?? final.instrument) "
                    + "\(final.cite)"
                // "towards POL" names the attack; an offense pledge's duty is owed to the attacker.
                if final.offense { s += " (owed to \(final.owedTo))" }
            }
            if let from = p.from { s += " from \(from)" }
            return s
        }
        return "\(actor) towards \(target): " + steps.joined(separator: " → ")
    }

    package func text(graph: Graph, graphLabel: String? = nil, width: Int? = nil) -> String {
        var out = OutcomeText(graph: graph, graphLabel: graphLabel).header(scenario)
        out += summary(graph: graph) + "\n"
        out +=
            "Analysed as of \(analysedDays) day\(analysedDays == 1 ? "" : "s"): the start and every day a dated fact "
            + "that can reach these chains changes. "
        out += "A period runs from FROM up to, not including, TO (… is open).\n\n"
        var t = TextTable(header: ["FROM", "TO", "STATUS", "DUTY", "CHAIN"])
        let f = OutcomeText(graph: graph)
        for p in periods {
            let w = words(p)
            t.add([Self.day(p.from), Self.day(p.to), w.status, w.duty, p.chain.map(f.compact) ?? (p.note ?? "")])
        }
        return out + t.rendered(width: width)
    }

    package func json() -> JSONValue {
        .object([
            ("casus", .int(1)),
            ("actor", .string(actor)),
            ("scenario", scenario.json()),
            ("analysed_days", .int(analysedDays)),
            (
                "periods",
                .array(
                    periods.map { p in
                        .object([
                            ("from", .optional(p.from?.description)),
                            ("to", .optional(p.to?.description)),
                            ("status", .string(p.status?.rawValue ?? "unaffected")),
                            ("chain", p.chain.map { $0.json() } ?? .null),
                            ("note", .optional(p.note)),
                        ])
                    })
            ),
        ])
    }

    package func csv(graph: Graph) -> String {
        let f = OutcomeText(graph: graph)
        var rows = [["from", "to", "status", "duty", "force", "instrument", "clause", "chain"].map(CSV.field)]
        for p in periods {
            let c = p.chain
            rows.append([
                CSV.field(p.from?.description ?? ""), CSV.field(p.to?.description ?? ""),
                CSV.field(p.status?.rawValue ?? "unaffected"), CSV.field(c?.duty.rawValue ?? ""),
                CSV.field(c?.force.rawValue ?? ""), CSV.text(c?.final?.instrument ?? ""),
                CSV.text(c?.final?.clause ?? ""), CSV.text(c.map(f.compact) ?? (p.note ?? "")),
            ])
        }
        return CSV.document(rows)
    }

    package func markdown(graph: Graph) -> String {
        let f = OutcomeText(graph: graph)
        var out =
            Markdown.cell(summary(graph: graph))
            + "\n\n| From | To (not included) | Status | Duty | Chain |\n|---|---|---|---|---|\n"
        for p in periods {
            let w = words(p)
            let chain = p.chain.map(f.compact) ?? (p.note ?? "")
            out += "| \(Self.day(p.from)) | \(Self.day(p.to)) | \(w.status) | \(w.duty) | \(Markdown.cell(chain)) |\n"
        }
        return out
    }
}
