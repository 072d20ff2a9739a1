/// The text form of an outcome (docs/cli.md): one line per actor with status, duty,
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
    /// Alike rows as one line (`30 states … NATO members but FRA, GBR: …`); off with `--wide`, which lists every actor.
    package var grouped = true

    package init(graph: Graph, colour: ((Status, String) -> String)? = nil, graphLabel: String? = nil) {
        self.graph = graph
        self.graphLabel = graphLabel
        if let colour { self.colour = colour }
    }

    package func render(_ o: Outcome) -> String {
        var out = header(o.scenario)
        var table = TextTable(header: ["ACTOR", "STATUS", "DUTY", "HOURS", "CHAIN"])
        let rows = rows(o)
        for row in rows {
            table.add(row.cells)
        }
        out += table.rendered(width: width) { row, column, cell in
            guard row > 0, column == 1 else { return cell }
            let status = rows[row - 1].status
            return cell.replacingOccurrences(of: status.rawValue, with: colour(status, status.rawValue))
        }.trimmingTrailingNewline()
        out += blockedAndInactive(o)
        out += "\nUnaffected states: \(o.unaffected)\n"
        return out
    }

    /// One line of the actors' table: its cells as printed, its status and the chain it shows.
    package struct Row {
        /// What the line stands for.
        package enum Kind: Equatable {
            /// One actor's row.
            case actor
            /// The duty a victim (or an attacker) itself bears (owed to another victim, or a right):
            /// shown under its own row, never as if owed to it.
            case victimsOwn
            /// Alike rows of these actors (same status, duty, window and chain), as one line.
            case grouped([String])
            /// The holders of one `bearers: any` permission, as one line.
            case everyState([String])
        }

        /// ACTOR, STATUS, DUTY, HOURS, CHAIN.
        package let cells: [String]
        /// The actor's status; for a victim's own duty, that chain's.
        package let status: Status
        /// The actor's id (the victim's, for its own duty); nil for a line of several actors.
        package let actor: String?
        /// The best chain, whose clause and means the line cites.
        package let chain: Chain?
        package var kind: Kind = .actor

        /// Every actor the line stands for.
        package var actors: [String] {
            switch kind {
            case .grouped(let ids), .everyState(let ids): return ids
            case .actor, .victimsOwn: return actor.map { [$0] } ?? []
            }
        }
    }

    /// Alike rows of at least this many actors are one line (unless `grouped` is off).
    static let groupThreshold = 3

    /// The actors' table, row by row, as `render` prints it (the explorer shows the same cells).
    package func rows(_ o: Outcome) -> [Row] {
        var rows: [Row] = []
        let everyState = everyStatePermissions(o)
        var shownEveryState = Set<String>()
        for a in o.actors {
            let best = a.chains.first
            // An `any` permission is one line, not a row per state.
            if a.status == .permitted, let best, let key = everyStateKey(best), let holders = everyState[key] {
                guard shownEveryState.insert(key).inserted else { continue }
                let cells = [
                    "\(holders.count) others", a.status.rawValue, duty(best), hours(best),
                    "every other state (\(holders.count)) may \(best.duty.rawValue) \(best.final?.owedTo ?? ""): "
                        + compact(best),
                ]
                rows.append(Row(cells: cells, status: a.status, actor: nil, chain: best, kind: .everyState(holders)))
                continue
            }
            // A victim's, an attacker's or a joined state's chains are duties it bears itself: under its row,
            // said to be its own.
            if a.status.standsInTheWar, let best {
                rows.append(
                    Row(
                        cells: [a.id, a.status.rawValue, "", "", Self.joinedPhrase(a.status)], status: a.status,
                        actor: a.id, chain: nil))
                let own = best.status(through: best.steps.count - 1)
                let cells = [
                    "", best.isPermission ? "own right" : "own duty", duty(best), hours(best), compact(best),
                ]
                rows.append(Row(cells: cells, status: own, actor: a.id, chain: best, kind: .victimsOwn))
                continue
            }
            let cells = [
                a.id, a.status.rawValue, best.map(duty) ?? "",
                best.map { hours($0) } ?? "",
                best.map { compact($0) } ?? (a.status == .blocked ? blockedNote(a.id, o) : Self.joinedPhrase(a.status)),
            ]
            rows.append(Row(cells: cells, status: a.status, actor: a.id, chain: best))
        }
        return grouped ? grouping(rows) : rows
    }

    /// What a joined state's row says in place of a chain: no pledge put it in the war.
    static func joinedPhrase(_ status: Status) -> String {
        status == .joined ? "on the victim's side by the scenario's choice, under no pledge" : ""
    }

    /// Alike actor rows — the same cells but the actor — as one line where the first stood:
    /// `30 states` in the ACTOR column, who they are before the chain.
    func grouping(_ rows: [Row]) -> [Row] {
        func key(_ r: Row) -> [String]? {
            guard r.kind == .actor, r.chain != nil else { return nil }
            return [r.status.rawValue] + r.cells.dropFirst(2)
        }
        var members: [[String]: [String]] = [:]
        for r in rows { if let k = key(r), let id = r.actor { members[k, default: []].append(id) } }
        var out: [Row] = []
        var shown = Set<[String]>()
        for r in rows {
            guard let k = key(r), let ids = members[k], ids.count >= Self.groupThreshold else {
                out.append(r)
                continue
            }
            guard shown.insert(k).inserted else { continue }
            let count = "\(ids.count) \(allStates(ids) ? "states" : "actors")"
            let cells = [count] + r.cells.dropFirst().dropLast() + [who(ids) + ": " + r.cells[4]]
            out.append(Row(cells: cells, status: r.status, actor: nil, chain: r.chain, kind: .grouped(ids)))
        }
        return out
    }

    /// Who a line of alike rows stands for: `every NATO member`, `NATO members but FRA, GBR`,
    /// `ALB, BEL, CAN`, or `12 of 27 EU members` — by the smallest organization whose member
    /// states take in every one of them, else by id.
    package func who(_ ids: [String]) -> String {
        let index = graph.index
        let wanted = Set(ids.compactMap { index.actorIndex[$0] })
        let listed = ids.count <= 8 ? ids.joined(separator: ", ") : nil
        let organizations = graph.actors.filter { $0.kind == .organization }.compactMap { org -> (String, Set<Int>)? in
            guard let n = index.actorIndex[org.id] else { return nil }
            let states = Set(index.statesOf[n])
            return wanted.isSubset(of: states) ? (org.id, states) : nil
        }
        guard let (org, states) = organizations.min(by: { ($0.1.count, $0.0) < ($1.1.count, $1.0) }) else {
            return listed ?? "\(ids.count) \(allStates(ids) ? "states" : "actors") (--wide lists them)"
        }
        let missing = states.subtracting(wanted).map { index.actorIDs[$0] }.sorted()
        if missing.isEmpty { return "every \(org) member" }
        if missing.count <= 3 { return "\(org) members but \(missing.joined(separator: ", "))" }
        return listed ?? "\(ids.count) of \(states.count) \(org) members (--wide lists them)"
    }

    /// Whether every id names a state (a line of them is counted as states, not actors).
    func allStates(_ ids: [String]) -> Bool {
        ids.allSatisfy { id in graph.index.actorIndex[id].map { graph.index.isState[$0] } ?? false }
    }

    package func header(_ s: AnalysedScenario) -> String {
        var lines: [String] = []
        if let graphLabel { lines.append("Graph: \(graphLabel)") }
        if let title = s.title {
            lines.append("Scenario: \(title)\(s.id.map { " (\($0))" } ?? "")")
        } else if let id = s.id {
            lines.append("Scenario: \(id)")
        }
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
        if !s.joins.isEmpty {
            let verb = s.joins.count == 1 ? "joins" : "join"
            assumptions.append("\(s.joins.joined(separator: ", ")) \(verb) the victim's side by choice")
        }
        if !s.vetoes.isEmpty { assumptions.append("vetoes by \(s.vetoes.joined(separator: ", "))") }
        if !s.duties.isEmpty {
            let engaging = s.duties.allSatisfy(\.engagesByDefault) ? " (duties that can engage armed force)" : ""
            assumptions.append("duties \(s.duties.map(\.rawValue).joined(separator: ", "))\(engaging)")
        }
        if !assumptions.isEmpty { lines.append("Assuming: " + assumptions.joined(separator: "; ")) }
        return lines.joined(separator: "\n") + "\n\n"
    }

    /// `assist (binding)`; a permission reads `may assist (a right)`.
    package func duty(_ c: Chain) -> String {
        // A permission is a right, whatever the force of its instrument: "(binding)" would misread it.
        "\(c.dutyPhrase) (\(c.isPermission ? "a right" : c.force.rawValue))"
    }

    /// The permitted actors whose best chain ends in a `bearers: any` entry, by
    /// instrument, clause, duty and victim: each group is one line of the table.
    func everyStatePermissions(_ o: Outcome) -> [String: [String]] {
        var groups: [String: [String]] = [:]
        for a in o.actors where a.status == .permitted {
            if let c = a.chains.first, let key = everyStateKey(c) {
                groups[key, default: []].append(a.id)
            }
        }
        return groups.filter { $0.value.count > 1 }
    }

    /// The group a permission chain belongs to when its clause grants it to every state.
    func everyStateKey(_ c: Chain) -> String? {
        guard c.isPermission, let s = c.final,
            let clause = graph.instrument(s.instrument)?.clauses.first(where: { $0.id == s.clause }),
            clause.then.contains(where: { $0.bearers == .any && $0.duty == s.duty })
                || clause.readings.contains(where: { $0.then?.bearers == .any })
        else { return nil }
        return "\(s.instrument)/\(s.clause)/\(s.duty.rawValue)/\(s.owedTo)/\(c.readings)/\(c.proposals)/\(c.depth)"
    }

    /// The final obligation's own window: `24`, `12-72`, `immediately`, or `-` when none is stated.
    package func hours(_ c: Chain) -> String { Self.hours(c) }

    /// `24`, `12-72`, `immediately`, or `-` when the chain's final obligation states no window.
    package static func hours(_ c: Chain?) -> String {
        guard let c, let lo = c.hours else { return "-" }
        return window(lower: lo, upper: c.hoursMax ?? lo)
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
            case .join(let j):
                parts.append(j.summary)
            case .attack(let a):
                // A strike follows the engagement it escalates: say so, or the two events read as one.
                parts.append(parts.isEmpty ? a.summary : "→ " + a.summary)
            case .clause(let s):
                let short = graph.instrument(s.instrument)?.short ?? s.instrument
                var text = "← \(short) \(s.cite)"
                if let r = s.reading { text += " [reading \(r)]" }
                if let p = graph.instrument(s.instrument), p.status.isUnadopted, c.proposals.contains(s.instrument) {
                    text += " [proposal]"
                }
                if s.bearer != "" && step != c.steps.last { text += " (\(s.bearer) → \(s.owedTo))" }
                // An offense pledge's duty is owed to the attacker: the last step says whose war it joins.
                if let owed = s.offensePhrase, step == c.steps.last { text += " (\(owed))" }
                // How the duty is met, where the text says so, and every condition the
                // chain's clauses put on it ("constitutional processes"): caveats, always shown.
                if step == c.steps.last {
                    if let m = s.means { text += " — \(s.duty.rawValue): \(m.phrase)" }
                    if let conditions = c.conditionsPhrase {
                        // Written as words, so a narrow terminal can wrap them.
                        text += " — " + conditions
                    }
                }
                parts.append(text)
            }
        }
        return parts.joined(separator: " ")
    }

    /// Why a `blocked` actor is: the blocks of settled law that name it (not those
    /// of an unadopted proposal or under a contested reading), each once.
    package func blockedNote(_ id: String, _ o: Outcome) -> String {
        var reasons: [String] = []
        for b in o.blocked where b.bearers.contains(id) && b.assumptionPhrase == nil {
            let reason = "\(b.instrument)/\(b.clause): \(reasonText(b, o))"
            if !reasons.contains(reason) {
                reasons.append(reason)
            }
        }
        return reasons.isEmpty ? "" : "blocked: " + reasons.joined(separator: "; ")
    }

    /// The reason in words and, when the block arose only under an assumption, which
    /// (`— under reading X, not accepted`): every list of blocked clauses says it.
    package func reasonText(_ b: BlockedClause, _ o: Outcome) -> String {
        let reason = b.reasonPhrase(
            short: graph.instrument(b.instrument)?.short ?? b.instrument, attackers: Set(o.scenario.attacks.map(\.by)))
        return reason + (b.assumptionPhrase.map { " — \($0)" } ?? "")
    }

    /// `UKR territory at UKR-east (depth 0)`; strikes alike but for the striker as
    /// `if ALB or BEL strikes RUS territory`, or `if any of 37 states strikes …`.
    package static func eventText(_ e: (event: BlockedEvent, attackers: [String])) -> String {
        let summary = e.event.event.summary
        guard e.event.event.hypothetical, e.attackers.count > 1 else {
            return "\(summary) (depth \(e.event.depth))"
        }
        let strikers =
            e.attackers.count > 3
            ? "any of \(e.attackers.count) states"
            : e.attackers.dropLast().joined(separator: ", ") + " or " + (e.attackers.last ?? "")
        return "if \(strikers) strikes \(e.event.event.struck) (depth \(e.event.depth))"
    }

    func blockedAndInactive(_ o: Outcome) -> String {
        var out = ""
        for section in sections(o) {
            out += "\n\n\(section.title):\n"
            var t = TextTable()
            for row in section.rows {
                t.add(["  " + row[0]] + row.dropFirst())
            }
            out += t.rendered(width: width).trimmingTrailingNewline()
        }
        return out + "\n"
    }

    /// The clauses that gave no duty, or were broken: "Blocked", "Inactive",
    /// "Violated, still binding" and "Breached", each with its rows' cells (empty ones left out).
    package func sections(_ o: Outcome) -> [(title: String, rows: [[String]])] {
        var out: [(title: String, rows: [[String]])] = []
        // A duty in conflict with a prevailing treaty is its own section: not a plain block, not an obligation.
        let blocked = o.blocked.filter { $0.reason != .inConflict }
        let conflicts = o.blocked.filter { $0.reason == .inConflict }
        if !blocked.isEmpty {
            let rows = blocked.map { b -> [String] in
                var reason = b.reason.rawValue + (b.by.isEmpty ? "" : " (\(b.by.joined(separator: ", ")))")
                if let v = b.vote {
                    reason += ": \(v.withholding) of \(v.deciders) withhold, \(v.needed) needed in favour (\(v.share))"
                }
                if b.proposal { reason += " [proposal]" }
                if let r = b.reading { reason += " [reading \(r)]" }
                // The clause's id cites it; `explain` gives the wording. Three columns keep narrow terminals readable.
                // Which event was blocked: the attack itself, or a hypothetical strike (the last column wraps).
                let at = b.eventsByStriker.map(Self.eventText).joined(separator: "; ")
                return [
                    "\(b.instrument)/\(b.clause)", reason,
                    "bearers: " + b.bearers.joined(separator: ", ") + "; at " + at,
                ]
            }
            out.append(("Blocked", rows))
        }
        if !conflicts.isEmpty {
            let rows = conflicts.map { b -> [String] in
                let prevails = b.prevails.map { "\($0.instrument)/\($0.clause)" }.joined(separator: ", ")
                let against = Set(b.prevails.flatMap(\.towards))
                let at = b.eventsByStriker.map(Self.eventText).joined(separator: "; ")
                return [
                    "\(b.instrument)/\(b.clause)",
                    "\(b.duties.map(\.rawValue).joined(separator: ", ")) yields to \(prevails)"
                        + (b.reading.map { " [reading \($0)]" } ?? "") + (b.proposal ? " [proposal]" : ""),
                    "bearers: " + b.bearers.joined(separator: ", ") + "; undertook not to use force against "
                        + against.sorted().joined(separator: ", ") + "; at " + at,
                ]
            }
            out.append(("In conflict (a prevailing treaty's undertaking not to use force)", rows))
        }
        if !o.inactive.isEmpty {
            let rows = o.inactive.map { i in
                ["\(i.instrument)/\(i.clause)", i.statusPhrase, "bearers: " + i.bearers.joined(separator: ", ")]
            }
            out.append(("Inactive", rows))
        }
        let groups = NoteCollector.groupsAttacked(in: o, graph: graph)
        if !groups.isEmpty {
            out.append(("Groups attacked", groups.map { [$0.group, $0.text] }))
        }
        let breaches = NoteCollector.breaches(in: o, graph: graph)
        if !breaches.isEmpty {
            out.append(("Violated, still binding", breaches.map { [$0.instrument, $0.text] }))
        }
        if !o.breached.isEmpty {
            out.append(
                (
                    "Breached",
                    o.breached.map { b in
                        let hypothetical = b.hypotheticalPhrase.map { " — " + $0 } ?? ""
                        return ["\(b.instrument)/\(b.clause)", "\(b.by) towards \(b.towards)" + hypothetical]
                    }
                ))
        }
        return out
    }
}

extension String {
    func trimmingTrailingNewline() -> String { hasSuffix("\n") ? String(dropLast()) : self }
}
