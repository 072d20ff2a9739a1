/// "What would it take?": the mirror of `Critical`. The analysis re-run once per
/// single addition — a proposal adopted, a contested reading accepted, a veto
/// lifted, a proposed force deployed where the attack falls, the victim admitted
/// to an instrument — each on its own, ranked by what it gives the victims. Every
/// gain rests on its addition, and each addition says what it assumes.
package enum Strengthen {
    package enum Kind: String, Sendable, CaseIterable {
        case adopt, accept, veto, deploy, admit
    }

    /// One addition to the scenario or the world.
    package struct Candidate: Sendable, Hashable {
        package let kind: Kind
        /// The proposal, reading, veto holder, deployment or instrument added.
        package let id: String
        /// For `admit`: the state admitted.
        package let state: String?

        /// `adopt italy-art5-like-2025`, `admit UKR to nat`.
        package var label: String {
            switch kind {
            case .veto: return "lift the veto of \(id)"
            case .admit: return "admit \(state ?? "?") to \(id)"
            default: return "\(kind.rawValue) \(id)"
            }
        }

        /// The assumption in a few words, for a table's column.
        package var restsOn: String {
            switch kind {
            case .adopt: return "a proposal adopted"
            case .accept: return "a reading accepted"
            case .veto: return "no veto by \(id)"
            case .deploy: return "a force in place, struck"
            case .admit: return "a hypothetical admission"
            }
        }

        /// What a briefing must say the gain rests on.
        package var assumption: String {
            switch kind {
            case .adopt: return "assumes the proposal \(id) is adopted"
            case .accept: return "assumes the contested reading \(id) is accepted"
            case .veto: return "assumes \(id) does not veto"
            case .deploy: return "assumes the proposed force \(id) is in place and the attack strikes it"
            case .admit:
                return "assumes \(state ?? "?") becomes a party to \(id) before the attack (hypothetical)"
            }
        }
    }

    /// One actor's row before and after an addition.
    package struct Change: Sendable, Hashable {
        package let actor: String
        package let before: Status?
        package let after: Status?
        /// The best chain before the addition, if any.
        package let previous: Chain?
        /// The best chain after the addition, if any.
        package let chain: Chain?
    }

    /// What one addition gives.
    package struct Addition: Sendable, Hashable {
        package let candidate: Candidate
        /// Actors newly `bound` to a duty that can engage armed force (defend, assist).
        package let boundToForce: [String]
        /// Actors newly `bound` to any duty.
        package let bound: [String]
        /// Every actor whose status changed, firmer or weaker, in the outcome's order.
        package let changes: [Change]
        /// Bound to a duty that can engage armed force, before and after (counts).
        package let forceBefore: Int
        package let forceAfter: Int

        /// Actors whose status is firmer.
        package let firmer: [Change]
        /// The best chain with the shortest window (by its lower bound) among the
        /// actors made firmer or newly bound to a duty that can engage armed force;
        /// nil when none states a window.
        package let fastestChain: Chain?

        init(
            candidate: Candidate, boundToForce: [String], bound: [String], changes: [Change], forceBefore: Int,
            forceAfter: Int
        ) {
            self.candidate = candidate
            self.boundToForce = boundToForce
            self.bound = bound
            self.changes = changes
            self.forceBefore = forceBefore
            self.forceAfter = forceAfter
            // Read once here: the ranking compares these for every pair it sorts.
            firmer = changes.filter { ($0.after?.firmness ?? 0) > ($0.before?.firmness ?? 0) }
            let gained = Set(boundToForce).union(firmer.map(\.actor))
            let timed = changes.filter { gained.contains($0.actor) }.compactMap(\.chain).filter { $0.hours != nil }
            fastestChain = timed.min {
                ($0.hours ?? .max, $0.hoursMax ?? .max) < ($1.hours ?? .max, $1.hoursMax ?? .max)
            }
        }

        /// The fastest window's lower bound, in hours.
        package var fastest: Int? { fastestChain?.hours }

        /// Whether it gives anything: a status made firmer, or a bound actor's best
        /// duty become one that can engage armed force.
        package var gains: Bool { !firmer.isEmpty || !boundToForce.isEmpty }

        /// The ranking's measure: more is better, compared in this order.
        var measure: (Int, Int, Int, Int) {
            (boundToForce.count, bound.count, firmer.count, -(fastest ?? Int.max))
        }
    }

    /// A pair of additions that gives more together than the sum of what each gives alone.
    package struct Synergy: Sendable, Hashable {
        package let first: Addition
        package let second: Addition
        package let together: Addition
    }

    /// Each addition of the kinds asked for, best first: more actors newly bound
    /// to a duty that can engage armed force, then newly bound to any duty, then
    /// more statuses firmer (`Status.firmness`, the order `critical` uses), then
    /// the fastest window gained, then kind and id.
    ///
    /// Only each actor's best chain is kept: it is all an addition's row shows.
    ///
    /// - Complexity: One analysis per candidate, except where no clause the
    ///   addition brings or changes applies to any event the run without it
    ///   analysed (`Reach`): then nothing can change, and the analysis is skipped
    ///   (`exhaustive` runs it anyway; the tests hold the two to the same answer).
    ///   The analyses run on every core. An admission rebuilds the graph's indices
    ///   (BENCHMARKS.md measures the sweep).
    package static func sweep(
        _ scenario: Scenario, on graph: Graph, kinds: Set<Kind> = Set(Kind.allCases), exhaustive: Bool = false
    ) throws(UnknownName) -> Sweep {
        // The world on the scenario's day, read once: its dates cannot undo an addition.
        let world = graph.reading(for: scenario)
        let (base, reach) = try Analysis.runReaching(scenario, on: world, chainsPerActor: 1)
        var notTried: [String] = []
        // Each addition is analysed on its own, on every core: they share only the world they read.
        let out = try candidates(scenario, base, world, kinds, notTried: &notTried).parallelMap {
            (candidate) throws(UnknownName) -> Addition in
            let (s, g) = apply(candidate, to: scenario, world)
            guard exhaustive || mayChange(candidate, world, g, reach) else {
                return compare(candidate, base, base)
            }
            return compare(candidate, base, try Analysis.actorRows(s, onRead: g, chainsPerActor: 1))
        }
        return Sweep(base: base, additions: ranked(out), notTried: notTried)
    }

    /// Whether a clause the addition brings or changes applies to an event the
    /// run without it reached. A lifted veto or a struck force changes the run
    /// itself, so those always run.
    static func mayChange(_ c: Candidate, _ world: Graph, _ changed: Graph, _ reach: Reach) -> Bool {
        switch c.kind {
        case .veto, .deploy:
            return true
        case .adopt:
            return reach.meets(instrument: c.id, in: world)
        case .accept:
            return reach.meets(reading: c.id, in: world)
        case .admit:
            return reach.meets(instrument: c.id, in: changed)
        }
    }

    /// A sweep's result: the analysis without additions, every addition ranked,
    /// and the candidates not tried, each with its reason.
    package struct Sweep: Sendable {
        package let base: Outcome
        package let additions: [Addition]
        package let notTried: [String]
    }

    /// The pairs of one of the `top` additions with any addition ranked after it
    /// (not every pair of all: a reading that gives nothing alone may still be what
    /// a deployment needs), kept where the pair gives more than the sum of what each
    /// gives alone, compared as the ranking compares, in the ranking's order.
    package static func synergies(
        _ top: Int, of ranked: [Addition], _ scenario: Scenario, on graph: Graph, base: Outcome
    ) throws(UnknownName) -> [Synergy] {
        let world = graph.reading(for: scenario)
        var out: [Synergy] = []
        for (i, a) in ranked.prefix(top).enumerated() {
            for b in ranked[(i + 1)...] {
                var (s, g) = apply(a.candidate, to: scenario, world)
                (s, g) = apply(b.candidate, to: s, g)
                let joint = compare(a.candidate, base, try Analysis.run(s, on: g, chainsPerActor: 1))
                let sum = (
                    a.boundToForce.count + b.boundToForce.count, a.bound.count + b.bound.count,
                    a.firmer.count + b.firmer.count
                )
                let together = (joint.boundToForce.count, joint.bound.count, joint.firmer.count)
                if together > sum {
                    out.append(Synergy(first: a, second: b, together: joint))
                }
            }
        }
        return out
    }

    /// Every candidate of the kinds asked for, in kind then id order.
    static func candidates(
        _ scenario: Scenario, _ base: Outcome, _ world: Graph, _ kinds: Set<Kind>, notTried: inout [String]
    ) -> [Candidate] {
        var out: [Candidate] = []
        if kinds.contains(.adopt) {
            for i in world.instruments where i.status.isUnadopted && !scenario.adopt.contains(i.id) {
                out.append(Candidate(kind: .adopt, id: i.id, state: nil))
            }
        }
        if kinds.contains(.accept) {
            for (_, _, reading) in world.distinctReadings where !scenario.accept.contains(reading.id) {
                out.append(Candidate(kind: .accept, id: reading.id, state: nil))
            }
        }
        if kinds.contains(.veto) {
            for holder in scenario.vetoes {
                out.append(Candidate(kind: .veto, id: holder, state: nil))
            }
        }
        let victims = base.actors.filter { $0.status == .victim }.map(\.id)
        if kinds.contains(.deploy) {
            let struck = Set(
                scenario.attacks.compactMap { a -> String? in
                    if case .deployment(let id) = a.target { return id }
                    return nil
                })
            for d in world.deployments where d.status == .proposed && !struck.contains(d.id) {
                // Only a force where the attack falls: hosted by a victim of the scenario.
                guard let host = world.host(of: d), victims.contains(host) else { continue }
                out.append(Candidate(kind: .deploy, id: d.id, state: nil))
            }
        }
        if kinds.contains(.admit) {
            // The states whose territory the attack falls on: the guarantee is theirs to gain.
            let struck = Set(scenario.attacks.compactMap { world.territoryStruck(by: $0.target) })
            let states = victims.filter { struck.contains($0) }
            for i in world.instruments where admits(i, in: world) {
                let attackers = base.actors.filter { $0.status == .attacker }.map(\.id)
                    .filter { world.isParty($0, to: i) }
                for victim in states where !world.isParty(victim, to: i) {
                    // An instrument the attacker is party to is no guarantee against it: its
                    // parties' duties would run against one of their own. Said, not tried.
                    guard attackers.isEmpty else {
                        notTried.append(
                            "admit \(victim) to \(i.id): \(attackers.joined(separator: ", ")), the attacker, is a "
                                + "party to it")
                        continue
                    }
                    out.append(Candidate(kind: .admit, id: i.id, state: victim))
                }
            }
        }
        return out.sorted { ($0.kind.order, $0.id, $0.state ?? "") < ($1.kind.order, $1.id, $1.state ?? "") }
    }

    /// An instrument a state can join: in force or proposed, among three or more
    /// parties (a bilateral pact or a state's own statute has no place for a third).
    static func admits(_ i: Instrument, in world: Graph) -> Bool {
        guard !i.status.withholds, i.form != .statute, i.form != .declaration else { return false }
        return Set(i.parties.flatMap { world.index.states(of: $0) }).count >= 3
    }

    /// The scenario and world with one addition made.
    static func apply(_ c: Candidate, to scenario: Scenario, _ world: Graph) -> (Scenario, Graph) {
        var s = scenario
        var g = world
        switch c.kind {
        case .adopt:
            s.adopt.append(c.id)
        case .accept:
            s.reject.removeAll { $0 == c.id }
            s.accept.append(c.id)
        case .veto:
            s.vetoes.removeAll { $0 == c.id }
        case .deploy:
            if let first = scenario.attacks.first {
                s.attacks.append(
                    Attack(target: .deployment(c.id), by: first.by, kind: first.kind, nuclear: first.nuclear))
            }
        case .admit:
            if let state = c.state {
                g = world.withParty(state, in: c.id)
            }
        }
        return (s, g)
    }

    static func compare(_ candidate: Candidate, _ before: Outcome, _ after: Outcome) -> Addition {
        let was = Dictionary(before.actors.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        let now = Dictionary(after.actors.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        var changes: [Change] = []
        var boundToForce: [String] = []
        var bound: [String] = []
        // What the victims gain: a duty owed to the attacker's side (an ally bound to
        // help the aggressor, or bound to defend a state an offense pledge put on that side)
        // is no strengthening, so it is neither counted nor listed.
        let attackers = before.attackersSide.union(after.attackersSide)
        for a in after.actors where !owedToAttacker(a) {
            let old = was[a.id]
            let newlyToForce = boundToAForceDuty(a) && !(old.map(boundToAForceDuty) ?? false)
            // A row changes with its status, or when a bound actor's best duty becomes one that can engage force.
            guard a.status != old?.status || newlyToForce else { continue }
            changes.append(
                Change(
                    actor: a.id, before: old?.status, after: a.status, previous: old?.chains.first,
                    chain: a.chains.first))
            if a.status == .bound && old?.status != .bound {
                bound.append(a.id)
            }
            if newlyToForce {
                boundToForce.append(a.id)
            }
        }
        for a in before.actors where now[a.id] == nil {
            changes.append(Change(actor: a.id, before: a.status, after: nil, previous: a.chains.first, chain: nil))
        }
        return Addition(
            candidate: candidate, boundToForce: boundToForce, bound: bound, changes: changes,
            forceBefore: before.actors.filter { boundToAForceDuty($0) && !owedToAttacker($0) }.count,
            forceAfter: after.actors.filter { boundToAForceDuty($0) && !owedToAttacker($0) }.count)

        func owedToAttacker(_ a: ActorOutcome) -> Bool {
            attackers.contains(a.id) || a.chains.first?.final.map { attackers.contains($0.owedTo) } ?? false
        }
    }

    /// Bound, with a best chain that ends in a duty that can engage armed force
    /// (defend or assist: the means stay the bearer's to choose where the text leaves them so).
    static func boundToAForceDuty(_ a: ActorOutcome) -> Bool {
        guard a.status == .bound, let best = a.chains.first, !best.isPermission else { return false }
        return best.duty.engagesByDefault
    }

    static func ranked(_ additions: [Addition]) -> [Addition] {
        additions.sorted { a, b in
            if a.measure != b.measure { return a.measure > b.measure }
            return (a.candidate.kind.order, a.candidate.id, a.candidate.state ?? "")
                < (b.candidate.kind.order, b.candidate.id, b.candidate.state ?? "")
        }
    }
}

extension Strengthen.Kind {
    /// The order of `allCases`: adopt, accept, veto, deploy, admit.
    var order: Int { Self.allCases.firstIndex(of: self) ?? 0 }
}

extension Graph {
    /// The same world with one instrument changed: the one home of a sweep's altered world.
    package func changing(instrument id: String, _ change: (Instrument) -> Instrument) -> Graph {
        let changed = instruments.map { $0.id == id ? change($0) : $0 }
        return Graph(
            title: title, description: description, defaults: defaults, sources: sources, places: places,
            actors: actors, deployments: deployments, instruments: changed, scenarios: scenarios,
            dated: dated, asOf: asOf, absent: absent)
    }

    /// Whether `state` is a party to `instrument` (directly, or as a member of an organization party).
    func isParty(_ state: String, to instrument: Instrument) -> Bool {
        guard let s = index.actorIndex[state] else { return false }
        return instrument.parties.contains { party in
            party == state || index.states(of: party).contains(s)
        }
    }

    /// The state on whose territory an attack on `target` falls.
    func territoryStruck(by target: AttackTarget) -> String? {
        switch target {
        case .state(let id): return id
        case .place(let id): return index.territoryStateID(of: id)
        case .deployment(let id): return deployment(id).flatMap(host)
        case .forces(_, let at), .vessels(_, let at): return index.territoryStateID(of: at)
        case .shipping: return nil
        }
    }

    /// The state a deployment stands in: its host, else the state whose territory holds its place.
    func host(of d: Deployment) -> String? {
        d.host ?? index.territoryStateID(of: d.at)
    }

    /// The same world with `state` a party to one more instrument.
    package func withParty(_ state: String, in id: String) -> Graph {
        changing(instrument: id) { i in
            Instrument(
                id: i.id, title: i.title, short: i.short, form: i.form, status: i.status, force: i.force,
                date: i.date, parties: i.parties + [state], source: i.source, violatedBy: i.violatedBy,
                clauses: i.clauses, note: i.note, prevailsOver: i.prevailsOver)
        }
    }
}
