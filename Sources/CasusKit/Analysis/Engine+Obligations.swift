/// From an event to obligations: which clauses (plainly or under a reading) it
/// meets, then for each `then` entry and bearer the rules in analysis.md's
/// order — inactive, permission, bearer-is-adversary, veto, provoked — and finally the
/// bearer's chain and, for an engaging duty, its engagement.
extension Engine {
    mutating func process(_ e: Event, prefix: Int) {
        let provoked = side[e.victim] == .attacker
        let containers = containers(of: e.place)
        for number in candidateClauses(e) {
            let clause = triggers.clauses[number]
            for variant in clause.variants {
                if let r = variant.reading, scenario.rejected.contains(r) { continue }
                let match = triggers.match(
                    variant, e, containers: containers, instrument: clause.instrument, provoked: provoked,
                    index: graph.index)
                if case .notMet = match { continue }
                let contested = variant.reading.map { !scenario.accepted.contains($0) } ?? false
                var blocked = false
                if case .provoked = match { blocked = true }
                apply(
                    variant, of: clause, number: number, event: e, prefix: prefix, contested: contested,
                    provoked: blocked)
            }
        }
    }

    /// The places `place` lies in, worked out once per run: strikes fall on the same home places again and again.
    mutating func containers(of place: Int) -> [Int] {
        if let known = placeContainers[place] { return known }
        let found = graph.index.containers(of: place)
        placeContainers[place] = found
        return found
    }

    /// The clauses that could match `e`, each once, in a fixed order.
    func candidateClauses(_ e: Event) -> [Int] {
        var out = triggers.byVictim[e.victim] ?? []
        if let d = e.deployment, let more = triggers.byDeployment[d] { out += more }
        out += triggers.anyVictim
        if let offense = triggers.byAttacker[e.attacker] { out += offense }
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

    mutating func apply(
        _ v: TriggerIndex.Variant, of clause: TriggerIndex.CompiledClause, number: Int, event e: Event,
        prefix: Int, contested: Bool, provoked: Bool
    ) {
        let inst = triggers.instruments[clause.instrument]
        let proposal = inst.isProposal && !scenario.adopted.contains(clause.instrument) ? clause.instrument : nil
        let blockReading = contested ? v.reading : nil
        // Version 3: only a lapsed instrument withholds; a violated one binds every
        // party, its violators included (no state invokes its own breach).
        let lapsed = withholds(clause.instrument)
        // Whom the duties are owed to and against: the victim and its attacker, or for an
        // offense pledge the attacking ally and its victim (its bearers join the ally's side).
        let (ally, enemy) = clause.sides(of: e)
        let opposite = side[ally].opposite
        let joins = side[ally]
        for (entry, o) in v.obligations.enumerated() {
            // A permission honours `unprovoked`: no right to help against lawful self-defence,
            // and no blocked entry either (a right withheld is not a duty blocked).
            if o.isPermission && provoked && !lapsed { continue }
            let written: [Int]
            if let named = o.writtenBearers(in: inst) {
                written = named
            } else {
                if lapsed {
                    inactive[number, default: []].formUnion([])
                    continue
                }
                if shortcuts {
                    // Every state may act: one candidate per event, handed to the
                    // states once the walk is done (see `grantOpenPermissions`).
                    openPermission(
                        o, v, number: number, entry: entry, ally: ally, enemy: enemy, prefix: prefix,
                        contested: contested, proposal: proposal, instrumentForce: inst.force)
                    continue
                }
                written = graph.index.stateNumbers
            }
            // The entry's collective decision, worked out at its first bearer: the same for all.
            var decision: Withheld??
            // The entry's terms, read once: the loop below runs per bearer.
            let permission = o.isPermission
            let decided = o.decision != .individual && !permission
            let duty = o.duty
            // Version 3: a duty that would engage force against a state a prevailing instrument protects.
            let engagingDuty = o.engages && !o.collective && !permission
            let prevailing = triggers.prevailingRefrains[clause.instrument]
            let c = entryCandidate(
                o, v, number: number, instrumentForce: inst.force, proposal: proposal,
                contested: contested, prefix: prefix)
            // A prefix that loses to one already offered to the same bearers makes no step: only its
            // blocks count, so the loop below gathers no eligible bearers for it.
            let loses = shortcuts && entryLoses(c, prefix: prefix, victim: ally, reading: v.reading, entry: entry)
            // Such a prefix, where only a bearer on the other side can be blocked, needs no bearer loop: those
            // bearers are the same all through a depth (sides change between depths), so they are looked up.
            if loses && !lapsed && !decided && !provoked && !(engagingDuty && prevailing != nil) {
                if !permission {
                    for b in adversaryBearers(o, written, ally: ally, enemy: enemy, opposite: opposite) {
                        block(number, .bearerIsAdversary, reading: blockReading, bearer: b, duty: duty)
                    }
                }
                continue
            }
            // First the rules that withhold or block, bearer by bearer; the bearers
            // left over share one candidate and one step, made after the loop (a
            // loop-carried optional candidate cost a third of the walk at 10^4 states).
            // Taken out of the engine, not copied: a buffer held twice is copied on its first append.
            var eligible: [Int] = []
            swap(&eligible, &eligibleScratch)
            eligible.removeAll(keepingCapacity: true)
            defer { eligibleScratch = eligible }
            for b in written where b != ally && !removed[b] {
                if lapsed {
                    inactive[number, default: []].insert(b)
                    continue
                }
                if isAdversary(b, attacker: enemy, opposite: opposite) {
                    // A permission whose bearer is on the attacker's side yields nothing.
                    if !permission {
                        block(number, .bearerIsAdversary, reading: blockReading, bearer: b, duty: duty)
                    }
                    continue
                }
                if decided {
                    let withheld =
                        decision
                        ?? withheldDecision(o, written, inst, victim: ally, attacker: enemy, opposite: opposite)
                    decision = withheld
                    if let withheld {
                        block(
                            number, withheld.reason, reading: blockReading, bearer: b, duty: duty, by: withheld.by,
                            vote: withheld.vote)
                        continue
                    }
                }
                if provoked {
                    block(number, .provoked, reading: blockReading, bearer: b, duty: duty)
                    continue
                }
                if engagingDuty, let refrains = prevailing,
                    let r = refrains.first(where: { binds($0, bearer: b, against: enemy) })
                {
                    block(number, .inConflict, reading: blockReading, bearer: b, duty: duty, prevailing: r)
                    continue
                }
                if !loses { eligible.append(b) }
            }
            // Most entries of a losing prefix stop here, before any step is made.
            guard !loses, let first = eligible.first else { continue }
            if shortcuts {
                entryBest[EntryGroup(key: c.key, victim: ally, reading: v.reading, entry: entry)] = (
                    prefix, c.measure
                )
            }
            // The entry's step, made once: each bearer's differs only in the bearer.
            let template = clauseStep(
                o, v, number: number, contested: contested, proposal: proposal, force: c.force,
                bearer: first, owedTo: ally)
            let engages = o.engages && !o.collective
            for b in eligible {
                offer(template, bearer: b, c, prefix: prefix, engages: engages, joins: joins)
            }
        }
    }

    func clauseStep(
        _ o: TriggerIndex.CompiledObligation, _ v: TriggerIndex.Variant, number: Int, contested: Bool,
        proposal: Int?, force: LegalForce, bearer: Int, owedTo: Int
    ) -> InternalClauseStep {
        InternalClauseStep(
            clause: number, reading: v.reading, contested: contested, proposal: proposal,
            bearer: bearer, owedTo: owedTo, duty: o.duty, force: force, within: o.within,
            subjectTo: o.subjectTo, decision: o.decision, majority: o.majority, modality: o.modality, means: o.means)
    }

    /// The bearers of an entry, as written, that are adversaries at this event (`isAdversary`), but for
    /// the one it is owed to and removed actors: those on `opposite` (kept per entry until the sides
    /// change) and the enemy itself.
    mutating func adversaryBearers(
        _ o: TriggerIndex.CompiledObligation, _ written: [Int], ally: Int, enemy: Int, opposite: Side
    ) -> [Int] {
        var out: [Int] = []
        if opposite != .unaligned {
            let key = SideBearers(obligation: ObjectIdentifier(o), side: opposite)
            let onSide: [Int]
            if let known = sideBearers[key] {
                onSide = known
            } else {
                onSide = written.filter { side[$0] == opposite && !removed[$0] }
                sideBearers[key] = onSide
            }
            out = onSide.filter { $0 != ally }
        }
        let enemyCounted = opposite != .unaligned && side[enemy] == opposite
        if enemy != ally && !removed[enemy] && !enemyCounted && written.contains(enemy) {
            out.append(enemy)
        }
        return out
    }

    /// The attacker, or an actor on its side (the side opposite the victim's).
    /// Allies on the victim's side are never adversaries.
    func isAdversary(_ a: Int, attacker: Int, opposite: Side) -> Bool {
        a == attacker || (opposite != .unaligned && side[a] == opposite)
    }

    /// Whether refrain `r` binds `bearer` not to use force against `attacker` on this run: in
    /// force (or adopted), and `attacker` among those it protects. A breach and a conflict both ask it.
    func binds(_ r: Int, bearer: Int, against attacker: Int) -> Bool {
        let refrain = triggers.refrains[r]
        guard bearer != attacker, refrain.bearers.contains(bearer), !withholds(refrain.instrument) else { return false }
        if triggers.instruments[refrain.instrument].isProposal && !scenario.adopted.contains(refrain.instrument) {
            return false
        }
        return refrain.towards?.contains(attacker)
            ?? triggers.instruments[refrain.instrument].partySet.contains(attacker)
    }

    /// Records a block at the event being processed.
    mutating func block(
        _ clause: Int, _ reason: BlockReason, reading: Int?, bearer: Int, duty: Duty, by holders: [Int] = [],
        vote: (deciders: Int, share: Share)? = nil, prevailing: Int? = nil
    ) {
        let record = BlockRecord(
            clause: clause, reason: reason, reading: reading, bearer: bearer, duty: duty, by: holders,
            deciders: vote?.deciders ?? 0, share: vote?.share, prevailing: prevailing)
        // The event being processed is the last one analysed.
        blocks[record, default: []].insert(analysedEvents.count - 1)
    }

    /// A collective decision withheld: why, by whom, and for a majority the count.
    struct Withheld {
        let reason: BlockReason
        let by: [Int]
        let vote: (deciders: Int, share: Share)?
    }

    /// Whether an entry's consensus, unanimity or majority decision is withheld. The
    /// deciders who withhold are those on the attacker's side and those the scenario
    /// names in `vetoes`: any one of them withholds a consensus or unanimity; a
    /// majority only when those left in favour fall short of its share. nil: taken.
    func withheldDecision(
        _ o: TriggerIndex.CompiledObligation, _ written: [Int], _ inst: TriggerIndex.CompiledInstrument,
        victim: Int, attacker: Int, opposite: Side
    ) -> Withheld? {
        let deciding = deciders(o, bearersAsWritten(o, written, victim: victim), inst)
        let holders = deciding.filter { isAdversary($0, attacker: attacker, opposite: opposite) || vetoing[$0] }
        if let majority = o.majority {
            guard deciding.count - holders.count < majority.needed(of: deciding.count) else { return nil }
            return Withheld(reason: .noMajority, by: holders, vote: (deciding.count, majority))
        }
        return holders.isEmpty ? nil : Withheld(reason: .veto, by: holders, vote: nil)
    }

    /// The bearers as written, less the victim where the entry names the other parties.
    func bearersAsWritten(_ o: TriggerIndex.CompiledObligation, _ written: [Int], victim: Int) -> [Int] {
        if case .otherParties = o.bearers { return written.filter { $0 != victim } }
        return written
    }

    /// Who decides a consensus or unanimity entry: its bearers as written (a
    /// collective organization's member states), the parties, or a list; never a removed actor.
    func deciders(_ o: TriggerIndex.CompiledObligation, _ written: [Int], _ inst: TriggerIndex.CompiledInstrument)
        -> [Int]
    {
        let index = graph.index
        let all: [Int]
        switch o.deciders {
        case .bearers: all = Array(Set(written.flatMap { index.statesOf[$0] })).sorted()
        case .parties: all = inst.parties
        case .listed(let states): all = states
        }
        return all.filter { !removed[$0] }
    }

    mutating func entryCandidate(
        _ o: TriggerIndex.CompiledObligation, _ v: TriggerIndex.Variant, number: Int,
        instrumentForce: LegalForce, proposal: Int?, contested: Bool, prefix: Int
    ) -> EntryCandidate {
        var readings = arena.nodes[prefix].readings
        if contested, let r = v.reading {
            readings = arena.relying(on: r, readings)
        }
        var proposals = arena.nodes[prefix].proposals
        if let p = proposal {
            proposals = arena.proposalSets.inserting(p, into: proposals)
        }
        let force = o.force ?? instrumentForce
        let measure = Measure(
            permission: o.isPermission, proposals: arena.proposalSets.count(proposals),
            readings: arena.readingSets.count(readings), choices: arena.nodes[prefix].choices,
            depth: arena.nodes[prefix].depth, political: force == .political, dutyRank: o.duty.strengthRank,
            hours: o.within?.lower ?? Int.max, length: arena.nodes[prefix].length + 1)
        let key = AlikeKey(
            clause: number, duty: o.duty, readings: readings, proposals: proposals, depth: arena.nodes[prefix].depth)
        return EntryCandidate(measure: measure, key: key, force: force, proposal: proposal)
    }

    /// Whether this entry's chains, `prefix → …`, rank no better than those of the best prefix
    /// already offered to the same bearers for the same alike key (`entryBest`). Every bearer of
    /// that group already holds a chain at least as good, so a loser is offered to none.
    mutating func entryLoses(_ c: EntryCandidate, prefix: Int, victim: Int, reading: Int?, entry: Int) -> Bool {
        let group = EntryGroup(key: c.key, victim: victim, reading: reading, entry: entry)
        guard let best = entryBest[group] else { return false }
        if c.measure != best.measure {
            return !(c.measure < best.measure)
        }
        return compare(prefix, best.prefix) >= 0
    }

    /// Keeps the chain `prefix → step` when it beats the bearer's alike chain, and
    /// makes it the bearer's engagement when it is the best engaging chain of this
    /// round. The chain is stored only if it wins one of the two.
    /// The step is the entry's template: the bearer's own copy is made only when a tie
    /// needs it or a node is stored, since most offers lose on the measure alone.
    mutating func offer(
        _ template: InternalClauseStep, bearer: Int, owedTo victim: Int? = nil, _ c: EntryCandidate,
        prefix: Int, engages: Bool, joins: Side
    ) {
        let step = PendingStep(template: template, bearer: bearer, owedTo: victim)
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
        let node = arena.append(.clause(step.borne), to: prefix)
        if winsKept {
            if let slot {
                kept[bearer][slot].node = node
            } else {
                kept[bearer].append(Kept(key: c.key, node: node))
            }
        }
        if winsEngagement {
            pending[bearer] = Engagement(node: node, depth: arena.nodes[prefix].depth, side: joins)
        }
    }

    // MARK: Ranking chains

    /// The ranking measure of the chain ending at node `n`.
    func measure(_ n: Int) -> Measure {
        arena.nodes[n].measure
    }

    /// Whether the chain not yet stored, `prefix → step` measuring `m`, ranks before the stored chain `held`.
    /// A bearer's step not yet made: its entry's template and the bearer (and victim) it differs in.
    struct PendingStep {
        let template: InternalClauseStep
        let bearer: Int
        let owedTo: Int?

        var borne: InternalClauseStep {
            template.borne(by: bearer, owedTo: owedTo)
        }
    }

    mutating func candidate(_ m: Measure, prefix: Int, step: PendingStep, precedes held: Int) -> Bool {
        let other = measure(held)
        if m != other {
            return m < other
        }
        // Equal measures mean equal lengths: the prefixes decide, else the final steps.
        if let heldPrefix = arena.nodes[held].parent, heldPrefix != prefix {
            let c = compare(prefix, heldPrefix)
            if c != 0 {
                return c < 0
            }
        }
        return order.precedes(.clause(step.borne), arena.step(held))
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
        if let last = lastComparison, last.a == a, last.b == b {
            return last.result
        }
        let result = compareSteps(a, b)
        lastComparison = (a, b, result)
        return result
    }

    private mutating func compareSteps(_ a: Int, _ b: Int) -> Int {
        arena.path(a, into: &leftPath)
        arena.path(b, into: &rightPath)
        for (x, y) in zip(leftPath, rightPath) where x != y {
            if arena.nodes[x].stepIndex == arena.nodes[y].stepIndex { continue }
            let sx = arena.step(x)
            let sy = arena.step(y)
            if sx == sy { continue }
            return order.precedes(sx, sy) ? -1 : 1
        }
        return leftPath.count == rightPath.count ? 0 : (leftPath.count < rightPath.count ? -1 : 1)
    }
}
