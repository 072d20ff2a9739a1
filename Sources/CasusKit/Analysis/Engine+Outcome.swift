/// Turning the engine's interned findings into the public `Outcome`: the duty
/// filter, statuses, the best K chains per actor, and the sorted lists.
extension Engine {
    /// The outcome; with `clauseLists: false` its blocked, inactive and breached
    /// lists are left empty (for sweeps that compare only the actors' rows).
    mutating func outcome(chainsPerActor k: Int, clauseLists: Bool = true) -> Outcome {
        let index = graph.index
        let duties = scenario.duties
        func counts(_ d: Duty) -> Bool { duties.isEmpty || duties.contains(d) }
        let countedBlocks = blocks.filter { counts($0.key.duty) }
        // Only a block of settled law makes an actor `blocked`: not one of an
        // unadopted proposal, nor one that arose under a contested reading.
        let blockedBearers = Set(
            countedBlocks.keys.filter { $0.reading == nil && !isProposal($0.clause) }.map(\.bearer))
        let sideOfAttack = attackers.union(scenario.aligned)

        var listed: [ActorOutcome] = []
        for a in index.actorIDs.indices where !scenario.without.contains(a) {
            let counted = kept[a].filter { keptChain in
                guard case .clause(let c) = arena.step(keptChain.node) else { return false }
                return counts(c.duty)
            }
            let status: Status
            var best: [Int] = []
            if !counted.isEmpty {
                best = Array(sortedByRank(counted.map(\.node)).prefix(k))
            }
            let chains = best.map(publicChain)
            if sideOfAttack.contains(a) {
                status = .attacker
            } else if victims.contains(a) {
                status = .victim
            } else if joinedByChoice(a) {
                // In the war by the scenario's choice: its own duties are listed under it, as a victim's are.
                status = .joined
            } else if let top = chains.first, !top.isPermission {
                // The best chain's status, by the one rule diagrams also use.
                status = top.status(through: top.steps.count - 1)
            } else if blockedBearers.contains(a) {
                // No obligation: a settled block says what it does not owe, permissions or not.
                status = .blocked
            } else if !chains.isEmpty {
                status = .permitted
            } else {
                continue
            }
            listed.append(
                ActorOutcome(id: index.actorIDs[a], name: graph.actors[a].name, status: status, chains: chains))
        }
        listed.sort { ($0.status.order, $0.id) < ($1.status.order, $1.id) }

        let shown = Set(listed.map(\.id))
        let unaffected = index.actorIDs.indices.filter { index.isState[$0] && !scenario.without.contains($0) }
            .map { index.actorIDs[$0] }
            .filter { !shown.contains($0) }
            .sorted()
        var outcome = Outcome(
            scenario: scenario.echo, actors: listed, blocked: clauseLists ? blockedClauses(countedBlocks) : [],
            inactive: clauseLists ? inactiveClauses() : [], breached: clauseLists ? breachedClauses() : [],
            unaffected: unaffected.count, unaffectedIDs: unaffected)
        outcome.attackersSide = Set(side.indices.filter { side[$0] == .attacker }.map { index.actorIDs[$0] })
        return outcome
    }

    /// Whether the actor is engaged by the scenario's choice (`joins`), not by an attack on it.
    func joinedByChoice(_ a: Int) -> Bool {
        guard let node = engagement[a]?.node, case .join = arena.step(node) else { return false }
        return true
    }

    mutating func sortedByRank(_ nodes: [Int]) -> [Int] {
        var sorted = nodes
        sorted.sort { precedes($0, $1) }
        return sorted
    }

    private func isProposal(_ clause: Int) -> Bool {
        let n = triggers.clauses[clause].instrument
        return graph.instruments[n].isProposal && !scenario.adopted.contains(n)
    }

    private func clauseIDs(_ number: Int) -> (instrument: String, clause: String, cite: String) {
        let c = triggers.clauses[number]
        return clauseIDs(instrument: c.instrument, clause: c.clause)
    }

    private func clauseIDs(instrument: Int, clause: Int) -> (instrument: String, clause: String, cite: String) {
        let written = graph.instruments[instrument].clauses[clause]
        return (graph.instruments[instrument].id, written.id, written.cite)
    }

    private func sortedIDs(_ actors: some Sequence<Int>) -> [String] {
        Set(actors).map { graph.index.actorIDs[$0] }.sorted()
    }

    /// Blocked entries merged per (instrument, clause, reason, reading).
    private func blockedClauses(_ records: [BlockRecord: Set<Int>]) -> [BlockedClause] {
        struct Group: Hashable {
            let clause: Int
            let reason: BlockReason
            let reading: Int?
        }
        var groups: [Group: [BlockRecord]] = [:]
        for b in records.keys {
            groups[Group(clause: b.clause, reason: b.reason, reading: b.reading), default: []].append(b)
        }
        let readings = triggers.readingIDs
        return groups.map { group, members in
            let ids = clauseIDs(group.clause)
            let by = sortedIDs(members.flatMap(\.by))
            var blocked = BlockedClause(
                instrument: ids.instrument, clause: ids.clause, cite: ids.cite, reason: group.reason,
                bearers: sortedIDs(members.map(\.bearer)), by: by,
                proposal: isProposal(group.clause), reading: group.reading.map { readings[$0] },
                duties: Set(members.map(\.duty)).sorted { $0.rawValue < $1.rawValue },
                events: blockedEvents(members.reduce(into: Set<Int>()) { $0.formUnion(records[$1] ?? []) }))
            let struckBy = Set(blocked.events.map(\.event.by))
            blocked.prevails = prevailingClauses(Set(members.compactMap(\.prevailing)), against: struckBy)
            if let share = members.compactMap(\.share).first {
                let deciders = members.map(\.deciders).max() ?? 0
                blocked.vote = MajorityVote(deciders: deciders, withholding: by.count, share: share)
            }
            return blocked
        }.sorted { a, b in
            // A null reading sorts first.
            let left = (a.instrument, a.clause, a.reason.rawValue, a.reading == nil ? 0 : 1, a.reading ?? "")
            let right = (b.instrument, b.clause, b.reason.rawValue, b.reading == nil ? 0 : 1, b.reading ?? "")
            return left < right
        }
    }

    /// The refrain clauses that prevail over a duty in conflict, by instrument and clause, each
    /// with the attackers it protects that the duty would engage force against.
    private func prevailingClauses(_ refrains: Set<Int>, against attackers: Set<String>) -> [PrevailingClause] {
        refrains.map { n in
            let r = triggers.refrains[n]
            let ids = clauseIDs(instrument: r.instrument, clause: r.clause)
            let protected = sortedIDs(r.towards ?? triggers.instruments[r.instrument].partySet)
            let towards = protected.filter(attackers.contains)
            return PrevailingClause(instrument: ids.instrument, clause: ids.clause, cite: ids.cite, towards: towards)
        }.sorted { ($0.instrument, $0.clause) < ($1.instrument, $1.clause) }
    }

    /// The distinct events of a blocked entry, by depth, then victim, place,
    /// attacker and target (compared by the ids' ranks: no string is compared).
    private func blockedEvents(_ events: Set<Int>) -> [BlockedEvent] {
        let index = graph.index
        func key(_ n: Int) -> [Int] {
            let e = analysedEvents[n]
            return [
                analysedDepths[n], index.actorRank[e.victim], index.placeRank[e.place], index.actorRank[e.attacker],
                TargetKind.allCases.firstIndex(of: e.target) ?? 0,
                e.deployment.map { index.deploymentRank[$0] + 1 } ?? 0,
                EventKind.allCases.firstIndex(of: e.kind) ?? 0, e.nuclear ? 1 : 0, e.hypothetical ? 1 : 0,
            ]
        }
        return events.map { (key($0), $0) }
            .sorted { $0.0.lexicographicallyPrecedes($1.0) }
            .map { BlockedEvent(event: publicAttack(analysedEvents[$0.1]), depth: analysedDepths[$0.1]) }
    }

    func publicAttack(_ e: Event) -> AttackStep {
        let index = graph.index
        return AttackStep(
            victim: index.actorIDs[e.victim], target: e.target, place: index.placeIDs[e.place],
            by: index.actorIDs[e.attacker], deployment: e.deployment.map { graph.deployments[$0].id },
            event: e.kind, nuclear: e.nuclear, hypothetical: e.hypothetical)
    }

    private func inactiveClauses() -> [InactiveClause] {
        inactive.map { number, bearers in
            let ids = clauseIDs(number)
            let n = triggers.clauses[number].instrument
            return InactiveClause(
                instrument: ids.instrument, clause: ids.clause, cite: ids.cite,
                status: scenario.lapsed.contains(n) ? .lapsed : graph.instruments[n].status,
                violatedBy: sortedIDs(triggers.instruments[n].violatedByList),
                bearers: sortedIDs(bearers))
        }.sorted { ($0.instrument, $0.clause) < ($1.instrument, $1.clause) }
    }

    /// Each breach once: by the scenario's attack where it is one, else at the first depth a strike makes it.
    private func breachedClauses() -> [BreachedClause] {
        let index = graph.index
        var first: [String: BreachedClause] = [:]
        for record in breached.sorted(by: { $0.depth < $1.depth }) {
            let r = triggers.refrains[record.refrain]
            let ids = clauseIDs(instrument: r.instrument, clause: r.clause)
            var clause = BreachedClause(
                instrument: ids.instrument, clause: ids.clause, cite: ids.cite,
                by: index.actorIDs[record.by], towards: index.actorIDs[record.towards])
            if record.depth > 0 { clause.depth = record.depth }
            let key = "\(clause.instrument)/\(clause.clause)/\(clause.by)/\(clause.towards)"
            if first[key] == nil { first[key] = clause }
        }
        return first.values.sorted {
            ($0.instrument, $0.clause, $0.by, $0.towards) < ($1.instrument, $1.clause, $1.by, $1.towards)
        }
    }

    func publicChain(_ n: Int) -> Chain {
        let index = graph.index
        var choices: [String] = []
        let steps: [Step] = arena.steps(n).map { s in
            switch s {
            case .join(let state):
                choices.append(index.actorIDs[state])
                return .join(JoinStep(state: index.actorIDs[state], sideOf: sortedIDs(victims)))
            case .attack(let e):
                return .attack(publicAttack(e))
            case .clause(let cs):
                let ids = clauseIDs(cs.clause)
                var step = ClauseStep(
                    instrument: ids.instrument, clause: ids.clause, cite: ids.cite,
                    reading: cs.reading.map { triggers.readingIDs[$0] }, bearer: index.actorIDs[cs.bearer],
                    owedTo: index.actorIDs[cs.owedTo], duty: cs.duty, force: cs.force, within: cs.within,
                    subjectTo: triggers.labelLists[cs.subjectTo].map { triggers.labels[$0] }, decision: cs.decision,
                    modality: cs.modality, means: cs.means)
                step.majority = cs.majority
                step.offense = triggers.clauses[cs.clause].offense
                return .clause(step)
            }
        }
        let node = arena[n]
        var force = LegalForce.binding
        var duty = Duty.consult
        var within: Hours?
        if case .clause(let c) = arena.step(n) {
            force = c.force
            duty = c.duty
            within = c.within
        }
        return Chain(
            depth: node.depth,
            readings: arena.readingSets.members(node.readings).map { triggers.readingIDs[$0] }.sorted(),
            proposals: arena.proposalSets.members(node.proposals).map { graph.instruments[$0].id }.sorted(),
            choices: choices.sorted(), force: force, duty: duty, hours: within?.lower, hoursMax: within?.upper,
            chainHours: node.chainHours, chainHoursMax: node.chainHoursMax,
            subjectTo: Array(Set(arena.labelSets.members(node.subjectTo).map { triggers.labels[$0] })).sorted(),
            steps: steps)
    }
}
