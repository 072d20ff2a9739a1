/// From a met clause to obligations: inactive instruments, the three blocks
/// (bearer-is-adversary, veto, provoked), and recording each bearer's chain and
/// engagement.
extension Engine {
    mutating func apply(_ v: Version, of clause: TriggerIndex.CompiledClause, number: Int, event e: Event,
                        prefix: InternalChain, victimSide: Side) {
        let inst = graph.triggers.instruments[clause.instrument]
        let instrument = graph.instruments[clause.instrument]
        let opposite = victimSide.opposite
        func isAdversary(_ a: Int) -> Bool { a == e.attacker || (opposite != .none && side[a] == opposite) }
        for o in v.obligations {
            let written: [Int]
            switch o.bearers {
            case .otherParties, .parties: written = inst.parties
            case .states(let s): written = s
            }
            let bearers = written.filter { $0 != e.victim && !scenario.without.contains($0) }
            if bearers.isEmpty { continue }
            if instrument.status.isInactive {
                inactive[number, default: []].formUnion(bearers)
                continue
            }
            let adversaries = bearers.filter(isAdversary)
            for b in adversaries { blocks.insert(BlockRecord(clause: number, reason: .bearerIsAdversary, bearer: b, duty: o.duty, by: [])) }
            let rest = bearers.filter { !isAdversary($0) }
            if o.decision != .individual {
                let deciders: [Int]
                switch o.deciders {
                case .bearers: deciders = written
                case .parties: deciders = inst.parties
                case .states(let s): deciders = s
                }
                let holders = deciders.filter { !scenario.without.contains($0) && isAdversary($0) }
                if !holders.isEmpty {
                    for b in rest { blocks.insert(BlockRecord(clause: number, reason: .veto, bearer: b, duty: o.duty, by: holders)) }
                    continue
                }
            }
            if v.provokedOnly {
                for b in rest { blocks.insert(BlockRecord(clause: number, reason: .provoked, bearer: b, duty: o.duty, by: [])) }
                continue
            }
            let proposal = instrument.status.isUnadopted && !scenario.adopted.contains(clause.instrument) ? clause.instrument : nil
            let force = o.force ?? instrument.force
            // What every bearer's chain here would measure and be keyed by, computed
            // once from the prefix, so chains that cannot win are never built.
            var readings = prefix.readings, proposals = prefix.proposals
            if v.contested, let r = v.reading, !readings.contains(r) { readings.append(r); readings.sort() }
            if let p = proposal, !proposals.contains(p) { proposals.append(p); proposals.sort() }
            var hours = prefix.hours
            if let w = o.within { hours = (hours ?? 0) + w.lower }
            let measure = InternalChain.Measure(depth: prefix.depth, proposals: proposals.count, readings: readings.count,
                                                political: force == .political, hours: hours ?? Int.max, steps: prefix.steps.count + 1)
            let key = InternalChain.Key(clause: number, reading: v.reading, readings: readings, proposals: proposals,
                                        hypothetical: prefix.depth > 0)
            let joins = side[e.victim] ?? .none
            for b in rest {
                let keptIsBetter = chains[b]?[key].map { $0.measure < measure } ?? false
                let engagementMatters = o.engages && engaged[b] == nil && joins != .none
                    && !(pending[b].map { $0.chain.measure < measure } ?? false)
                if keptIsBetter && !engagementMatters { continue }
                let step = InternalClauseStep(clause: number, reading: v.reading, contested: v.contested, proposal: proposal,
                                              bearer: b, owedTo: e.victim, duty: o.duty, engages: o.engages, force: force,
                                              within: o.within, subjectTo: o.subjectTo, decision: o.decision)
                record(InternalChain(steps: prefix.steps + [.clause(step)], depth: prefix.depth), engaging: o.engages, joins: joins)
            }
        }
    }

    mutating func record(_ chain: InternalChain, engaging: Bool, joins: Side) {
        guard let final = chain.final, let key = chain.key else { return }
        let bearer = final.bearer
        if let old = chains[bearer]?[key], !ranking.precedes(chain, old) {} else { chains[bearer, default: [:]][key] = chain }
        guard engaging, engaged[bearer] == nil, joins != .none else { return }
        if let old = pending[bearer], !ranking.precedes(chain, old.chain) { return }
        pending[bearer] = Engagement(chain: chain, side: joins)
    }
}
