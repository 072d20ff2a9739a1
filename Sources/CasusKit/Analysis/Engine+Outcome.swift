/// Turning the engine's interned findings into the public `Outcome`: the duty
/// filter, statuses, the best K chains per actor, and the sorted lists.
extension Engine {
    func outcome(chainsPerActor k: Int) -> Outcome {
        let ix = graph.index
        let duties = scenario.duties
        func counts(_ d: Duty) -> Bool { duties.isEmpty || duties.contains(d) }

        var listed: [ActorOutcome] = []
        let blockedBearers = Set(blocks.filter { counts($0.duty) }.map(\.bearer))
        let statesInPlay = attackers.union(scenario.aligned).union(victims).union(chains.keys).union(blockedBearers)
        for a in statesInPlay where !scenario.without.contains(a) {
            let kept = (chains[a]?.values.filter { $0.final.map { counts($0.duty) } ?? false } ?? [])
                .sorted(by: ranking.precedes)
            let best = Array(kept.prefix(k))
            let status: Status
            if attackers.contains(a) || scenario.aligned.contains(a) { status = .attacker }
            else if victims.contains(a) { status = .victim }
            else if let top = best.first {
                if top.depth > 0 { status = .escalation }
                else if !top.proposals.isEmpty { status = .proposed }
                else if !top.readings.isEmpty { status = .contested }
                else if top.final?.force == .binding { status = .bound }
                else { status = .committed }
            } else if blockedBearers.contains(a) { status = .blocked }
            else { continue }
            listed.append(ActorOutcome(id: ix.actorIDs[a], name: graph.actors[a].name, status: status,
                                       chains: best.map(publicChain)))
        }
        listed.sort { ($0.status.order, $0.id) < ($1.status.order, $1.id) }

        let unaffected = ix.isState.indices.filter { ix.isState[$0] && !scenario.without.contains($0) }.count
            - listed.count
        return Outcome(scenario: scenario.echo, actors: listed, blocked: blockedClauses(counts), inactive: inactiveClauses(),
                       unaffected: max(0, unaffected))
    }

    private func clauseIDs(_ number: Int) -> (instrument: String, clause: String, cite: String) {
        let c = graph.triggers.clauses[number]
        let clause = graph.instruments[c.instrument].clauses[c.clause]
        return (graph.instruments[c.instrument].id, clause.id, clause.cite)
    }

    private func sortedIDs(_ actors: some Sequence<Int>) -> [String] {
        Set(actors).map { graph.index.actorIDs[$0] }.sorted()
    }

    private func blockedClauses(_ counts: (Duty) -> Bool) -> [BlockedClause] {
        struct Group: Hashable { let clause: Int; let reason: BlockReason }
        var groups: [Group: [BlockRecord]] = [:]
        for b in blocks where counts(b.duty) { groups[Group(clause: b.clause, reason: b.reason), default: []].append(b) }
        return groups.map { g, records in
            let ids = clauseIDs(g.clause)
            return BlockedClause(instrument: ids.instrument, clause: ids.clause, cite: ids.cite, reason: g.reason,
                                 bearers: sortedIDs(records.map(\.bearer)), by: sortedIDs(records.flatMap(\.by)),
                                 duties: Set(records.map(\.duty)).sorted { $0.rawValue < $1.rawValue })
        }.sorted { ($0.instrument, $0.clause, $0.reason.rawValue) < ($1.instrument, $1.clause, $1.reason.rawValue) }
    }

    private func inactiveClauses() -> [InactiveClause] {
        inactive.map { number, bearers in
            let ids = clauseIDs(number)
            let inst = graph.instruments[graph.triggers.clauses[number].instrument]
            return InactiveClause(instrument: ids.instrument, clause: ids.clause, cite: ids.cite, status: inst.status,
                                  violatedBy: sortedIDs(graph.triggers.instruments[graph.triggers.clauses[number].instrument].violatedBy),
                                  bearers: sortedIDs(bearers))
        }.sorted { ($0.instrument, $0.clause) < ($1.instrument, $1.clause) }
    }

    func publicChain(_ c: InternalChain) -> Chain {
        let ix = graph.index, tr = graph.triggers
        let steps: [Step] = c.steps.map { s in
            switch s {
            case .attack(let e):
                return .attack(AttackStep(victim: ix.actorIDs[e.victim], target: e.forces ? .forces : .territory,
                                          place: ix.placeIDs[e.place], by: ix.actorIDs[e.attacker],
                                          deployment: e.deployment >= 0 ? graph.deployments[e.deployment].id : nil,
                                          nuclear: e.nuclear, hypothetical: e.hypothetical))
            case .clause(let cs):
                let ids = clauseIDs(cs.clause)
                return .clause(ClauseStep(instrument: ids.instrument, clause: ids.clause, cite: ids.cite,
                                          reading: cs.reading.map { tr.readingIDs[$0] }, bearer: ix.actorIDs[cs.bearer],
                                          owedTo: ix.actorIDs[cs.owedTo], duty: cs.duty, force: cs.force, within: cs.within,
                                          subjectTo: cs.subjectTo, decision: cs.decision))
            }
        }
        let final = c.final
        return Chain(depth: c.depth, readings: c.readings.map { tr.readingIDs[$0] }.sorted(),
                     proposals: c.proposals.map { graph.instruments[$0].id }.sorted(),
                     force: final?.force ?? .binding, duty: final?.duty ?? .consult, hours: c.hours, hoursMax: c.hoursMax,
                     subjectTo: c.subjectTo, steps: steps)
    }
}
