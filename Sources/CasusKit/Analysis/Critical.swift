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
    /// - Complexity: One analysis per removal; an instrument's removal also rebuilds
    ///   the graph's indices (BENCHMARKS.md measures the sample world's sweep).
    package static func sweep(
        _ scenario: Scenario, on graph: Graph, kinds: Set<Kind> = Set(Kind.allCases),
        chainsPerActor: Int = Analysis.defaultChainsPerActor
    ) throws(UnknownName) -> [Removal] {
        let world = graph.reading(for: scenario)
        let base = try Analysis.run(scenario, on: world, chainsPerActor: chainsPerActor)
        return try sweep(scenario, from: base, on: world, kinds: kinds, chainsPerActor: chainsPerActor)
    }

    /// The sweep with the scenario's echo, for `casus critical`: the unremoved
    /// analysis runs once and serves both.
    package static func report(
        _ scenario: Scenario, on graph: Graph, kinds: Set<Kind> = Set(Kind.allCases),
        chainsPerActor: Int = Analysis.defaultChainsPerActor
    ) throws(UnknownName) -> CriticalReport {
        // The world on the scenario's day, read once for the base run and every removal.
        let world = graph.reading(for: scenario)
        let base = try Analysis.run(scenario, on: world, chainsPerActor: chainsPerActor)
        let removals = try sweep(scenario, from: base, on: world, kinds: kinds, chainsPerActor: chainsPerActor)
        return CriticalReport(scenario: base.scenario, removals: removals)
    }

    /// `graph` is already the world of the scenario's day, so its dates cannot undo a removal.
    private static func sweep(
        _ scenario: Scenario, from base: Outcome, on graph: Graph, kinds: Set<Kind>,
        chainsPerActor: Int
    ) throws(UnknownName) -> [Removal] {
        var out: [Removal] = []
        if kinds.contains(.actor) {
            let untouchable = Set(base.actors.filter { $0.status == .attacker || $0.status == .victim }.map(\.id))
            // Only states that exist on the day: removing one that does not changes nothing.
            for actor in graph.states.map(\.id)
            where !untouchable.contains(actor) && !scenario.without.contains(actor) && !graph.absent.contains(actor) {
                var s = scenario
                s.without.append(actor)
                out.append(compare(.actor, actor, base, try Analysis.run(s, on: graph, chainsPerActor: chainsPerActor)))
            }
        }
        if kinds.contains(.instrument) {
            for instrument in graph.instruments where !instrument.status.withholds {
                var s = scenario
                s.adopt.removeAll { $0 == instrument.id }
                let lapsed = graph.withLapsed(instrument.id)
                out.append(
                    compare(
                        .instrument, instrument.id, base,
                        try Analysis.run(s, on: lapsed, chainsPerActor: chainsPerActor)))
            }
        }
        if kinds.contains(.reading) {
            let settled = Set(base.scenario.accept + base.scenario.reject)
            for entry in graph.readings where !settled.contains(entry.reading.id) {
                var s = scenario
                s.reject.append(entry.reading.id)
                out.append(
                    compare(
                        .reading, entry.reading.id, base, try Analysis.run(s, on: graph, chainsPerActor: chainsPerActor)
                    ))
            }
        }
        return out.sorted { a, b in
            if a.disengaged.count != b.disengaged.count { return a.disengaged.count > b.disengaged.count }
            if a.weakened.count != b.weakened.count { return a.weakened.count > b.weakened.count }
            return (a.kind.rawValue, a.id) < (b.kind.rawValue, b.id)
        }
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

extension Graph {
    /// The same world with one instrument lapsed (its obligations withheld).
    package func withLapsed(_ id: String) -> Graph {
        changing(instrument: id) { i in
            Instrument(
                id: i.id, title: i.title, short: i.short, form: i.form, status: .lapsed, force: i.force,
                date: i.date, parties: i.parties, source: i.source, violatedBy: [], clauses: i.clauses, note: i.note)
        }
    }

    /// The same world with one instrument changed: the one home of a sweep's altered world.
    package func changing(instrument id: String, _ change: (Instrument) -> Instrument) -> Graph {
        let changed = instruments.map { $0.id == id ? change($0) : $0 }
        return Graph(
            title: title, description: description, defaults: defaults, sources: sources, places: places,
            actors: actors, deployments: deployments, instruments: changed, scenarios: scenarios,
            dated: dated, asOf: asOf, absent: absent)
    }
}
