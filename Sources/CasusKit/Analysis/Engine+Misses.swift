/// "Why not?": for an actor, every clause of an instrument it is party to or
/// named in, and for the events of the run, the nearest miss — which
/// alternative came closest and which condition failed — from the one matcher.
extension Engine {
    func misses(for actor: Int) -> [Miss] {
        let index = graph.index
        var out: [Miss] = []
        for (number, clause) in triggers.clauses.enumerated() where concerns(clause, actor) {
            let instrument = graph.instruments[clause.instrument]
            let written = instrument.clauses[clause.clause]
            // As of a day before the instrument was made, that is the whole answer.
            if let day = graph.asOf,
                let made = graph.dated.instruments[instrument.id].flatMap({ $0.proposed ?? $0.signed }), day < made,
                let e = analysedEvents.first
            {
                let how = graph.dated.instruments[instrument.id]?.proposed == nil ? "signed" : "proposed"
                out.append(
                    Miss(
                        instrument: instrument.id, clause: written.id, cite: "\(instrument.short) \(written.cite)",
                        event: publicEvent(e),
                        reading: nil, condition: "status",
                        detail:
                            "\(instrument.short) \(written.cite): the instrument did not exist yet on \(day) (\(how) "
                            + "\(made))"
                    ))
                continue
            }
            var found: [Miss] = []
            var bestRank: Int?
            var applied = false
            for e in analysedEvents {
                let provoked = side[e.victim] == .attacker
                let containers = index.containers(of: e.place)
                guard
                    let miss = nearestMiss(number, written, e, provoked: provoked, containers: containers, actor: actor)
                else {
                    // The clause reached the actor through some event: it is no miss.
                    applied = true
                    break
                }
                let rank = miss.rank
                if rank > bestRank ?? Int.min {
                    bestRank = rank
                    found = [miss.value]
                } else if rank == bestRank {
                    found.append(miss.value)
                }
            }
            // The first event that came nearest stands for the others that came as near.
            if !applied, let first = found.first {
                out.append(first.withOthers(found.count - 1))
            }
        }
        for clause in triggers.clauses where !concerns(clause, actor) {
            if let miss = pastOrFutureParty(clause, actor) { out.append(miss) }
        }
        return out
    }

    /// A clause of an instrument the actor was a party to before the day read, or
    /// becomes one after (dated parties): not a party on the day, so the clause asks
    /// nothing of it — said, because a reader of history asks ("NZL left ANZUS's
    /// obligations on 1986-09-17"). One per clause that an event of the run meets.
    private func pastOrFutureParty(_ clause: TriggerIndex.CompiledClause, _ actor: Int) -> Miss? {
        guard let day = graph.asOf, let e = analysedEvents.first else { return nil }
        let instrument = graph.instruments[clause.instrument]
        let id = graph.index.actorIDs[actor]
        guard let spans = graph.dated.parties[instrument.id]?[id], !spans.isEmpty,
            !spans.contains(where: { $0.contains(day) }),
            clause.variants.contains(where: { $0.obligations.contains { !$0.isPermission } })
        else { return nil }
        // Only a clause the run's events meet: the others would not have asked anything of it either.
        let meets = analysedEvents.contains { e in
            clause.variants.contains { v in
                let m = triggers.match(
                    v, e, containers: graph.index.containers(of: e.place), instrument: clause.instrument,
                    provoked: side[e.victim] == .attacker, index: graph.index)
                if case .notMet = m { return false }
                return true
            }
        }
        guard meets else { return nil }
        let written = instrument.clauses[clause.clause]
        let cite = "\(instrument.short) \(written.cite)"
        let detail: String
        if let left = spans.compactMap(\.to).filter({ $0 <= day }).max() {
            detail = "\(cite): \(id) left \(instrument.short)'s obligations on \(left)"
        } else if let joins = spans.compactMap(\.from).filter({ $0 > day }).min() {
            detail = "\(cite): \(id) becomes a party only on \(joins)"
        } else {
            return nil
        }
        return Miss(
            instrument: instrument.id, clause: written.id, cite: cite, event: publicEvent(e), reading: nil,
            condition: "party", detail: detail)
    }

    /// Whether `actor` is a party to the clause's instrument or named among its bearers.
    /// A clause that only permits is never a miss: a right not held is not a duty missed.
    private func concerns(_ clause: TriggerIndex.CompiledClause, _ actor: Int) -> Bool {
        let obligations = clause.variants.flatMap(\.obligations).filter { !$0.isPermission }
        guard !obligations.isEmpty else { return false }
        if triggers.instruments[clause.instrument].partySet.contains(actor) { return true }
        return obligations.contains { o in
            if case .listed(let bearers) = o.bearers { return bearers.contains(actor) }
            return false
        }
    }

    /// The closest the clause came to applying to event `e` for `actor`, ranked by
    /// how far down the list of conditions it got; nil when nothing is missing
    /// (the clause applied and the actor is among its bearers).
    private func nearestMiss(
        _ number: Int, _ written: Clause, _ e: Event, provoked: Bool, containers: [Int],
        actor: Int
    ) -> (rank: Int, value: Miss)? {
        let clause = triggers.clauses[number]
        var best: (rank: Int, variant: Int, alternative: Int, condition: Condition)?
        var metVariants: [Int] = []
        for (v, variant) in clause.variants.enumerated() {
            if let r = variant.reading, scenario.rejected.contains(r) { continue }
            for (a, alternative) in variant.alternatives.enumerated() {
                guard
                    let failed = triggers.failedCondition(
                        alternative, e, containers: containers, instrument: clause.instrument,
                        provoked: provoked, index: graph.index)
                else {
                    metVariants.append(v)
                    break
                }
                let rank = Condition.allCases.firstIndex(of: failed) ?? 0
                if best == nil || rank > (best?.rank ?? -1) {
                    best = (rank, v, a, failed)
                }
            }
        }
        let event = publicEvent(e)
        let instrument = graph.instruments[clause.instrument]
        let ids = (instrument.id, written.id, "\(instrument.short) \(written.cite)")
        if let met = metVariants.first {
            return statusOrBearerMiss(clause, clause.variants[met], e, actor: actor, ids: ids, event: event)
        }
        guard let best else { return nil }
        let variant = clause.variants[best.variant]
        let trigger = triggers(of: written, variant: variant)[safe: best.alternative]
        var detail = "\(ids.2): " + wording(best.condition, trigger, event: event, cite: ids.2)
        // A rejected reading that would have carried this event.
        if let lifted = rejectedReading(clause, e, containers: containers, provoked: provoked) {
            detail += " — it would apply under reading \(triggers.readingIDs[lifted]), rejected in this run"
        }
        return (
            best.rank,
            Miss(
                instrument: ids.0, clause: ids.1, cite: ids.2, event: event,
                reading: variant.reading.map { triggers.readingIDs[$0] }, condition: best.condition.rawValue,
                detail: detail)
        )
    }

    /// A met clause that still gives the actor nothing: it is not a bearer, or the instrument withholds it.
    private func statusOrBearerMiss(
        _ clause: TriggerIndex.CompiledClause, _ variant: TriggerIndex.Variant, _ e: Event,
        actor: Int, ids: (String, String, String), event: AttackStep
    ) -> (rank: Int, value: Miss)? {
        let inst = triggers.instruments[clause.instrument]
        let ally = clause.sides(of: e).ally
        let bears = variant.obligations.contains { o in
            !o.isPermission && actor != ally && (o.writtenBearers(in: inst)?.contains(actor) ?? false)
        }
        let rank = Condition.allCases.count + 1
        if !bears {
            let own = clause.offense ? "the attacker, whose own war it answers" : "the victim"
            let who =
                actor == ally
                ? "\(graph.index.actorIDs[actor]) is \(own), which owes itself nothing"
                : "its obligations fall on others, not \(graph.index.actorIDs[actor])"
            return (
                rank,
                Miss(
                    instrument: ids.0, clause: ids.1, cite: ids.2, event: event, reading: nil, condition: "bearers",
                    detail: "\(ids.2): it applies to \(describe(event)), but \(who)")
            )
        }
        // Version 3: only a lapsed instrument withholds; a breach releases nobody.
        if withholds(clause.instrument) {
            return (
                rank,
                Miss(
                    instrument: ids.0, clause: ids.1, cite: ids.2, event: event, reading: nil, condition: "status",
                    detail: "\(ids.2): it applies to \(describe(event)), but the instrument has lapsed")
            )
        }
        return nil
    }

    private func rejectedReading(_ clause: TriggerIndex.CompiledClause, _ e: Event, containers: [Int], provoked: Bool)
        -> Int?
    {
        for variant in clause.variants {
            guard let r = variant.reading, scenario.rejected.contains(r) else { continue }
            if case .met = triggers.match(
                variant, e, containers: containers, instrument: clause.instrument,
                provoked: provoked, index: graph.index)
            {
                return r
            }
        }
        return nil
    }

    /// The written triggers behind a compiled variant, in the same order.
    private func triggers(of clause: Clause, variant: TriggerIndex.Variant) -> [Trigger] {
        guard let r = variant.reading else { return clause.when }
        // A combination's trigger is its one member's that has a `when` (TriggerIndex.readingSets).
        let ids = Set(triggers.readingMembers[r].map { triggers.readingIDs[$0] })
        return clause.readings.first { ids.contains($0.id) && $0.when != nil }?.when.map { [$0] } ?? clause.when
    }

    func publicEvent(_ e: Event) -> AttackStep {
        let index = graph.index
        return AttackStep(
            victim: index.actorIDs[e.victim], target: e.target, place: index.placeIDs[e.place],
            by: index.actorIDs[e.attacker],
            deployment: e.deployment.map { graph.deployments[$0].id }, event: e.kind, nuclear: e.nuclear,
            hypothetical: e.hypothetical)
    }

    private func describe(_ a: AttackStep) -> String {
        let what = a.target == .territory ? "\(a.victim)'s territory" : "\(a.victim)'s \(a.target.rawValue)"
        let place = a.place == a.victim ? "" : " at \(a.place)"
        let kind = a.event == .armedAttack ? "attack" : a.event.rawValue
        return "\(a.hypothetical ? "the hypothetical " : "the ")\(kind) by \(a.by) on \(what)\(place)"
    }

    /// One failed condition in words, quoting the clause's own key.
    private func wording(_ c: Condition, _ t: Trigger?, event a: AttackStep, cite: String) -> String {
        let subject = describe(a)
        switch c {
        case .attackBy:
            // An offense pledge answers its ally's own war, not an attack on it.
            guard let allies = t?.attackBy, case .listed = allies else {
                return "\(subject) is not an attack by a party, and \(cite) answers only its parties' own wars: "
                    + "\(a.by) is none (`attack-by: parties`)"
            }
            return
                "\(subject) is not made by an ally whose wars it answers (`attack-by: \(WorldWriter.actorSet(allies))`)"
        case .attackOn:
            switch t?.attackOn {
            case .listed(let ids)?:
                return "\(subject) is not an attack on what it protects (`attack-on: [\(ids.joined(separator: ", "))]`)"
            default:
                return "\(subject) is not an attack on a party: \(a.victim) is none (`attack-on: parties`)"
            }
        case .target:
            let targets = t?.targets.map(\.rawValue).joined(separator: ", ") ?? "?"
            if a.target == .shipping {
                let written = t?.targets == [.any] ? "`target: any` leaves it out" : "`target: [\(targets)]`"
                return "\(subject) hits merchant shipping, which the clause does not name (\(written); only "
                    + "`target: shipping` covers it)"
            }
            return
                "\(subject) hits \(a.target.rawValue), and the clause covers only \(targets) (`target: [\(targets)]`)"
        case .kinds:
            let kinds = t?.kinds.map(\.rawValue).joined(separator: ", ") ?? "armed-attack"
            let answers = t?.kinds == [.armedAttack] ? "only armed attacks" : "only \(kinds)"
            return
                "the event is \(a.event == .incursion ? "an" : "a") \(a.event.rawValue), and \(cite) answers "
                + "\(answers) (`kinds: [\(kinds)]`)"
        case .within:
            let places = t?.within.map { refs in refs.map(\.word).joined(separator: ", ") } ?? ""
            return "\(subject) is outside the area: \(a.place) lies in none of its places (`in: [\(places)]`)"
        case .except:
            return "\(subject) is in an excluded area (`except: [\((t?.except ?? []).joined(separator: ", "))]`)"
        case .by:
            // As a graph file writes it: `[E]`, `parties`, `{ all-but: [D] }`.
            return "the attacker \(a.by) is not one it answers (`by: \(WorldWriter.actorSet(t?.by ?? .any))`)"
        case .nuclear:
            return "\(subject) is not nuclear, and \(cite) answers only attacks with nuclear weapons (`nuclear: true`)"
        case .unprovoked:
            // The legal test behind `unprovoked`, in the clause's own terms (one wording with blocked entries).
            return
                "\(subject) strikes \(a.victim), whose own side's armed attack began the hostilities: a strike on "
                + "\(a.victim) "
                + "in self-defence is not an attack \(cite) answers (`unprovoked: true`)"
        }
    }
}

/// Why a clause gave an actor nothing for one event: the condition that failed
/// on the alternative that came closest, in words.
public struct Miss: Sendable, Hashable {
    /// The instrument's id.
    public let instrument: String
    /// The clause's id.
    public let clause: String
    /// How the clause is cited, with the instrument's short name: `NAT Art. 5`.
    public let cite: String
    /// The event it was judged against.
    public let event: AttackStep
    /// The reading whose alternative came closest; nil for the clause's own.
    public let reading: String?
    /// `attack-by`, `attack-on`, `target`, `kinds`, `in`, `except`, `by`, `nuclear`,
    /// `unprovoked`, `bearers` (applies, but not to this actor), `status`
    /// (lapsed), or `party` (a party before the day, or only after it). A detail ending "it would apply under
    /// reading R" names a rejected reading that would have carried the event.
    public let condition: String
    /// The miss in words, naming the condition and the values that failed it.
    public let detail: String
    /// How many other events of the run came exactly as near.
    public var others: Int = 0

    func withOthers(_ n: Int) -> Miss {
        var copy = self
        copy.others = n
        return copy
    }
}

extension Array {
    subscript(safe n: Int) -> Element? { indices.contains(n) ? self[n] : nil }
}
