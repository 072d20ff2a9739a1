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
}
