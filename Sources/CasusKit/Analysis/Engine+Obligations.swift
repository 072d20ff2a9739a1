/// From an event to obligations: which clauses (plainly or under a reading) it
/// meets, then for each `then` entry and bearer the rules in analysis.md's
/// order — inactive, bearer-is-adversary, veto, provoked — and finally the
/// bearer's chain and, for an engaging duty, its engagement.
extension Engine {
    mutating func process(_ e: Event, prefix: Int) {
        let tr = graph.triggers
        let provoked = side[e.victim] == .attacker
        for number in candidateClauses(e) {
            let clause = tr.clauses[number]
            for variant in clause.variants {
                if let r = variant.reading, scenario.rejected.contains(r) { continue }
                let match = tr.match(variant, e, instrument: clause.instrument, provoked: provoked, index: graph.index)
                if case .notMet = match { continue }
                let contested = variant.reading.map { !scenario.accepted.contains($0) } ?? false
                var blocked = false
                if case .provoked = match { blocked = true }
                apply(variant, of: clause, number: number, event: e, prefix: prefix, contested: contested, provoked: blocked)
            }
        }
    }

    /// The clauses that could match `e`, each once, in a fixed order.
    func candidateClauses(_ e: Event) -> [Int] {
        let tr = graph.triggers
        var out = tr.byVictim[e.victim] ?? []
        if let d = e.deployment, let more = tr.byDeployment[d] { out += more }
        out += tr.anyVictim
        if out.count < 2 { return out }
        return Array(Set(out)).sorted()
    }

    /// Everything one `then` entry shares across its bearers: what a chain
    /// through it measures and is keyed by, computed once from the prefix.
    struct EntryCandidate {
        let measure: Measure
        let key: AlikeKey
        let force: LegalForce
        let proposal: Int?
    }

    mutating func apply(_ v: TriggerIndex.Variant, of clause: TriggerIndex.CompiledClause, number: Int, event e: Event,
                        prefix: Int, contested: Bool, provoked: Bool) {
        let inst = graph.triggers.instruments[clause.instrument]
        let instrument = graph.instruments[clause.instrument]
        let proposal = instrument.isProposal && !scenario.adopted.contains(clause.instrument) ? clause.instrument : nil
        let blockReading = contested ? v.reading : nil
        let opposite = side[e.victim].opposite
        let attacker = e.attacker
        let sides = side
        func isAdversary(_ a: Int) -> Bool { a == attacker || (opposite != .unaligned && sides[a] == opposite) }

        for o in v.obligations {
            let written = writtenBearers(o, inst, victim: e.victim)
            let bearers = written.filter { $0 != e.victim && !scenario.without.contains($0) }
            if bearers.isEmpty { continue }
            func block(_ bearer: Int, _ reason: BlockReason, by holders: [Int] = []) {
                blocks.insert(BlockRecord(clause: number, reason: reason, reading: blockReading, bearer: bearer,
                                          duty: o.duty, by: holders))
            }
            var holders: [Int]?
            var candidate: EntryCandidate?
            for b in bearers {
                if instrument.status == .lapsed || (instrument.status == .violated && inst.violatedBy.contains(b)) {
                    inactive[number, default: []].insert(b)
                    continue
                }
                if isAdversary(b) {
                    block(b, .bearerIsAdversary)
                    continue
                }
                if o.decision != .individual {
                    let found = holders ?? deciders(o, written, inst).filter { isAdversary($0) || scenario.vetoes.contains($0) }
                    holders = found
                    if !found.isEmpty {
                        block(b, .veto, by: found)
                        continue
                    }
                }
                if provoked {
                    block(b, .provoked)
                    continue
                }
                let c = candidate ?? entryCandidate(o, v, number: number, instrument: instrument, proposal: proposal,
                                                    contested: contested, prefix: prefix)
                candidate = c
                let step = InternalClauseStep(clause: number, reading: v.reading, contested: contested, proposal: proposal,
                                              bearer: b, owedTo: e.victim, duty: o.duty, force: c.force, within: o.within,
                                              subjectTo: o.subjectTo, decision: o.decision)
                offer(step, c, prefix: prefix, engages: o.engages && !o.collective, joins: side[e.victim])
            }
        }
    }

    /// The entry's bearers as written: organizations expanded, except a collective entry's.
    func writtenBearers(_ o: TriggerIndex.CompiledObligation, _ inst: TriggerIndex.CompiledInstrument, victim: Int) -> [Int] {
        switch o.bearers {
        case .otherParties: return inst.parties.filter { $0 != victim }
        case .parties: return inst.parties
        case .listed(let actors): return actors
        }
    }

    /// Who decides a consensus or unanimity entry: its bearers as written (a
    /// collective organization's member states), the parties, or a list; never a removed actor.
    func deciders(_ o: TriggerIndex.CompiledObligation, _ written: [Int], _ inst: TriggerIndex.CompiledInstrument) -> [Int] {
        let ix = graph.index
        let all: [Int]
        switch o.deciders {
        case .bearers: all = Array(Set(written.flatMap { ix.statesOf[$0] })).sorted()
        case .parties: all = inst.parties
        case .listed(let states): all = states
        }
        return all.filter { !scenario.without.contains($0) }
    }

    mutating func entryCandidate(_ o: TriggerIndex.CompiledObligation, _ v: TriggerIndex.Variant, number: Int,
                                 instrument: Instrument, proposal: Int?, contested: Bool, prefix: Int) -> EntryCandidate {
        let base = arena[prefix]
        var readings = base.readings
        if contested, let r = v.reading {
            readings = arena.readingSets.inserting(r, into: readings)
        }
        var proposals = base.proposals
        if let p = proposal {
            proposals = arena.proposalSets.inserting(p, into: proposals)
        }
        let force = o.force ?? instrument.force
        let measure = Measure(proposals: arena.proposalSets.count(proposals), readings: arena.readingSets.count(readings),
                              depth: base.depth, political: force == .political, dutyRank: o.duty.strengthRank,
                              hours: o.within?.lower ?? Int.max, length: base.length + 1)
        let key = AlikeKey(clause: number, duty: o.duty, readings: readings, proposals: proposals, depth: base.depth)
        return EntryCandidate(measure: measure, key: key, force: force, proposal: proposal)
    }

    /// Keeps the chain `prefix → step` when it beats the bearer's alike chain, and
    /// makes it the bearer's engagement when it is the best engaging chain of this
    /// round. The chain is stored only if it wins one of the two.
    mutating func offer(_ step: InternalClauseStep, _ c: EntryCandidate, prefix: Int, engages: Bool, joins: Side) {
        let bearer = step.bearer
        let slot = kept[bearer].firstIndex { $0.key == c.key }
        var winsKept = true
        if let slot {
            winsKept = candidate(c.measure, prefix: prefix, step: step, precedes: kept[bearer][slot].node)
        }
        var winsEngagement = false
        if engages && engagement[bearer] == nil && joins != .unaligned {
            if let held = pending[bearer]?.node {
                winsEngagement = candidate(c.measure, prefix: prefix, step: step, precedes: held)
            } else {
                winsEngagement = true
            }
        }
        guard winsKept || winsEngagement else { return }
        let node = arena.append(.clause(step), to: prefix)
        if winsKept {
            if let slot {
                kept[bearer][slot].node = node
            } else {
                kept[bearer].append(Kept(key: c.key, node: node))
            }
        }
        if winsEngagement {
            pending[bearer] = Engagement(node: node, depth: arena[prefix].depth, side: joins)
        }
    }

    // MARK: Ranking chains

    /// The ranking measure of the chain ending at clause node `n`.
    func measure(_ n: Int) -> Measure {
        let node = arena[n]
        guard case .clause(let c) = node.step else {
            return Measure(proposals: 0, readings: 0, depth: node.depth, political: false, dutyRank: 0, hours: Int.max,
                           length: node.length)
        }
        return Measure(proposals: arena.proposalSets.count(node.proposals), readings: arena.readingSets.count(node.readings),
                       depth: node.depth, political: c.force == .political, dutyRank: c.duty.strengthRank,
                       hours: c.within?.lower ?? Int.max, length: node.length)
    }

    /// Whether the chain not yet stored, `prefix → step` measuring `m`, ranks before the stored chain `held`.
    mutating func candidate(_ m: Measure, prefix: Int, step: InternalClauseStep, precedes held: Int) -> Bool {
        let other = measure(held)
        if m != other {
            return m < other
        }
        // Equal measures mean equal lengths: the prefixes decide, else the final steps.
        if let heldPrefix = arena[held].parent, heldPrefix != prefix {
            let c = compare(prefix, heldPrefix)
            if c != 0 {
                return c < 0
            }
        }
        return order.precedes(.clause(step), arena[held].step)
    }

    /// Whether stored chain `a` ranks before stored chain `b`.
    mutating func precedes(_ a: Int, _ b: Int) -> Bool {
        let ma = measure(a)
        let mb = measure(b)
        if ma != mb {
            return ma < mb
        }
        return compare(a, b) < 0
    }

    /// Compares two stored chains step by step: -1, 0 or 1.
    mutating func compare(_ a: Int, _ b: Int) -> Int {
        if a == b {
            return 0
        }
        arena.path(a, into: &leftPath)
        arena.path(b, into: &rightPath)
        for (x, y) in zip(leftPath, rightPath) where x != y {
            let sx = arena[x].step
            let sy = arena[y].step
            if sx == sy { continue }
            return order.precedes(sx, sy) ? -1 : 1
        }
        return leftPath.count == rightPath.count ? 0 : (leftPath.count < rightPath.count ? -1 : 1)
    }
}
