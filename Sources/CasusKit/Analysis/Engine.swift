/// The trigger engine of analysis.md: a pure function from a graph and a
/// scenario to an outcome. It walks depth by depth: the initial events, then
/// each round of hypothetical strikes between the engaged actors of the two sides.
public enum Analysis {
    /// How many chains each actor keeps when a caller does not say (`--chains`).
    public static let defaultChainsPerActor = 3

    /// Traces every trigger chain that `scenario` sets off in `graph`.
    ///
    /// - Parameters:
    ///   - scenario: The attacks and assumptions; with ``Scenario/asOf`` the world is read on that day.
    ///   - graph: The loaded world.
    ///   - chainsPerActor: How many of each actor's best chains to keep (K), at least 1.
    /// - Returns: The actors in play with their best chains, the blocked, inactive
    ///   and breached clauses, and the states left unaffected.
    /// - Throws: `UnknownName` when the scenario names an actor, reading or proposal
    ///   the graph lacks, has no attack or attacker, or contradicts itself.
    /// - Complexity: Each depth tries up to two strikes per pair of engaged actors on
    ///   opposite sides; BENCHMARKS.md shows what depth 2 costs.
    public static func run(_ scenario: Scenario, on graph: Graph, chainsPerActor: Int = Analysis.defaultChainsPerActor)
        throws(UnknownName)
        -> Outcome
    {
        try run(scenario, on: graph.reading(for: scenario), chainsPerActor: chainsPerActor, shortcuts: true)
    }

    /// With `shortcuts: false` every candidate chain is offered to every bearer:
    /// the slow reference the differential tests hold the fast path to.
    static func run(_ scenario: Scenario, on graph: Graph, chainsPerActor: Int, shortcuts: Bool) throws(UnknownName)
        -> Outcome
    {
        var engine = try walked(scenario, on: graph, shortcuts: shortcuts)
        return engine.outcome(chainsPerActor: max(1, chainsPerActor))
    }

    /// The actors' rows only (the outcome's clause lists left empty), on a world
    /// already read for the scenario's day: what a sweep compares, run after run.
    package static func actorRows(_ scenario: Scenario, onRead graph: Graph, chainsPerActor: Int) throws(UnknownName)
        -> Outcome
    {
        var engine = try walked(scenario, on: graph)
        return engine.outcome(chainsPerActor: max(1, chainsPerActor), clauseLists: false)
    }

    /// The engine after its walk: what every entry point starts from.
    static func walked(_ scenario: Scenario, on graph: Graph, shortcuts: Bool = true) throws(UnknownName) -> Engine {
        let prepared = try PreparedScenario(scenario, graph: graph)
        var engine = Engine(graph: graph, scenario: prepared)
        engine.shortcuts = shortcuts
        engine.run()
        return engine
    }

    /// Every chain to `actor` and, for every clause of an instrument it is party
    /// to or named in, the nearest miss against the run's events ("why not?").
    public static func explain(
        _ actor: String, in scenario: Scenario, on graph: Graph,
        chainsPerActor: Int = .max
    ) throws(UnknownName) -> Explanation {
        guard let number = graph.index.actorIndex[actor] else {
            throw UnknownName(message: "unknown actor '\(actor)'", suggestion: graph.index.suggestActor(actor))
        }
        var engine = try walked(scenario, on: graph.reading(for: scenario))
        let outcome = engine.outcome(chainsPerActor: max(1, chainsPerActor))
        return Explanation(actor: actor, outcome: outcome, misses: engine.misses(for: number))
    }
}

struct Engine {
    enum Side {
        case unaligned, attacker, defender

        var opposite: Side {
            switch self {
            case .attacker: return .defender
            case .defender: return .attacker
            case .unaligned: return .unaligned
            }
        }
    }

    /// How an actor came to be engaged: the chain that engaged it (nil for an
    /// attacker's empty one), fixed in the round it is first engaged and never replaced.
    struct Engagement {
        let node: Int?
        let depth: Int
        let side: Side
    }

    /// Chains to one actor that are alike (analysis.md) share this key; only the best is kept.
    struct AlikeKey: Hashable {
        let clause: Int
        let duty: Duty
        let readings: Int
        let proposals: Int
        let depth: Int

        // The integers only: a duty hashes as its word, which the walk would hash per
        // offer; keys that differ by duty alone are rare and still told apart by ==.
        func hash(into hasher: inout Hasher) {
            hasher.combine(clause)
            hasher.combine(readings)
            hasher.combine(proposals)
            hasher.combine(depth)
        }
    }

    struct Kept {
        let key: AlikeKey
        var node: Int
    }

    /// The bearers of one `then` entry reached through one victim: they are
    /// offered the same chains, so one comparison per prefix serves them all.
    struct EntryGroup: Hashable {
        let key: AlikeKey
        let victim: Int
        let reading: Int?
        let entry: Int
    }

    struct BlockRecord: Hashable {
        let clause: Int
        let reason: BlockReason
        /// The variant's reading when the scenario did not accept it.
        let reading: Int?
        let bearer: Int
        let duty: Duty
        let by: [Int]
        /// For a majority decision withheld: how many decided, and the share it needed.
        let deciders: Int
        let share: Share?
        /// For a duty in conflict: the prevailing refrain (`TriggerIndex.refrains`).
        var prevailing: Int? = nil

        // As `AlikeKey`: the integers, not the words of the reason and the duty.
        func hash(into hasher: inout Hasher) {
            hasher.combine(clause)
            hasher.combine(reading)
            hasher.combine(bearer)
        }
    }

    struct BreachRecord: Hashable {
        let refrain: Int
        let by: Int
        let towards: Int
        /// 0: by the scenario's attack; N: by a hypothetical strike at depth N.
        var depth = 0
    }

    let graph: Graph
    /// The graph's trigger index, read once (the walk reads it per event).
    let triggers: TriggerIndex
    let scenario: PreparedScenario
    let order: StepOrder

    var arena: ChainArena
    /// Per actor number.
    var side: [Side]
    /// Removed with `without` / withholding consent (`vetoes`), per actor number: cheaper than a set lookup per bearer.
    let removed: [Bool]
    let vetoing: [Bool]
    var engagement: [Engagement?]
    var kept: [[Kept]]
    var entryBest: [EntryGroup: (prefix: Int, measure: Measure)] = [:]
    /// Whether a `then` entry's losing prefixes skip its bearers (see `entryLoses`).
    var shortcuts = true
    /// Engagements found at the depth being processed; they take effect at the next depth.
    var pending: [Int: Engagement] = [:]
    var attackers = Set<Int>()
    var victims = Set<Int>()
    var reached = Set<Event.Identity>()
    /// Every event analysed, in order (for "why not?").
    var analysedEvents: [Event] = []
    /// The escalation round of each analysed event.
    var analysedDepths: [Int] = []
    /// Each block, with the events it was met at (positions in `analysedEvents`).
    var blocks: [BlockRecord: Set<Int>] = [:]
    var inactive: [Int: Set<Int>] = [:]
    var breached = Set<BreachRecord>()
    /// Per actor number: the first round it counts on its side (`Int.max`: never joined).
    var joinedAt: [Int]
    /// The `bearers: any` permissions met, by group, in the order first met.
    var openPermissions: [OpenGroup: [OpenCandidate]] = [:]
    var openOrder: [OpenGroup] = []
    /// Scratch space for comparing two chains step by step, and the last comparison:
    /// the bearers of one clause usually hold chains with one and the same prefix.
    var leftPath: [Int] = []
    /// Scratch space for the bearers of one entry that no rule withholds or blocks.
    var eligibleScratch: [Int] = []
    var rightPath: [Int] = []
    var lastComparison: (a: Int, b: Int, result: Int)?
    /// Per place number, the places it lies in (`containers(of:)`), once known.
    var placeContainers: [Int: [Int]] = [:]
    /// An entry's bearers on one side (`adversaryBearers`): valid until a side changes, then emptied.
    struct SideBearers: Hashable {
        let obligation: ObjectIdentifier
        let side: Side
    }
    var sideBearers: [SideBearers: [Int]] = [:]

    init(graph: Graph, scenario: PreparedScenario) {
        self.graph = graph
        self.triggers = graph.triggers
        self.scenario = scenario
        self.order = StepOrder(graph: graph, triggers: triggers)
        let actors = graph.actors.count
        arena = ChainArena(
            labelLists: triggers.labelLists,
            contestedMembers: triggers.readingMembers.map { $0.filter { !scenario.accepted.contains($0) } })
        removed = (0..<actors).map { scenario.without.contains($0) }
        vetoing = (0..<actors).map { scenario.vetoes.contains($0) }
        side = Array(repeating: .unaligned, count: actors)
        engagement = Array(repeating: nil, count: actors)
        kept = Array(repeating: [], count: actors)
        joinedAt = Array(repeating: Int.max, count: actors)
    }

    // MARK: The walk

    mutating func run() {
        for a in scenario.attacks {
            attackers.insert(a.attacker)
        }
        for s in attackers.union(scenario.aligned) {
            take(.attacker, by: s, fromRound: 0)
            engagement[s] = Engagement(node: nil, depth: 0, side: .attacker)
        }
        var initial: [(event: Event, node: Int)] = []
        for a in scenario.attacks {
            for e in initialEvents(a) {
                victims.insert(e.victim)
                if side[e.victim] == .unaligned {
                    take(.defender, by: e.victim, fromRound: 0)
                }
                initial.append((e, arena.append(.attack(e), to: nil, depth: 0)))
            }
        }
        engageVictims(initial)
        for (e, node) in initial {
            recordBreaches(e)
            guard reached.insert(e.identity).inserted else { continue }
            analysedEvents.append(e)
            analysedDepths.append(0)
            process(e, prefix: node)
        }
        engageJoiners()
        commitEngagements(joiningAt: 1)
        defer { grantOpenPermissions() }
        guard scenario.depth > 0 else { return }
        for depth in 1...scenario.depth {
            let strikes = strikes(atDepth: depth)
            if strikes.isEmpty { break }
            for (e, node) in strikes {
                recordBreaches(e, depth: depth)
                analysedEvents.append(e)
                analysedDepths.append(depth)
                process(e, prefix: node)
            }
            commitEngagements(joiningAt: depth + 1)
        }
    }

    /// The events of one attack (analysis.md, "Events"). An event whose victim is
    /// removed, attacks, or is aligned with the attackers is dropped.
    func initialEvents(_ a: PreparedScenario.PreparedAttack) -> [Event] {
        let index = graph.index
        var out: [Event] = []
        func add(_ victimID: String?, _ target: TargetKind, at placeID: String, deployment: Int? = nil) {
            guard let victimID, let victim = index.actorIndex[victimID], let place = index.placeIndex[placeID] else {
                return
            }
            guard side[victim] != .attacker, !scenario.without.contains(victim) else { return }
            out.append(
                Event(
                    victim: victim, target: target, place: place, attacker: a.attacker, deployment: deployment,
                    kind: a.kind, nuclear: a.nuclear, hypothetical: false))
        }
        // Version 3: an attack on forces or vessels inside a state's territory is also
        // armed aggression on that territory — for armed attacks and incursions only.
        let hostGetsEvent = a.kind == .armedAttack || a.kind == .incursion
        func host(at placeID: String) -> String? { index.territoryStateID(of: placeID) }
        switch a.target {
        case .deployment(let id):
            guard let d = index.deploymentIndex[id] else { break }
            let dep = graph.deployments[d]
            if dep.status != .withdrawn {
                for c in Set(dep.contributors.flatMap { index.states(of: $0) }).sorted() {
                    add(index.actorIDs[c], .forces, at: dep.at, deployment: d)
                }
            }
            if hostGetsEvent {
                add(dep.host ?? host(at: dep.at), .territory, at: dep.at, deployment: d)
            }
        case .state(let id):
            add(id, .territory, at: id)
        case .place(let id):
            add(host(at: id), .territory, at: id)
        case .forces(let state, let at):
            add(state, .forces, at: at)
            // A group's forces are not the state's they are in: whether a strike on them is also one
            // on that state (no consent, say) is for the scenario to say, with an attack on the place.
            let isGroup = index.actorIndex[state].map { index.isGroup[$0] } ?? false
            if hostGetsEvent && !isGroup { add(host(at: at), .territory, at: at) }
        case .vessels(let state, let at):
            add(state, .vessels, at: at)
            if hostGetsEvent { add(host(at: at), .territory, at: at) }
        case .shipping(let state, let at):
            // A merchant ship is not the coastal state's territory, nor its flag state's armed forces.
            add(state, .shipping, at: at)
        }
        return out
    }

    /// A victim of an initial armed attack is engaged by its best-ranked initial
    /// event; an incursion, threat or cyber event starts no war by itself.
    mutating func engageVictims(_ initial: [(event: Event, node: Int)]) {
        // A strike on merchant shipping makes no state a belligerent by itself: whether it is an
        // armed attack on the flag state is for a clause (`target: shipping`) or a reading to say.
        for (e, node) in initial where e.kind == .armedAttack && e.target != .shipping && side[e.victim] == .defender {
            if let old = engagement[e.victim]?.node, case .attack(let held) = arena.step(old),
                !order.precedes(.attack(e), .attack(held))
            {
                continue
            }
            engagement[e.victim] = Engagement(node: node, depth: 0, side: .defender)
        }
    }

    /// A state the scenario has join the victim's side (`joins`) is engaged from depth 0 by a chain
    /// of one step, its choice, which every chain through it then carries. It needs no choice when
    /// an armed attack on it engages it, or a duty of settled law at depth 0 does (no contested
    /// reading, no unadopted proposal): the chains through it then rest on that.
    mutating func engageJoiners() {
        for j in scenario.joins.sorted(by: { graph.index.actorRank[$0] < graph.index.actorRank[$1] })
        where engagement[j] == nil {
            if let duty = pending[j]?.node, arena[duty].readings == SetTable.empty,
                arena[duty].proposals == SetTable.empty
            {
                continue
            }
            take(.defender, by: j, fromRound: 0)
            engagement[j] = Engagement(node: arena.append(.join(j), to: nil, depth: 0), depth: 0, side: .defender)
        }
    }

    /// The hypothetical strikes of one depth: between every engaged actor of one
    /// side and every engaged actor of the other, where at least one of the two
    /// was engaged at the depth before. Strikes that no clause can answer (none for the
    /// struck state, no offense pledge of the striker's), and strikes that repeat an
    /// event already analysed, are not generated.
    mutating func strikes(atDepth depth: Int) -> [(Event, Int)] {
        let ranked = engagement.indices.filter { engagement[$0] != nil }.sorted {
            graph.index.actorRank[$0] < graph.index.actorRank[$1]
        }
        let left = ranked.filter { engagement[$0]?.side == .attacker }
        let right = ranked.filter { engagement[$0]?.side == .defender }
        var out: [(Event, Int)] = []
        // Room for every strike this depth may make, so the set of events is not rehashed as it grows.
        reached.reserveCapacity(reached.count + min(2 * left.count * right.count, 1 << 18))
        // Each engaged actor's chain as nodes, built once for the depth (a strike's chain inherits both sides').
        var paths: [Int: [Int]] = [:]
        for x in left {
            for y in right {
                guard let ex = engagement[x], let ey = engagement[y], max(ex.depth, ey.depth) == depth - 1 else {
                    continue
                }
                if let s = strike(by: x, ex, on: y, ey, depth: depth, paths: &paths) { out.append(s) }
                if let s = strike(by: y, ey, on: x, ex, depth: depth, paths: &paths) { out.append(s) }
            }
        }
        return out
    }

    /// A strike by `x` on `y`'s territory (a group's forces where it is based). Its chain inherits
    /// both engagements' steps (the striker's first, shared steps once) and ends in the strike.
    mutating func strike(
        by x: Int, _ ex: Engagement, on y: Int, _ ey: Engagement, depth: Int, paths: inout [Int: [Int]]
    ) -> (Event, Int)? {
        let index = graph.index
        // A strike no clause answers is still made where it would break a prevailing
        // undertaking: that breach is reported.
        guard
            triggers.anyClause(forVictim: y) || triggers.anyClause(forAttacker: x)
                || triggers.refrainsThatPrevail.contains(where: { binds($0, bearer: x, against: y) }),
            let place = index.homePlace[y]
        else { return nil }
        let e = Event(
            victim: y, target: index.isGroup[y] ? .forces : .territory, place: place, attacker: x, deployment: nil,
            kind: .armedAttack, nuclear: false, hypothetical: true)
        guard reached.insert(e.identity).inserted else { return nil }
        func path(_ node: Int?) -> [Int] {
            guard let node else { return [] }
            if let known = paths[node] { return known }
            var built: [Int] = []
            arena.path(node, into: &built)
            paths[node] = built
            return built
        }
        let striker = path(ex.node)
        var cursor = ex.node
        // The struck side's steps the striker's chain lacks, shared with the chain they come from.
        for m in path(ey.node) where !striker.contains(where: { arena.step($0) == arena.step(m) }) {
            cursor = arena.appendStep(of: m, to: cursor)
        }
        return (e, arena.append(.attack(e), to: cursor, depth: depth))
    }

    /// Engagements found at this depth join their sides from the next one; an
    /// actor keeps the first side it joined.
    mutating func commitEngagements(joiningAt round: Int) {
        for (actor, found) in pending where engagement[actor] == nil {
            if side[actor] == .unaligned {
                take(found.side, by: actor, fromRound: round)
            }
            engagement[actor] = Engagement(node: found.node, depth: found.depth, side: side[actor])
        }
        pending = [:]
    }

    /// `actor` counts on `taken`'s side from round `round`: the one place a side is taken, so what is
    /// kept per side (`sideBearers`) is emptied whenever one is.
    mutating func take(_ taken: Side, by actor: Int, fromRound round: Int) {
        side[actor] = taken
        joinedAt[actor] = round
        sideBearers = [:]
    }

    /// Whether an instrument withholds its obligations: lapsed in the world, or taken as lapsed by the run.
    func withholds(_ instrument: Int) -> Bool {
        triggers.instruments[instrument].status.withholds || scenario.lapsed.contains(instrument)
    }

    /// Refrain undertakings the attack breaks: the attacker bears one towards the victim,
    /// in an instrument neither lapsed nor an unadopted proposal. A hypothetical strike
    /// (depth ≥ 1) is reported against the refrains of prevailing instruments only (version 3,
    /// `prevails-over`: docs/analysis.md says why no others).
    mutating func recordBreaches(_ e: Event, depth: Int = 0) {
        let tested = depth > 0 ? triggers.refrainsThatPrevail : Array(triggers.refrains.indices)
        for n in tested where binds(n, bearer: e.attacker, against: e.victim) {
            breached.insert(BreachRecord(refrain: n, by: e.attacker, towards: e.victim, depth: depth))
        }
    }
}
