/// The dated facts that can reach one scenario's chains within its depth, worked
/// out once on the world as written (every date at once), so that `timeline`
/// analyses only the days on which one of them changes. On any other day the
/// world differs only in facts no event of the run can meet, so the answer is
/// the day before's (the tests hold it to the every-day timeline).
///
/// It over-approximates, depth by depth: the victims are the states an attack
/// falls on; the instruments are those a victim could invoke (a party, or named
/// by `attack-on`) or that any attack triggers (`attack-on: any`), and the offense
/// pledges of those who may attack (`attack-by`: the attackers, from depth 1 every
/// engaged state); their parties
/// and named bearers may owe; those who owe a duty (not a right) may be struck
/// at the next depth, as may the attackers, whom an engaged state may strike.
struct TimelineReach {
    /// Actors whose own dates, memberships or absence can change the answer.
    private(set) var actors = Set<String>()
    /// Instruments whose dates, parties, clauses or breaches can change it.
    private(set) var instruments = Set<String>()

    init(_ scenario: Scenario, actor: String, on graph: Graph) {
        let depth = max(0, scenario.depth ?? graph.defaults.depth)
        let attackers = scenario.attacks.compactMap { $0.by ?? graph.defaults.attacker }
        // A state that joins by choice can be struck from depth 1: counted with the victims from the start.
        var victims = Set(scenario.attacks.flatMap { Self.struck($0.target, in: graph) } + scenario.joins)
        var attacked = Set(
            scenario.attacks.compactMap { a -> String? in
                if case .deployment(let id) = a.target { return id }
                return nil
            })
        actors = [actor]
        actors.formUnion(attackers)
        actors.formUnion(scenario.aligned + scenario.joins + scenario.without + scenario.vetoes)
        // Worked out once, not per round: each instrument's parties at any date, members expanded.
        let partiesOf = graph.instruments.map { instrument in
            Set(
                Graph.candidates(instrument.parties, graph.dated.parties[instrument.id] ?? [:])
                    .flatMap { Self.expanded($0, in: graph) })
        }
        let everyState = Set(graph.states.map(\.id))
        let attackingSide = Set((attackers + scenario.aligned).flatMap { Self.expanded($0, in: graph) })
        for round in 0...depth {
            var owing = Set<String>()
            // Who may attack in this round, for offense pledges: the attackers, and from depth 1 every engaged
            // state — at the last depth not the actor, whose own attack meets no pledge it bears.
            var strikers = round == 0 ? attackingSide : attackingSide.union(victims)
            if round == depth { strikers.remove(actor) }
            for (n, instrument) in graph.instruments.enumerated() where !instruments.contains(instrument.id) {
                let parties = partiesOf[n]
                guard
                    Self.invocable(
                        instrument, parties: parties, victims: victims, strikers: strikers, deployments: attacked,
                        graph)
                else { continue }
                let bearers = Self.named(instrument, parties: parties, everyState: everyState, in: graph)
                // At the last depth a clause matters only if the actor may bear it: its
                // chain ends there, and no later strike follows from anyone else's duty.
                if round == depth && !bearers.contains(where: { $0.0 == actor }) { continue }
                instruments.insert(instrument.id)
                actors.formUnion(parties)
                for (bearer, isRight) in bearers {
                    actors.insert(bearer)
                    if !isRight { owing.insert(bearer) }
                }
            }
            victims.formUnion(owing)
            // The attacker's side — its aligned states too — may be struck by an engaged state.
            victims.formUnion((attackers + scenario.aligned).flatMap { Self.expanded($0, in: graph) })
            // An engaged state's forces abroad can be struck: the deployments it contributes to.
            for d in graph.deployments where !Set(d.contributors).isDisjoint(with: victims) {
                attacked.insert(d.id)
                victims.formUnion(d.host.map { [$0] } ?? [])
            }
        }
        actors.formUnion(victims)
        // A treaty that prevails over one of these can put a duty of theirs in conflict (version 3).
        for (n, i) in graph.instruments.enumerated() where !instruments.isDisjoint(with: i.prevailsOver) {
            instruments.insert(i.id)
            actors.formUnion(partiesOf[n])
        }
    }

    /// The world with only the instruments that can reach the run (and those the
    /// scenario names: a reading it settles, a proposal it adopts): each day's
    /// world is built from these, not from the whole record.
    func world(_ graph: Graph, for scenario: Scenario) -> Graph {
        var kept = instruments
        let named = Set(scenario.accept + scenario.reject)
        for (instrument, _, reading) in graph.readings where named.contains(reading.id) {
            kept.insert(instrument.id)
        }
        kept.formUnion(scenario.adopt + scenario.lapsed)
        guard kept.count < graph.instruments.count else { return graph }
        return Graph(
            title: graph.title, description: graph.description, defaults: graph.defaults, sources: graph.sources,
            places: graph.places, actors: graph.actors, deployments: graph.deployments,
            instruments: graph.instruments.filter { kept.contains($0.id) }, scenarios: graph.scenarios,
            dated: graph.dated, asOf: graph.asOf, absent: graph.absent)
    }

    /// The days on which a fact of these actors or instruments (or any place or
    /// deployment, which are few) starts or stops holding, sorted.
    func changeDays(in dated: DatedFacts) -> [Day] {
        dated.changeDays(actors: actors, instruments: instruments)
    }

    /// The states an attack on `target` falls on: its territory's state, and a deployment's contributors.
    static func struck(_ target: AttackTarget, in graph: Graph) -> [String] {
        switch target {
        case .state(let id):
            return [id]
        case .place(let id):
            return graph.index.territoryStateID(of: id).map { [$0] } ?? []
        case .deployment(let id):
            guard let d = graph.deployment(id) else { return [] }
            return d.contributors + (graph.host(of: d).map { [$0] } ?? [])
        case .shipping(let state, _):
            return [state]
        case .forces(let state, let at), .vessels(let state, let at):
            return [state] + (graph.index.territoryStateID(of: at).map { [$0] } ?? [])
        }
    }

    /// An actor, and for an organization every member it ever had (members of
    /// members too, dated or not).
    static func expanded(_ id: String, in graph: Graph) -> [String] {
        var out: [String] = []
        var seen = Set<String>()
        var stack = [id]
        while let next = stack.popLast() {
            guard seen.insert(next).inserted else { continue }
            out.append(next)
            let written = graph.actor(next)?.members ?? []
            stack += Graph.candidates(written, graph.dated.members[next] ?? [:])
        }
        return out
    }

    /// Whether an attack on one of `victims` (or on an attacked deployment) can meet a trigger of the
    /// instrument, or for an offense pledge an attack by one of `strikers`.
    static func invocable(
        _ i: Instrument, parties: Set<String>, victims: Set<String>, strikers: Set<String>,
        deployments: Set<String>, _ graph: Graph
    ) -> Bool {
        for clause in i.clauses {
            let triggers = clause.when + clause.readings.compactMap(\.when)
            // A clause with no trigger of its own still answers through its readings; none at all: standing.
            for t in triggers {
                if let allies = t.attackBy {
                    let named =
                        allies.listedIDs.isEmpty ? parties : Set(allies.listedIDs.flatMap { expanded($0, in: graph) })
                    if !named.isDisjoint(with: strikers) { return true }
                    continue
                }
                switch t.attackOn {
                case .any, .nonParties, .allBut:
                    return true
                case .parties, .otherParties, .bearers, .partiesExcept:
                    if !parties.isDisjoint(with: victims) { return true }
                case .listed(let ids):
                    let named = Set(ids.flatMap { expanded($0, in: graph) })
                    if !named.isDisjoint(with: victims) || !named.isDisjoint(with: deployments) { return true }
                }
            }
        }
        return false
    }

    /// Every bearer the instrument's obligations name, and whether it holds only a right.
    static func named(_ i: Instrument, parties: Set<String>, everyState: Set<String>, in graph: Graph)
        -> [(String, Bool)]
    {
        var out: [(String, Bool)] = []
        let obligations = i.clauses.flatMap(\.then)
        for o in obligations {
            let isRight = o.modality == .may
            let bearers: [String]
            switch o.bearers {
            case .listed(let ids): bearers = ids.flatMap { expanded($0, in: graph) }
            case .any: bearers = Array(everyState)
            default: bearers = Array(parties)
            }
            out += bearers.map { ($0, isRight) }
            if case .listed(let ids) = o.deciders { out += ids.flatMap { expanded($0, in: graph) }.map { ($0, true) } }
        }
        // A reading may name other bearers or make a duty a right's opposite: every party may owe.
        for clause in i.clauses where clause.readings.contains(where: { $0.then != nil }) {
            for r in clause.readings {
                guard let patch = r.then else { continue }
                if case .listed(let ids)? = patch.bearers {
                    out += ids.flatMap { expanded($0, in: graph) }.map { ($0, false) }
                } else if case .any? = patch.bearers {
                    out += everyState.map { ($0, false) }
                }
            }
            out += parties.map { ($0, false) }
        }
        return out
    }
}
