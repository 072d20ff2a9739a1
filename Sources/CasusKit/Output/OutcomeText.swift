/// The text form of an outcome (cli.md): one line per actor with status, duty,
/// force, its own response window and its best chain in compact form, then the
/// blocked, inactive and breached clauses.
package struct OutcomeText {
    package let graph: Graph
    /// Wraps a status word in a colour; identity when colour is off.
    package var colour: (Status, String) -> String = { $1 }
    /// Which graph was read (a path, or "built-in sample world"): the header's first line.
    package var graphLabel: String?
    /// The terminal's width: tables wrap their last column to fit; nil for one line per row.
    package var width: Int?

    package init(graph: Graph, colour: ((Status, String) -> String)? = nil, graphLabel: String? = nil) {
        self.graph = graph
        self.graphLabel = graphLabel
        if let colour { self.colour = colour }
    }

    package func render(_ o: Outcome) -> String {
        var out = header(o.scenario)
        var table = TextTable(header: ["ACTOR", "STATUS", "DUTY", "HOURS", "CHAIN"])
        for a in o.actors {
            let best = a.chains.first
            table.add([a.id, a.status.rawValue, best.map { "\($0.duty.rawValue) (\($0.force.rawValue))" } ?? "",
                       best.map { hours($0) } ?? "", best.map { compact($0) } ?? (a.status == .blocked ? blockedNote(a.id, o) : "")])
        }
        out += table.rendered(width: width) { row, column, cell in
            guard row > 0, column == 1 else { return cell }
            let status = o.actors[row - 1].status
            return cell.replacingOccurrences(of: status.rawValue, with: colour(status, status.rawValue))
        }.trimmingTrailingNewline()
        out += blockedAndInactive(o)
        out += "\nUnaffected states: \(o.unaffected)\n"
        return out
    }

    package func header(_ s: AnalysedScenario) -> String {
        var lines: [String] = []
        if let graphLabel { lines.append("Graph: \(graphLabel)") }
        if let title = s.title { lines.append("Scenario: \(title)\(s.id.map { " (\($0))" } ?? "")") }
        else if let id = s.id { lines.append("Scenario: \(id)") }
        let attacks = s.attacks.map { a in
            let kind = a.kind == .armedAttack ? "" : " (\(a.kind.rawValue))"
            return "\(a.target) by \(a.by)\(kind)\(a.nuclear ? " (nuclear)" : "")"
        }.joined(separator: "; ")
        lines.append("Attack: \(attacks) · depth \(s.depth)")
        if let day = s.asOf { lines.append("As of: \(day)") }
        var assumptions: [String] = []
        if !s.accept.isEmpty { assumptions.append("accept \(s.accept.joined(separator: ", "))") }
        if !s.reject.isEmpty { assumptions.append("reject \(s.reject.joined(separator: ", "))") }
        if !s.adopt.isEmpty { assumptions.append("adopt \(s.adopt.joined(separator: ", "))") }
        if !s.without.isEmpty { assumptions.append("without \(s.without.joined(separator: ", "))") }
        if !s.aligned.isEmpty { assumptions.append("aligned \(s.aligned.joined(separator: ", "))") }
        if !s.vetoes.isEmpty { assumptions.append("vetoes by \(s.vetoes.joined(separator: ", "))") }
        if !s.duties.isEmpty { assumptions.append("duties \(s.duties.map(\.rawValue).joined(separator: ", "))") }
        if !assumptions.isEmpty { lines.append("Assuming: " + assumptions.joined(separator: "; ")) }
        return lines.joined(separator: "\n") + "\n\n"
    }

    /// The final obligation's own window: `24`, `12-72`, `immediately`, or `-` when none is stated.
    package func hours(_ c: Chain) -> String {
        guard let lo = c.hours else { return "-" }
        return Self.window(lower: lo, upper: c.hoursMax ?? lo)
    }

    /// `within 24 h`, `within 12-72 h`, or `immediately`.
    package static func windowPhrase(lower: Int, upper: Int) -> String {
        let w = window(lower: lower, upper: upper)
        return w == "immediately" ? w : "within \(w) h"
    }

    /// `24`, `12-72`, or `immediately` for 0 hours.
    package static func window(lower: Int, upper: Int) -> String {
        if lower == 0 && upper == 0 { return "immediately" }
        if lower == upper { return "\(lower)" }
        return "\(lower)-\(upper)"
    }

    /// `GBR forces at UKR-east ← NAT Art. 5 [reading art6-forces-in-ukraine]`
    package func compact(_ c: Chain) -> String {
        var parts: [String] = []
        for step in c.steps {
            switch step {
            case .attack(let a):
                // A strike follows the engagement it escalates: say so, or the two events read as one.
                parts.append(parts.isEmpty ? a.summary : "→ " + a.summary)
            case .clause(let s):
                let short = graph.instrument(s.instrument)?.short ?? s.instrument
                var text = "← \(short) \(s.cite)"
                if let r = s.reading { text += " [reading \(r)]" }
                if let p = graph.instrument(s.instrument), p.status.isUnadopted, c.proposals.contains(s.instrument) { text += " [proposal]" }
                if s.bearer != "" && step != c.steps.last { text += " (\(s.bearer) → \(s.owedTo))" }
                parts.append(text)
            }
        }
        return parts.joined(separator: " ")
    }

    /// Why a `blocked` actor is: the blocks of settled law that name it (not those
    /// of an unadopted proposal or under a contested reading), each once.
    func blockedNote(_ id: String, _ o: Outcome) -> String {
        var reasons: [String] = []
        for b in o.blocked where b.bearers.contains(id) && b.reading == nil && !b.proposal {
            let reason = "\(b.instrument)/\(b.clause): \(reasonText(b))"
            if !reasons.contains(reason) {
                reasons.append(reason)
            }
        }
        return reasons.isEmpty ? "" : "blocked: " + reasons.joined(separator: "; ")
    }

    package func reasonText(_ b: BlockedClause) -> String {
        switch b.reason {
        case .veto: return "veto held by \(b.by.joined(separator: ", "))"
        case .bearerIsAdversary: return "bearer is the adversary"
        case .provoked: return "the victim's side started the hostilities (provoked)"
        }
    }

    /// `UKR territory at UKR-east (depth 0)`; strikes alike but for the striker as
    /// `if ALB or BEL strikes RUS territory`, or `if any of 37 states strikes …`.
    package static func eventText(_ e: (event: BlockedEvent, attackers: [String])) -> String {
        let summary = e.event.event.summary
        guard e.event.event.hypothetical, e.attackers.count > 1 else {
            return "\(summary) (depth \(e.event.depth))"
        }
        let strikers = e.attackers.count > 3 ? "any of \(e.attackers.count) states"
            : e.attackers.dropLast().joined(separator: ", ") + " or " + (e.attackers.last ?? "")
        let rest = summary.dropFirst("if \(e.event.event.by) ".count)
        return "if \(strikers) \(rest) (depth \(e.event.depth))"
    }

    func blockedAndInactive(_ o: Outcome) -> String {
        var out = ""
        if !o.blocked.isEmpty {
            out += "\n\nBlocked:\n"
            var t = TextTable()
            for b in o.blocked {
                var reason = b.reason.rawValue + (b.by.isEmpty ? "" : " (\(b.by.joined(separator: ", ")))")
                if b.proposal { reason += " [proposal]" }
                if let r = b.reading { reason += " [reading \(r)]" }
                // The clause's id cites it; `explain` gives the wording. Three columns keep narrow terminals readable.
                // Which event was blocked: the attack itself, or a hypothetical strike (the last column wraps).
                let at = b.eventsByStriker.map(Self.eventText).joined(separator: "; ")
                t.add(["  \(b.instrument)/\(b.clause)", reason, "bearers: " + b.bearers.joined(separator: ", ") + "; at " + at])
            }
            out += t.rendered(width: width).trimmingTrailingNewline()
        }
        if !o.inactive.isEmpty {
            out += "\n\nInactive:\n"
            var t = TextTable()
            for i in o.inactive {
                t.add(["  \(i.instrument)/\(i.clause)", i.status.rawValue + (i.violatedBy.isEmpty ? "" : " by \(i.violatedBy.joined(separator: ", "))"),
                       "bearers: " + i.bearers.joined(separator: ", ")])
            }
            out += t.rendered(width: width).trimmingTrailingNewline()
        }
        if !o.breached.isEmpty {
            out += "\n\nBreached:\n"
            var t = TextTable()
            for b in o.breached {
                t.add(["  \(b.instrument)/\(b.clause)", "\(b.by) towards \(b.towards)"])
            }
            out += t.rendered(width: width).trimmingTrailingNewline()
        }
        return out + "\n"
    }
}

extension String {
    func trimmingTrailingNewline() -> String { hasSuffix("\n") ? String(dropLast()) : self }
}
