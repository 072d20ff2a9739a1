extension Graph {
    /// The states that take part in some consensus or unanimity decision, and
    /// so could withhold it (`vetoes`): the listed deciders, else the
    /// instrument's parties (organizations expanded), sorted by id. A reading
    /// that makes a decision collective counts too.
    public var vetoHolders: [String] {
        var holders = Set<Int>()
        for instrument in instruments {
            for clause in instrument.clauses {
                for o in clause.then where o.decision != .individual {
                    holders.formUnion(deciders(o.deciders, of: instrument))
                }
                for r in clause.readings {
                    guard let patch = r.then, let decision = patch.decision, decision != .individual else { continue }
                    holders.formUnion(deciders(patch.deciders ?? .bearers, of: instrument))
                }
            }
        }
        return holders.map { index.actorIDs[$0] }.sorted()
    }

    private func deciders(_ set: ActorSet, of instrument: Instrument) -> [Int] {
        switch set {
        case .listed(let ids): return ids.flatMap { index.states(of: $0) }
        default: return instrument.parties.flatMap { index.states(of: $0) }
        }
    }
}
