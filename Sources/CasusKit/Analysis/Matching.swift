/// The one matcher of analysis.md ("Matching a clause"): which condition of a
/// trigger alternative an event fails, checked in a fixed order with
/// `unprovoked` last, so "fails only because of unprovoked" is a plain answer.
enum Condition: String, Sendable, CaseIterable {
    case attackBy = "attack-by"
    case attackOn = "attack-on"
    case target
    case kinds
    case within = "in"
    case except
    case by
    case nuclear
    case unprovoked
}

/// How a clause (or one variant of it) stands towards an event.
enum VariantMatch {
    case met
    /// Not met, and some alternative fails only because the event was provoked.
    case provoked
    case notMet
}

extension TriggerIndex {
    /// The first condition of `a` that event `e` fails, or nil when it meets them all.
    /// `containers` are the places the event's place lies in (`GraphIndex.containers(of:)`).
    func failedCondition(
        _ a: Alternative, _ e: Event, containers: [Int], instrument: Int, provoked: Bool,
        index index: GraphIndex
    ) -> Condition? {
        let inst = instruments[instrument]
        // An offense pledge: the attack must be its ally's own.
        switch a.attackBy {
        case .parties?: if !inst.partySet.contains(e.attacker) { return .attackBy }
        case .states(let s)?: if !s.contains(e.attacker) { return .attackBy }
        default: break
        }
        switch a.attackOn {
        case .any:
            break
        case .parties:
            if !inst.partySet.contains(e.victim) { return .attackOn }
        case .listed(let states, let deployments):
            let onDeployment = e.deployment.map { deployments.contains($0) } ?? false
            if !states.contains(e.victim) && !onDeployment { return .attackOn }
        }
        if let targets = a.targets, !targets.contains(e.target) { return .target }
        if !a.kinds.contains(e.kind) { return .kinds }
        if let places = a.within, !places.contains(where: { lies(containers, in: $0, e, inst, index) }) {
            return .within
        }
        if a.except.contains(where: { containers.contains($0) }) { return .except }
        switch a.by {
        case .any: break
        case .parties: if !inst.partySet.contains(e.attacker) { return .by }
        case .nonParties: if inst.partySet.contains(e.attacker) { return .by }
        case .states(let s): if !s.contains(e.attacker) { return .by }
        case .allBut(let s): if s.contains(e.attacker) { return .by }
        }
        if a.nuclear && !e.nuclear { return .nuclear }
        if a.unprovoked && provoked { return .unprovoked }
        return nil
    }

    /// Whether the place with these containers lies in one `in` entry.
    private func lies(_ containers: [Int], in w: Where, _ e: Event, _ inst: CompiledInstrument, _ index: GraphIndex)
        -> Bool
    {
        switch w {
        case .place(let p):
            return containers.contains(p)
        case .victim:
            guard let vp = index.placeIndex[index.actorIDs[e.victim]] else { return false }
            return containers.contains(vp)
        case .parties:
            return containers.contains { c in
                guard let s = index.stateOfPlace[c] else { return false }
                return inst.partySet.contains(s)
            }
        }
    }

    /// Met when any alternative is met; provoked when none is and one fails only on `unprovoked`.
    func match(_ v: Variant, _ e: Event, containers: [Int], instrument: Int, provoked: Bool, index index: GraphIndex)
        -> VariantMatch
    {
        var result = VariantMatch.notMet
        for a in v.alternatives {
            switch failedCondition(
                a, e, containers: containers, instrument: instrument, provoked: provoked, index: index)
            {
            case nil: return .met
            case .unprovoked?: result = .provoked
            default: continue
            }
        }
        return result
    }
}
