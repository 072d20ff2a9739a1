/// How an explanation reads: its JSON and its text (the result itself is
/// `Explanation`, beside `Outcome` in Analysis/).
extension Explanation {
    /// The explanation as JSON (without notes: see `json(graph:)`).
    public func json() -> JSONValue {
        .object(fields)
    }

    /// The fields of `json()`, in the contract's order.
    private var fields: [(String, JSONValue)] {
        [
            ("casus", .int(1)),
            ("actor", .string(actor)),
            ("status", entry.map { .string($0.status.rawValue) } ?? .string("unaffected")),
            ("scenario", outcome.scenario.json()),
            ("chains", .array((entry?.chains ?? []).map { $0.json() })),
            ("blocked", .array(blocked.map { $0.json() })),
            ("inactive", .array(inactive.map { $0.json() })),
            ("breached", .array(breached.map { $0.json() })),
            ("misses", .array(misses.map { $0.json() })),
        ]
    }

    /// `json()` with the notes of `notes(graph:)` as `notes: [{subject, text}]`.
    public func json(graph: Graph) -> JSONValue {
        let notes = notes(graph: graph).map {
            JSONValue.object([("subject", .string($0.subject)), ("text", .string($0.text))])
        }
        return .object(fields + [("notes", .array(notes))])
    }

    /// The explanation as text: the header, every chain with what it rests on,
    /// the blocked, inactive and breached clauses, the misses and the notes.
    ///
    /// - Parameters:
    ///   - graph: The world the explanation came from (for names and notes).
    ///   - whyNot: List the misses even when chains exist (they always are when none does).
    ///   - graphLabel: The graph's path or name for the header's first line; nil leaves it out.
    public func text(graph: Graph, whyNot: Bool = false, graphLabel: String? = nil) -> String {
        let f = OutcomeText(graph: graph, graphLabel: graphLabel)
        let name = graph.actor(actor)?.name ?? actor
        var out = f.header(outcome.scenario)
        out += "\(name) (\(actor)): \(entry?.status.rawValue ?? "unaffected")\n"
        let chains = entry?.chains ?? []
        if chains.isEmpty { out += "\nNo chain obligates \(actor).\n" }
        var heading: Bool?
        for (n, c) in chains.enumerated() {
            // Obligations first, then, apart, the rights: what it must do, and what it may.
            if heading != c.isPermission {
                heading = c.isPermission
                out +=
                    c.isPermission
                    ? "\nWhat \(actor) may do (rights, not obligations):\n"
                    : "\nWhat \(actor) must do (obligations, binding or political — each chain says which):\n"
            }
            let window =
                c.hours.map { OutcomeText.windowPhrase(lower: $0, upper: c.hoursMax ?? $0) } ?? "no stated window"
            out += "\nChain \(n + 1): \(f.duty(c)), \(window), depth \(c.depth)"
            if let lo = c.chainHours, c.steps.count > 2 {
                out += ", \(OutcomeText.window(lower: lo, upper: c.chainHoursMax ?? lo)) h along the chain"
            }
            out += "\n"
            for step in c.steps { out += "  " + describe(step, graph: graph) + "\n" }
            var assumptions: [String] = []
            if !c.readings.isEmpty { assumptions.append("contested reading " + c.readings.joined(separator: ", ")) }
            if !c.proposals.isEmpty { assumptions.append("unadopted proposal " + c.proposals.joined(separator: ", ")) }
            if c.depth > 0 { assumptions.append("hypothetical escalation (depth \(c.depth))") }
            if !c.choices.isEmpty {
                assumptions.append("the choice to join the victim's side of " + c.choices.joined(separator: ", "))
            }
            out +=
                "  rests on: " + (assumptions.isEmpty ? "nothing contested" : assumptions.joined(separator: "; "))
                + "\n"
            if !c.subjectTo.isEmpty { out += "  subject to: " + c.subjectTo.joined(separator: ", ") + "\n" }
        }
        if !blocked.isEmpty {
            out += "\nBlocked:\n"
            for b in blocked {
                var line =
                    "  \(b.instrument)/\(b.clause) (\(b.cite)): \(f.reasonText(b, outcome)); bearers "
                    + "\(b.bearers.joined(separator: ", "))"
                line += "; at " + b.eventsByStriker.map(OutcomeText.eventText).joined(separator: "; ")
                out += line + "\n"
            }
        }
        if !inactive.isEmpty {
            out += "\nInactive:\n"
            for i in inactive {
                out +=
                    "  \(i.instrument)/\(i.clause) (\(i.cite)): instrument \(i.statusPhrase)\n"
            }
        }
        if (whyNot || chains.isEmpty) && !misses.isEmpty {
            out += "\nWhy not:\n"
            for m in misses {
                let alike = m.others == 0 ? "" : " (and \(m.others) more event\(m.others == 1 ? "" : "s") alike)"
                out += "  \(m.instrument)/\(m.clause): \(m.detail)\(alike)\n"
            }
        }
        if !breached.isEmpty {
            out += "\nBreached:\n"
            for b in breached {
                out +=
                    "  \(b.instrument)/\(b.clause) (\(b.cite)): \(b.by) undertook to refrain from force against "
                    + "\(b.towards)\(b.hypotheticalPhrase.map { " — " + $0 } ?? "")\n"
            }
        }
        let notes = self.notes(graph: graph)
        if !notes.isEmpty {
            out += "\nNotes:\n"
            for n in notes {
                out += "  \(n.subject): \(n.text)\n"
            }
        }
        return out
    }

    /// The notes on what this answer rests on: the scenario, the explained
    /// actor, the attacks' targets, and everything its chains and its blocked,
    /// inactive and breached clauses name.
    public func notes(graph: Graph) -> [Note] {
        var collector = NoteCollector(graph: graph)
        collector.scenario(outcome.scenario.id)
        collector.actor(actor)
        collector.attacks(outcome.scenario)
        for c in entry?.chains ?? [] {
            collector.chain(c)
        }
        for b in blocked {
            collector.clause(b.instrument, b.clause, reading: b.reading)
        }
        for i in inactive {
            collector.clause(i.instrument, i.clause)
        }
        for b in breached {
            collector.clause(b.instrument, b.clause)
        }
        return collector.notes
    }

    func describe(_ step: Step, graph: Graph) -> String {
        switch step {
        case .join(let j):
            return "\(j.state) chooses to join on \(j.sideOf.joined(separator: ", "))'s side, under no pledge "
                + "(the scenario's assumption)"
        case .attack(let a):
            let what =
                a.target == .territory
                ? "\(a.victim)'s territory\(a.place == a.victim ? "" : " at \(a.place)")"
                : "\(a.victim)'s \(a.target.rawValue) at \(a.place)"
            let via = a.deployment.map { " (deployment \($0))" } ?? ""
            let kind = a.event == .armedAttack ? "" : " (\(a.event.rawValue))"
            let nuclear = a.nuclear ? " with nuclear weapons" : ""
            return a.hypothetical
                ? "hypothetically, \(a.by) strikes \(what)" : "\(a.by) attacks \(what)\(via)\(kind)\(nuclear)"
        case .clause(let c):
            let inst = graph.instrument(c.instrument)
            var s = "\(inst?.short ?? c.instrument) \(c.cite) (\(c.instrument)/\(c.clause))"
            if c.readings.count > 1 {
                s += " under readings " + c.readings.joined(separator: " and ") + " together"
            } else if let r = c.reading {
                s += " under reading \(r)"
            }
            // A permission is a right, not a debt: it never reads "owes".
            s +=
                c.isPermission
                ? ": \(c.bearer) may \(c.duty.rawValue) \(c.owedTo) (a right, not an obligation)"
                : ": \(c.bearer) owes \(c.owedTo) \(c.duty.rawValue)"
            if c.offense { s += " (an offense pledge: owed to the attacker, whose war it answers)" }
            if let m = c.means { s += " — \(m.phrase)" }
            if let w = c.within { s += " " + OutcomeText.windowPhrase(lower: w.lower, upper: w.upper) }
            if c.decision != .individual { s += ", decided by \(c.decision.phrase(c.majority))" }
            return s
        }
    }
}
