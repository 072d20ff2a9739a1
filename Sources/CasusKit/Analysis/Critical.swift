/// "Whose absence matters most?": the analysis re-run once per single removal —
/// an actor (as `without`), an instrument (as if lapsed), a contested reading
/// (rejected) — ranked by what the removal costs the defenders. A sweep over
/// `Analysis.run`, sharing the loaded graph; no analysis of its own.
package enum Critical {
    package enum Kind: String, Sendable, CaseIterable {
        case actor, instrument, reading
    }

    /// What one removal changes.
    package struct Removal: Sendable, Hashable {
        package let kind: Kind
        package let id: String
        /// Actors whose status gets weaker (bound → committed → escalation →
        /// contested → proposed → unaffected), the removed actor included.
        package let weakened: [StatusChange]
        /// Actors bound or committed to defend or assist before, and not after.
        package let disengaged: [String]
    }

    package struct StatusChange: Sendable, Hashable {
        package let actor: String
        package let before: Status?
        package let after: Status?
    }

    /// Each removal of the kinds asked for, costliest first: fewer actors bound or
    /// committed to an engaging duty, then more statuses weakened, then by id.
    ///
    /// - Complexity: One analysis per removal, on every core, except an actor's that
    ///   no chain passes through and no block names: it cannot weaken anyone, so it
    ///   is answered from the unremoved run (`exhaustive` runs it anyway; the tests
    ///   hold the two to the same answer). An instrument is removed by taking it as
    ///   lapsed in the run, on the same graph and indices (BENCHMARKS.md measures
    ///   the sample world's sweep).
    package static func sweep(
        _ scenario: Scenario, on graph: Graph, kinds: Set<Kind> = Set(Kind.allCases),
        chainsPerActor: Int = Analysis.defaultChainsPerActor, exhaustive: Bool = false
    ) throws(UnknownName) -> [Removal] {
        let world = graph.reading(for: scenario)
        let (base, reach) = try Analysis.runReaching(scenario, on: world, chainsPerActor: chainsPerActor)
        return try sweep(
            scenario, from: base, reach: reach, on: world, kinds: kinds, chainsPerActor: chainsPerActor,
            exhaustive: exhaustive)
    }

    /// The sweep with the scenario's echo, for `casus critical`: the unremoved
    /// analysis runs once and serves both.
    package static func report(
        _ scenario: Scenario, on graph: Graph, kinds: Set<Kind> = Set(Kind.allCases),
        chainsPerActor: Int = Analysis.defaultChainsPerActor
    ) throws(UnknownName) -> CriticalReport {
        // The world on the scenario's day, read once for the base run and every removal.
        let world = graph.reading(for: scenario)
        let (base, reach) = try Analysis.runReaching(scenario, on: world, chainsPerActor: chainsPerActor)
        let removals = try sweep(
            scenario, from: base, reach: reach, on: world, kinds: kinds, chainsPerActor: chainsPerActor)
        return CriticalReport(scenario: base.scenario, removals: removals)
    }

    /// One removal to try: what it takes away, and the scenario without it (an
    /// instrument is taken as lapsed by the run: the world and its indices stay).
    private struct Trial: Sendable {
        let kind: Kind
        let id: String
        let scenario: Scenario
    }

    /// `graph` is already the world of the scenario's day, so its dates cannot undo a removal.
    /// The removals run on every core; each compares the actors' rows only.
    private static func sweep(
        _ scenario: Scenario, from base: Outcome, reach: Reach, on graph: Graph, kinds: Set<Kind>,
        chainsPerActor: Int, exhaustive: Bool = false
    ) throws(UnknownName) -> [Removal] {
        var trials: [Trial] = []
        if kinds.contains(.actor) {
            // A state the scenario has join is its assumption, as the attack is: never removed.
            let untouchable = Set(
                base.actors.filter { $0.status == .attacker || $0.status == .victim }.map(\.id) + scenario.joins)
            // Only states that exist on the day: removing one that does not changes nothing.
            for actor in graph.states.map(\.id)
            where !untouchable.contains(actor) && !scenario.without.contains(actor) && !graph.absent.contains(actor) {
                var s = scenario
                s.without.append(actor)
                trials.append(Trial(kind: .actor, id: actor, scenario: s))
            }
        }
        if kinds.contains(.instrument) {
            for instrument in graph.instruments where !instrument.status.withholds {
                var s = scenario
                s.adopt.removeAll { $0 == instrument.id }
                s.lapsed.append(instrument.id)
                trials.append(Trial(kind: .instrument, id: instrument.id, scenario: s))
            }
        }
        if kinds.contains(.reading) {
            let settled = Set(base.scenario.accept + base.scenario.reject)
            for entry in graph.distinctReadings where !settled.contains(entry.reading.id) {
                var s = scenario
                s.reject.append(entry.reading.id)
                trials.append(Trial(kind: .reading, id: entry.reading.id, scenario: s))
            }
        }
        let touched = touchedActors(base)
        let out = try trials.parallelMap { (trial) throws(UnknownName) -> Removal in
            guard exhaustive || mayWeaken(trial, touched: touched, reach: reach, in: graph) else {
                return compare(trial.kind, trial.id, base, base)
            }
            let after = try Analysis.actorRows(trial.scenario, onRead: graph, chainsPerActor: chainsPerActor)
            return compare(trial.kind, trial.id, base, after)
        }
        return out.sorted { a, b in
            if a.disengaged.count != b.disengaged.count { return a.disengaged.count > b.disengaged.count }
            if a.weakened.count != b.weakened.count { return a.weakened.count > b.weakened.count }
            return (a.kind.rawValue, a.id) < (b.kind.rawValue, b.id)
        }
    }

    /// Whether a removal could weaken anyone. An actor on no chain and in no block
    /// cannot: its removal takes away only what it is on, and frees only what it
    /// blocks. An instrument or a reading that no analysed event meets cannot
    /// either: no chain began at it (`Reach`, as `strengthen` asks).
    private static func mayWeaken(_ trial: Trial, touched: Set<String>, reach: Reach, in graph: Graph) -> Bool {
        switch trial.kind {
        case .actor:
            return touched.contains(trial.id)
        case .instrument:
            return reach.meets(instrument: trial.id, in: graph)
        case .reading:
            return reach.meets(reading: trial.id, in: graph)
        }
    }

    /// Every actor a kept chain passes through (a victim, an attacker, a bearer, one
    /// owed a duty) or a block names (its bearers, its vetoing deciders).
    static func touchedActors(_ o: Outcome) -> Set<String> {
        var ids = Set<String>()
        for a in o.actors {
            ids.insert(a.id)
            for chain in a.chains {
                for step in chain.steps {
                    switch step {
                    case .join(let j):
                        ids.insert(j.state)
                    case .attack(let attack):
                        ids.insert(attack.victim)
                        ids.insert(attack.by)
                    case .clause(let clause):
                        ids.insert(clause.bearer)
                        ids.insert(clause.owedTo)
                    }
                }
            }
        }
        for b in o.blocked {
            ids.formUnion(b.bearers)
            ids.formUnion(b.by)
        }
        return ids
    }

    /// Bound or committed to a duty that can engage armed force (defend, assist),
    /// resting on nothing; a permission never counts (version 3).
    static func engaged(_ a: ActorOutcome) -> Bool {
        guard a.status == .bound || a.status == .committed else { return false }
        return a.chains.contains { c in
            !c.isPermission && c.duty.engagesByDefault && c.readings.isEmpty && c.proposals.isEmpty
                && c.depth == 0
        }
    }

    private static func compare(_ kind: Kind, _ id: String, _ before: Outcome, _ after: Outcome) -> Removal {
        var weakened: [StatusChange] = []
        var disengaged: [String] = []
        for a in before.actors where a.status != .attacker {
            let now = after.actor(a.id)
            if (now?.status.firmness ?? 0) < a.status.firmness {
                weakened.append(StatusChange(actor: a.id, before: a.status, after: now?.status))
            }
            if engaged(a) && !(now.map(engaged) ?? false) {
                disengaged.append(a.id)
            }
        }
        return Removal(kind: kind, id: id, weakened: weakened, disengaged: disengaged)
    }
}
