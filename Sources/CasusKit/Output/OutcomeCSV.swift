/// `trigger`/`scenario --format csv`: one row per actor with its status and
/// best chain, for a spreadsheet. Hours are numbers (0 for `immediately`),
/// empty when no window is stated; graph text is neutralised (`CSV.text`).
extension Outcome {
    package static let csvHeader = [
        "id", "name", "status", "duty", "force", "hours", "hours_max", "chain_hours", "chain_hours_max",
        "depth", "assumptions", "best_chain",
    ]

    package func csv(graph: Graph) -> String {
        let text = OutcomeText(graph: graph)
        var rows = [Self.csvHeader]
        for a in actors {
            let best = a.chains.first
            func number(_ n: Int?) -> String { n.map(String.init) ?? "" }
            var assumptions: [String] = []
            if let best {
                assumptions += best.readings.map { "reading \($0)" }
                assumptions += best.proposals.map { "proposal \($0)" }
                assumptions += best.choices.map { "\($0) joins by choice" }
                if best.depth > 0 { assumptions.append("escalation depth \(best.depth)") }
            }
            rows.append([
                CSV.text(a.id), CSV.text(a.name), a.status.rawValue, best?.duty.rawValue ?? "",
                best?.force.rawValue ?? "",
                number(best?.hours), number(best?.hoursMax), number(best?.chainHours), number(best?.chainHoursMax),
                number(best?.depth), CSV.text(assumptions.joined(separator: "; ")),
                CSV.text(best.map(text.compact) ?? ""),
            ])
        }
        return CSV.document(rows)
    }
}
