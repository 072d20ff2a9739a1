/// The trigger engine of analysis.md: a pure function from a graph and a
/// scenario to an outcome. It walks depth by depth: the initial attacks, then
/// each round of hypothetical strikes between the engaged actors of the two sides.
public enum Analysis {
    /// - Parameter chainsPerActor: how many of each actor's best chains to keep (K).
    public static func run(_ scenario: Scenario, on graph: Graph, chainsPerActor: Int = 3) throws(UnknownName) -> Outcome {
        let prepared = try PreparedScenario(scenario, graph: graph)
        var engine = Engine(graph: graph, scenario: prepared)
        engine.run()
        return engine.outcome(chainsPerActor: max(1, chainsPerActor))
    }
}

struct Engine {
    let graph: Graph
    let scenario: PreparedScenario
    let ranking: Ranking

    enum Side: Int { case none = 0, attacker = 1, defender = 2
        var opposite: Side { self == .attacker ? .defender : self == .defender ? .attacker : .none }
    }
    struct Engagement { let chain: InternalChain; let side: Side }

    var side: [Int: Side] = [:]
    /// Engaged actors and the best chain that engaged them (empty steps for attackers).
    var engaged: [Int: Engagement] = [:]
    /// Engagements found at the depth being processed; they take effect at the next depth.
    var pending: [Int: Engagement] = [:]
    var attackers = Set<Int>()
    var victims = Set<Int>()
    var reached = Set<Event.Key>()
    /// Each actor's best chain per key (final clause and assumptions).
    var chains: [Int: [InternalChain.Key: InternalChain]] = [:]
    struct BlockRecord: Hashable { let clause: Int; let reason: BlockReason; let bearer: Int; let duty: Duty; let by: [Int] }
    var blocks = Set<BlockRecord>()
    var inactive: [Int: Set<Int>] = [:]

    init(graph: Graph, scenario: PreparedScenario) {
        self.graph = graph; self.scenario = scenario; self.ranking = Ranking(graph: graph)
    }

    // MARK: The walk

    mutating func run() {
        for a in scenario.attacks { attackers.insert(a.attacker) }
        for s in attackers.union(scenario.aligned) {
            side[s] = .attacker
            engaged[s] = Engagement(chain: InternalChain(steps: [], depth: 0), side: .attacker)
        }
        var initial: [InternalChain] = []
        for a in scenario.attacks {
            for e in initialEvents(a.target, attacker: a.attacker, nuclear: a.nuclear) {
                victims.insert(e.victim)
                if side[e.victim] == nil { side[e.victim] = .defender }
                initial.append(InternalChain(steps: [.attack(e)], depth: 0))
            }
        }
        // A victim is engaged by its best initial event.
        for c in initial {
            guard case .attack(let e)? = c.steps.first, side[e.victim] == .defender else { continue }
            if let old = engaged[e.victim], !ranking.precedes(c, old.chain) { continue }
            engaged[e.victim] = Engagement(chain: c, side: .defender)
        }
        for c in initial {
            guard case .attack(let e)? = c.steps.first, reached.insert(e.key).inserted else { continue }
            process(e, prefix: c)
        }
        commitEngagements()
        guard scenario.depth > 0 else { return }
        for depth in 1...scenario.depth {
            let strikes = strikes(atDepth: depth)
            if strikes.isEmpty && pending.isEmpty { break }
            for c in strikes {
                guard case .attack(let e)? = c.steps.last, reached.insert(e.key).inserted else { continue }
                process(e, prefix: c)
            }
            commitEngagements()
        }
    }

    func initialEvents(_ target: AttackTarget, attacker: Int, nuclear: Bool) -> [Event] {
        let ix = graph.index
        func place(_ id: String) -> Int { ix.placeIndex[id] ?? -1 }
        func actor(_ id: String) -> Int { ix.actorIndex[id] ?? -1 }
        var out: [Event] = []
        func add(_ victim: Int, forces: Bool, at: Int, deployment: Int = -1) {
            guard victim >= 0, at >= 0, victim != attacker, !scenario.without.contains(victim) else { return }
            out.append(Event(victim: victim, forces: forces, place: at, attacker: attacker, deployment: deployment,
                             nuclear: nuclear, hypothetical: false))
        }
        switch target {
        case .deployment(let id):
            guard let d = ix.deploymentIndex[id] else { break }
            let dep = graph.deployments[d]
            if dep.status != .withdrawn {
                for c in Set(dep.contributors.flatMap { ix.states(of: $0) }).sorted() { add(c, forces: true, at: place(dep.at), deployment: d) }
            }
            add(actor(dep.host), forces: false, at: place(dep.at), deployment: d)
        case .state(let id):
            add(actor(id), forces: false, at: place(id))
        case .place(let id):
            let p = place(id)
            if p >= 0, let s = ix.territoryState(of: p) { add(s, forces: false, at: p) }
        case .forces(let state, let at):
            add(actor(state), forces: true, at: place(at))
        }
        return out
    }

    /// The hypothetical strikes of one depth: between every engaged actor of one
    /// side and every engaged actor of the other, where at least one of the two
    /// was engaged at the depth before. Strikes on a state no clause can be
    /// triggered for are not generated.
    func strikes(atDepth depth: Int) -> [InternalChain] {
        let previous = depth - 1
        let sorted = engaged.keys.sorted { graph.index.actorRank[$0] < graph.index.actorRank[$1] }
        let left = sorted.filter { engaged[$0]?.side == .attacker }
        let right = sorted.filter { engaged[$0]?.side == .defender }
        var out: [InternalChain] = []
        for x in left {
            guard let ex = engaged[x] else { continue }
            for y in right {
                guard let ey = engaged[y], max(ex.chain.depth, ey.chain.depth) == previous else { continue }
                if let c = strike(by: x, ex, on: y, ey, depth: depth) { out.append(c) }
                if let c = strike(by: y, ey, on: x, ex, depth: depth) { out.append(c) }
            }
        }
        return out
    }

    func strike(by x: Int, _ ex: Engagement, on y: Int, _ ey: Engagement, depth: Int) -> InternalChain? {
        guard graph.triggers.byVictim[y] != nil, let place = graph.index.placeIndex[graph.index.actorIDs[y]] else { return nil }
        let e = Event(victim: y, forces: false, place: place, attacker: x, deployment: -1, nuclear: false, hypothetical: true)
        var steps = ex.chain.steps
        for s in ey.chain.steps where !steps.contains(s) { steps.append(s) }
        steps.append(.attack(e))
        return InternalChain(steps: steps, depth: depth)
    }

    /// Engagements found at this depth join their sides from the next one.
    mutating func commitEngagements() {
        for (actor, e) in pending where engaged[actor] == nil {
            if side[actor] == nil || side[actor] == Side.none { side[actor] = e.side }
            engaged[actor] = Engagement(chain: e.chain, side: side[actor] ?? e.side)
        }
        pending = [:]
    }

    // MARK: One event

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

    // MARK: From a met clause to obligations

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
