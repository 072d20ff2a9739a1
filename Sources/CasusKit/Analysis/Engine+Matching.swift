/// One event against the clauses that could match it: which clauses are met,
/// plainly or under a reading, and whether only through an unprovoked-only trigger.
extension Engine {
    mutating func process(_ e: Event, prefix: InternalChain) {
        let tr = graph.triggers
        var candidates = tr.byVictim[e.victim] ?? []
        if e.deployment >= 0, let more = tr.byDeployment[e.deployment] { candidates += more }
        let victimSide = side[e.victim] ?? .none
        let provoked = victimSide == .attacker
        for number in Set(candidates).sorted() {
            let clause = tr.clauses[number]
            for version in versions(of: clause, for: e, provoked: provoked) {
                apply(version, of: clause, number: number, event: e, prefix: prefix, victimSide: victimSide)
            }
        }
    }

    /// One way a clause is met: plainly, or under a reading.
    struct Version {
        let reading: Int?
        let contested: Bool
        let obligations: [TriggerIndex.CompiledObligation]
        /// Met only through alternatives that require an unprovoked attack, and this one was provoked.
        let provokedOnly: Bool
    }

    func versions(of clause: TriggerIndex.CompiledClause, for e: Event, provoked: Bool) -> [Version] {
        // For each alternative: met at all, and met without the provocation bar.
        var plainMet = false, plainFree = false
        var readingMet: [Int: (met: Bool, free: Bool)] = [:]
        for alt in clause.alternatives {
            if let r = alt.reading, scenario.rejected.contains(r) { continue }
            guard matches(alt, e, instrument: clause.instrument) else { continue }
            let free = !(alt.unprovoked && provoked)
            if let r = alt.reading {
                let old = readingMet[r] ?? (false, false)
                readingMet[r] = (true, old.free || free)
            } else { plainMet = true; plainFree = plainFree || free }
        }
        var out: [Version] = []
        // Accepted readings count as settled law: their `when` meets the clause
        // plainly and their `then` replaces the clause's own obligations.
        let accepted = clause.readings.filter { scenario.accepted.contains($0.number) }
        var baseObligations = clause.obligations
        var baseReading: Int? = nil
        if let withThen = accepted.first(where: { $0.then != nil }), let then = withThen.then {
            baseObligations = then; baseReading = withThen.number
        }
        var met = plainMet, free = plainFree
        if !plainMet, let viaWhen = accepted.first(where: { readingMet[$0.number]?.met == true }) {
            met = true; free = readingMet[viaWhen.number]?.free ?? false
            baseReading = baseReading ?? viaWhen.number
        }
        if met {
            out.append(Version(reading: baseReading, contested: false, obligations: baseObligations, provokedOnly: !free))
        }
        for r in clause.readings where !scenario.accepted.contains(r.number) && !scenario.rejected.contains(r.number) {
            let viaWhen = readingMet[r.number]
            let rMet = met || viaWhen?.met == true
            guard rMet else { continue }
            if r.then == nil && met { continue }   // relying on the reading adds nothing
            let rFree = (met && free) || viaWhen?.free == true
            out.append(Version(reading: r.number, contested: true, obligations: r.then ?? baseObligations, provokedOnly: !rFree))
        }
        return out
    }

    func matches(_ a: TriggerIndex.Alternative, _ e: Event, instrument: Int) -> Bool {
        let inst = graph.triggers.instruments[instrument]
        let ix = graph.index
        let onVictim = (a.attackOnParties && inst.partySet.contains(e.victim)) || a.attackOnStates.contains(e.victim)
        guard onVictim || (e.deployment >= 0 && a.attackOnDeployments.contains(e.deployment)) else { return false }
        switch a.target {
        case .any: break
        case .territory: if e.forces { return false }
        case .forces: if !e.forces { return false }
        }
        if let places = a.within {
            let containers = ix.containers[e.place]
            let inside = places.contains { w in
                switch w {
                case .place(let p): return containers.contains(p)
                case .victim:
                    guard let vp = ix.placeIndex[ix.actorIDs[e.victim]] else { return false }
                    return containers.contains(vp)
                case .parties:
                    return containers.contains { c in
                        guard ix.territoryOf[c] == c, let s = ix.actorIndex[ix.placeIDs[c]] else { return false }
                        return inst.partySet.contains(s)
                    }
                }
            }
            if !inside { return false }
        }
        switch a.by {
        case .any: break
        case .parties: if !inst.partySet.contains(e.attacker) { return false }
        case .nonParties: if inst.partySet.contains(e.attacker) { return false }
        case .states(let s): if !s.contains(e.attacker) { return false }
        }
        if a.nuclear && !e.nuclear { return false }
        return true
    }
}
