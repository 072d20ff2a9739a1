/// The JSON contract of analysis.md ("Output contract"): field names, status and
/// reason words, and array orders are what other programs rely on. Absent values
/// are `null`; no field is ever left out.
extension Outcome {
    /// The JSON contract (docs/analysis.md §8).
    public func json() -> JSONValue {
        .object([
            ("casus", .int(1)),
            ("scenario", scenario.json()),
            ("actors", .array(actors.map { $0.json() })),
            ("blocked", .array(blocked.map { $0.json() })),
            ("inactive", .array(inactive.map { $0.json() })),
            ("breached", .array(breached.map { $0.json() })),
            ("unaffected", .int(unaffected)),
            ("unaffected_ids", .strings(unaffectedIDs)),
        ])
    }
}

extension AnalysedScenario {
    func json() -> JSONValue {
        var fields: [(String, JSONValue)] = [
            ("id", .optional(id)),
            ("attacks", .array(attacks.map { $0.json() })),
            ("depth", .int(depth)),
            ("accept", .strings(accept)),
            ("reject", .strings(reject)),
            ("adopt", .strings(adopt)),
            ("without", .strings(without)),
            ("aligned", .strings(aligned)),
        ]
        // Version 3: only when a state joins, so worlds without `joins` answer as before.
        if !joins.isEmpty { fields.append(("joins", .strings(joins))) }
        fields += [
            ("vetoes", .strings(vetoes)),
            ("duties", .strings(duties.map(\.rawValue))),
            ("as_of", .optional(asOf.map(\.description))),
        ]
        return .object(fields)
    }
}

extension AnalysedScenario.AttackEcho {
    func json() -> JSONValue {
        .object([
            ("target", .string(target)),
            ("by", .string(by)),
            ("kind", .string(kind.rawValue)),
            ("nuclear", .bool(nuclear)),
        ])
    }
}

extension ActorOutcome {
    func json() -> JSONValue {
        .object([
            ("id", .string(id)),
            ("name", .string(name)),
            ("status", .string(status.rawValue)),
            ("chains", .array(chains.map { $0.json() })),
        ])
    }
}

extension Chain {
    /// The chain as the JSON contract writes it.
    public func json() -> JSONValue {
        var fields: [(String, JSONValue)] = [
            ("depth", .int(depth)),
            ("readings", .strings(readings)),
            ("proposals", .strings(proposals)),
        ]
        // Version 3: only on a chain through a state's choice to join (`joins`).
        if !choices.isEmpty { fields.append(("choices", .strings(choices))) }
        return .object(
            fields + [
                ("force", .string(force.rawValue)),
                ("duty", .string(duty.rawValue)),
                ("hours", .optional(hours)),
                ("hours_max", .optional(hoursMax)),
                ("chain_hours", .optional(chainHours)),
                ("chain_hours_max", .optional(chainHoursMax)),
                ("subject_to", .strings(subjectTo)),
                ("steps", .array(steps.map { $0.json() })),
            ])
    }
}

extension Step {
    func json() -> JSONValue {
        switch self {
        case .join(let j):
            return .object([
                ("kind", .string("join")),
                ("state", .string(j.state)),
                ("side_of", .strings(j.sideOf)),
            ])
        case .attack(let a):
            return .object([
                ("kind", .string("attack")),
                ("victim", .string(a.victim)),
                ("target", .string(a.target.rawValue)),
                ("place", .string(a.place)),
                ("by", .string(a.by)),
                ("deployment", .optional(a.deployment)),
                ("event", .string(a.event.rawValue)),
                ("hypothetical", .bool(a.hypothetical)),
            ])
        case .clause(let c):
            var fields: [(String, JSONValue)] = [
                ("kind", .string("clause")),
                ("instrument", .string(c.instrument)),
                ("clause", .string(c.clause)),
                ("cite", .string(c.cite)),
                ("reading", .optional(c.reading)),
            ]
            // Version 3: readings that combine are also listed, one id each (only then).
            if c.readings.count > 1 { fields.append(("readings", .strings(c.readings))) }
            fields += [("bearer", .string(c.bearer)), ("owed_to", .string(c.owedTo))]
            // An offense pledge's duty is owed to the attacker: said (only then), so no reader takes it for the victim.
            if c.offense { fields.append(("offense", .bool(true))) }
            return .object(
                fields + [
                    ("duty", .string(c.duty.rawValue)),
                    ("means", .optional(c.means?.rawValue)),
                    ("modality", .string(c.modality.rawValue)),
                ])
        }
    }
}

extension BlockedClause {
    func json() -> JSONValue {
        var fields: [(String, JSONValue)] = [
            ("instrument", .string(instrument)),
            ("clause", .string(clause)),
            ("reason", .string(reason.rawValue)),
            ("bearers", .strings(bearers)),
            ("by", .strings(by)),
            ("proposal", .bool(proposal)),
            ("reading", .optional(reading)),
        ]
        if let reading, ClauseStep.members(reading).count > 1 {
            fields.append(("readings", .strings(ClauseStep.members(reading))))
        }
        fields += [
            ("events", .array(events.map { $0.json() }))
        ]
        // Only a majority decision has a count to show (version 3; absent elsewhere, as before).
        if let vote {
            fields.append(
                (
                    "vote",
                    .object([
                        ("deciders", .int(vote.deciders)), ("withholding", .int(vote.withholding)),
                        ("needed", .int(vote.needed)), ("share", .string(vote.share.description)),
                    ])
                ))
        }
        // Only a duty in conflict names the clauses that prevail (version 3).
        if !prevails.isEmpty {
            let clauses = prevails.map { p in
                JSONValue.object([
                    ("instrument", .string(p.instrument)), ("clause", .string(p.clause)),
                    ("towards", .strings(p.towards)),
                ])
            }
            fields.append(("prevails", .array(clauses)))
        }
        return .object(fields)
    }
}

extension BlockedEvent {
    /// An attack step's fields (its `kind` is the event's kind) and the depth.
    func json() -> JSONValue {
        .object([
            ("victim", .string(event.victim)),
            ("target", .string(event.target.rawValue)),
            ("place", .string(event.place)),
            ("by", .string(event.by)),
            ("deployment", .optional(event.deployment)),
            ("kind", .string(event.event.rawValue)),
            ("nuclear", .bool(event.nuclear)),
            ("hypothetical", .bool(event.hypothetical)),
            ("depth", .int(depth)),
        ])
    }
}

extension InactiveClause {
    func json() -> JSONValue {
        .object([
            ("instrument", .string(instrument)),
            ("clause", .string(clause)),
            ("status", .string(status.rawValue)),
            ("violated_by", .strings(violatedBy)),
            ("bearers", .strings(bearers)),
        ])
    }
}

extension BreachedClause {
    func json() -> JSONValue {
        var fields: [(String, JSONValue)] = [
            ("instrument", .string(instrument)),
            ("clause", .string(clause)),
            ("by", .string(by)),
            ("towards", .string(towards)),
        ]
        // Only a hypothetical breach says so (version 3; absent for the scenario's own, as before).
        if let depth { fields += [("hypothetical", .bool(true)), ("depth", .int(depth))] }
        return .object(fields)
    }
}

extension Miss {
    func json() -> JSONValue {
        .object([
            ("instrument", .string(instrument)),
            ("clause", .string(clause)),
            ("event", Step.attack(event).json()),
            ("alternative", .optional(reading)),
            ("condition", .string(condition)),
            ("detail", .string(detail)),
            ("others", .int(others)),
        ])
    }
}
