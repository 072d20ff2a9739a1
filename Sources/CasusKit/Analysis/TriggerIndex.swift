/// The clauses of a graph compiled to integer form and indexed by what can
/// trigger them, so an event only looks at clauses that could match it: by the
/// victim state for `attack-on` parties or listed actors, by deployment for
/// listed deployments.
public final class TriggerIndex: Sendable {
    enum Who: Sendable {
        case any, parties, nonParties
        case states(Set<Int>)
    }
    enum Where: Sendable { case parties, victim, place(Int) }

    /// One trigger alternative, from the clause itself or from a reading's `when`.
    struct Alternative: Sendable {
        /// Global reading number when this alternative holds only under a reading.
        let reading: Int?
        let attackOnParties: Bool
        let attackOnStates: Set<Int>
        let attackOnDeployments: Set<Int>
        let target: TargetKind
        let within: [Where]?
        let by: Who
        let unprovoked: Bool
        let nuclear: Bool
    }

    struct CompiledObligation: Sendable {
        enum Bearers: Sendable { case otherParties, parties, states([Int]) }
        enum Deciders: Sendable { case bearers, parties, states([Int]) }
        let bearers: Bearers
        let duty: Duty
        let engages: Bool
        let within: Hours?
        let decision: Decision
        let deciders: Deciders
        let subjectTo: [String]
        let force: LegalForce?
    }

    struct CompiledReading: Sendable {
        let number: Int
        /// The clause's obligations as this reading's `then` rewrites them; nil without a `then`.
        let then: [CompiledObligation]?
    }

    struct CompiledClause: Sendable {
        let instrument: Int
        let clause: Int
        let alternatives: [Alternative]
        let obligations: [CompiledObligation]
        let readings: [CompiledReading]
    }

    struct CompiledInstrument: Sendable {
        let parties: [Int]
        let partySet: Set<Int>
        let violatedBy: [Int]
    }

    let instruments: [CompiledInstrument]
    let clauses: [CompiledClause]
    /// Clause numbers that an attack on this state (actor number) may trigger.
    let byVictim: [Int: [Int]]
    /// Clause numbers that an attack on this deployment may trigger.
    let byDeployment: [Int: [Int]]
    /// Reading number → id, and id → number.
    public let readingIDs: [String]
    let readingNumber: [String: Int]

    init(index ix: GraphIndex, deployments: [Deployment], instruments source: [Instrument]) {
        func states(_ ids: [String]) -> [Int] {
            Array(Set(ids.flatMap { ix.states(of: $0) })).sorted()
        }
        var readingIDs: [String] = []
        var compiledInstruments: [CompiledInstrument] = []
        var compiled: [CompiledClause] = []
        var byVictim: [Int: [Int]] = [:], byDeployment: [Int: [Int]] = [:]

        func who(_ set: ActorSet) -> Who {
            switch set {
            case .parties: return .parties
            case .nonParties: return .nonParties
            case .listed(let ids): return .states(Set(states(ids)))
            default: return .any
            }
        }
        func alternative(_ t: Trigger, reading: Int?) -> Alternative {
            var onParties = false, onStates = Set<Int>(), onDeployments = Set<Int>()
            switch t.attackOn {
            case .listed(let ids):
                for id in ids {
                    if let d = ix.deploymentIndex[id] { onDeployments.insert(d) } else { onStates.formUnion(ix.states(of: id)) }
                }
            default: onParties = true
            }
            let within: [Where]? = t.within.map { refs in
                refs.compactMap { r in
                    switch r {
                    case .parties: return .parties
                    case .victim: return .victim
                    case .place(let id): return ix.placeIndex[id].map { .place($0) }
                    }
                }
            }
            return Alternative(reading: reading, attackOnParties: onParties, attackOnStates: onStates,
                               attackOnDeployments: onDeployments, target: t.target, within: within, by: who(t.by),
                               unprovoked: t.unprovoked, nuclear: t.nuclear)
        }
        func obligation(_ o: Obligation) -> CompiledObligation {
            let bearers: CompiledObligation.Bearers
            switch o.bearers {
            case .listed(let ids): bearers = .states(states(ids))
            case .parties: bearers = .parties
            default: bearers = .otherParties
            }
            let deciders: CompiledObligation.Deciders
            switch o.deciders {
            case .listed(let ids): deciders = .states(states(ids))
            case .parties: deciders = .parties
            default: deciders = .bearers
            }
            return CompiledObligation(bearers: bearers, duty: o.duty, engages: o.engages, within: o.within,
                                      decision: o.decision, deciders: deciders, subjectTo: o.subjectTo, force: o.force)
        }

        for (n, inst) in source.enumerated() {
            let parties = states(inst.parties)
            compiledInstruments.append(CompiledInstrument(parties: parties, partySet: Set(parties),
                                                          violatedBy: states(inst.violatedBy)))
            for (c, clause) in inst.clauses.enumerated() {
                var alternatives = clause.when.map { alternative($0, reading: nil) }
                var readings: [CompiledReading] = []
                for r in clause.readings {
                    let number = readingIDs.count
                    readingIDs.append(r.id)
                    if let w = r.when { alternatives.append(alternative(w, reading: number)) }
                    readings.append(CompiledReading(number: number,
                                                    then: r.then.map { p in clause.then.map { obligation(p.applied(to: $0)) } }))
                }
                let number = compiled.count
                compiled.append(CompiledClause(instrument: n, clause: c, alternatives: alternatives,
                                               obligations: clause.then.map(obligation), readings: readings))
                var victims = Set<Int>(), deps = Set<Int>()
                for a in alternatives {
                    if a.attackOnParties { victims.formUnion(parties) }
                    victims.formUnion(a.attackOnStates)
                    deps.formUnion(a.attackOnDeployments)
                }
                for v in victims { byVictim[v, default: []].append(number) }
                for d in deps { byDeployment[d, default: []].append(number) }
            }
        }
        self.instruments = compiledInstruments
        self.clauses = compiled
        self.byVictim = byVictim
        self.byDeployment = byDeployment
        self.readingIDs = readingIDs
        var rn = [String: Int](); for (n, id) in readingIDs.enumerated() where rn[id] == nil { rn[id] = n }
        self.readingNumber = rn
    }
}
