/// `bearers: any` permissions (analysis.md v3, rule 5): every state that exists on
/// the day, not on the attacker's side, not removed, the victim excepted, may act.
/// Offering each event's chain to every state would cost events × states; instead
/// each event leaves one candidate, and once the walk is done each state takes the
/// best candidate it may hold. The reference path (`shortcuts: false`) offers to
/// every state at every event, and the differential tests hold the two equal.
extension Engine {
    /// The candidates of one `any` entry that share an alike key and the side
    /// opposite their victims (so one gate decides for all of them who is excluded).
    struct OpenGroup: Hashable {
        let key: AlikeKey
        let opposite: Side
        let entry: Int
    }

    struct OpenCandidate {
        let prefix: Int
        let candidate: EntryCandidate
        let step: InternalClauseStep
        /// Whom the right is owed to (the victim; for an offense pledge the attacking ally), and against whom.
        let owedTo: Int
        let against: Int
    }

    mutating func openPermission(
        _ o: TriggerIndex.CompiledObligation, _ v: TriggerIndex.Variant, number: Int, entry: Int,
        ally: Int, enemy: Int, prefix: Int, contested: Bool, proposal: Int?, instrumentForce: LegalForce
    ) {
        let c = entryCandidate(
            o, v, number: number, instrumentForce: instrumentForce, proposal: proposal,
            contested: contested, prefix: prefix)
        // The bearer is filled in when the candidate is granted.
        let step = clauseStep(
            o, v, number: number, contested: contested, proposal: proposal, force: c.force,
            bearer: ally, owedTo: ally)
        let group = OpenGroup(key: c.key, opposite: side[ally].opposite, entry: entry)
        if openPermissions[group] == nil {
            openOrder.append(group)
        }
        openPermissions[group, default: []].append(
            OpenCandidate(
                prefix: prefix, candidate: c, step: step,
                owedTo: ally, against: enemy))
    }

    /// Gives each state the best candidate of each group that it may hold: not its
    /// own victim's or attacker's, and only if it was not on the side opposite the
    /// victims when that round began.
    mutating func grantOpenPermissions() {
        // In the order first met, so a run is the same every time.
        let groups = openOrder
        for group in groups {
            guard var found = openPermissions[group] else { continue }
            found.sort { x, y in
                if x.candidate.measure != y.candidate.measure {
                    return x.candidate.measure < y.candidate.measure
                }
                let c = compare(x.prefix, y.prefix)
                return c != 0 ? c < 0 : x.owedTo < y.owedTo
            }
            let round = group.key.depth
            for b in graph.index.stateNumbers where !removed[b] {
                if group.opposite != .unaligned && side(of: b, atRound: round) == group.opposite { continue }
                guard let best = found.first(where: { $0.owedTo != b && $0.against != b }) else { continue }
                offer(
                    best.step, bearer: b, owedTo: best.owedTo, best.candidate, prefix: best.prefix, engages: false,
                    joins: .unaligned)
            }
        }
        openPermissions = [:]
        openOrder = []
    }

    /// The side an actor was on when round `round` began.
    func side(of actor: Int, atRound round: Int) -> Side {
        joinedAt[actor] <= round ? side[actor] : .unaligned
    }
}
