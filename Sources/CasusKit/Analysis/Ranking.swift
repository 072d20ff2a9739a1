/// The ranking of analysis.md: chains to one actor compare lexicographically by
/// obligations before permissions, fewer unadopted proposals, fewer contested readings, fewer escalation steps,
/// binding before political, stronger duty, fewer states' choices to join (`joins`: the scenario asserts them, so
/// they weigh less than any assumption, yet a chain of pledges alone is preferred), fewer hours of the final obligation
/// (stated before unknown), fewer steps; then by the steps themselves, in order,
/// so that every output is deterministic.
struct Measure: Comparable {
    let proposals: Int
    let readings: Int
    /// The states whose choice to join the chain passes through (version 3, `joins`).
    let choices: Int
    let depth: Int
    let dutyRank: Int
    /// The final obligation's own lower bound; `Int.max` when it states none.
    let hours: Int
    let length: Int
    /// Version 3: obligations (`must`) rank before permissions (`may`), first of all.
    /// (Stored beside `political`: two flags in one word keep every chain node small.)
    let permission: Bool
    let political: Bool

    init(
        permission: Bool, proposals: Int, readings: Int, choices: Int, depth: Int, political: Bool, dutyRank: Int,
        hours: Int, length: Int
    ) {
        self.proposals = proposals
        self.readings = readings
        self.choices = choices
        self.depth = depth
        self.dutyRank = dutyRank
        self.hours = hours
        self.length = length
        self.permission = permission
        self.political = political
    }

    static func < (a: Measure, b: Measure) -> Bool {
        if a.permission != b.permission {
            return !a.permission
        }
        let left = (a.proposals, a.readings, a.depth, a.political ? 1 : 0, a.dutyRank)
        let right = (b.proposals, b.readings, b.depth, b.political ? 1 : 0, b.dutyRank)
        if left != right {
            return left < right
        }
        return (a.choices, a.hours, a.length) < (b.choices, b.hours, b.length)
    }
}

/// The step-by-step tie-break: an attack step by victim, place, attacker,
/// target, deployment (none first), kind, then initial before hypothetical; a
/// clause step by instrument, clause, reading (none first), bearer, owed_to and
/// duty; a state's choice to join by the state; joins before attacks, attacks before clauses. Ids compare by
/// code point (their sorted ranks).
struct StepOrder {
    let graph: Graph
    let triggers: TriggerIndex

    func precedes(_ x: InternalStep, _ y: InternalStep) -> Bool {
        switch (x, y) {
        case (.join(let p), .join(let q)): return graph.index.actorRank[p] < graph.index.actorRank[q]
        case (.join, _): return true
        case (_, .join): return false
        case (.attack, .clause): return true
        case (.clause, .attack): return false
        case (.attack(let p), .attack(let q)): return precedes(p, q)
        case (.clause(let p), .clause(let q)): return precedes(p, q)
        }
    }

    private func precedes(_ p: Event, _ q: Event) -> Bool {
        let index = graph.index
        if p.victim != q.victim { return index.actorRank[p.victim] < index.actorRank[q.victim] }
        if p.place != q.place { return index.placeRank[p.place] < index.placeRank[q.place] }
        if p.attacker != q.attacker { return index.actorRank[p.attacker] < index.actorRank[q.attacker] }
        if p.target != q.target { return p.target.rawValue < q.target.rawValue }
        if p.deployment != q.deployment {
            guard let dp = p.deployment else { return true }
            guard let dq = q.deployment else { return false }
            return index.deploymentRank[dp] < index.deploymentRank[dq]
        }
        if p.kind != q.kind { return p.kind.rawValue < q.kind.rawValue }
        if p.hypothetical != q.hypothetical { return !p.hypothetical }
        return !p.nuclear && q.nuclear
    }

    private func precedes(_ p: InternalClauseStep, _ q: InternalClauseStep) -> Bool {
        let index = graph.index
        let cp = triggers.clauses[p.clause]
        let cq = triggers.clauses[q.clause]
        if cp.instrument != cq.instrument {
            return index.instrumentRank[cp.instrument] < index.instrumentRank[cq.instrument]
        }
        if cp.clause != cq.clause {
            return graph.instruments[cp.instrument].clauses[cp.clause].id
                < graph.instruments[cq.instrument].clauses[cq.clause].id
        }
        if p.reading != q.reading {
            guard let rp = p.reading else { return true }
            guard let rq = q.reading else { return false }
            return triggers.readingIDs[rp] < triggers.readingIDs[rq]
        }
        if p.bearer != q.bearer { return index.actorRank[p.bearer] < index.actorRank[q.bearer] }
        if p.owedTo != q.owedTo { return index.actorRank[p.owedTo] < index.actorRank[q.owedTo] }
        if p.duty != q.duty { return p.duty.rawValue < q.duty.rawValue }
        // Two obligations of one clause that differ only in their terms: still a fixed order.
        let tp = [p.within?.lower ?? -1, p.within?.upper ?? -1]
        let tq = [q.within?.lower ?? -1, q.within?.upper ?? -1]
        if tp != tq { return tp.lexicographicallyPrecedes(tq) }
        if p.force != q.force { return p.force < q.force }
        if p.modality != q.modality { return p.modality == .must }
        let lists = triggers.labelLists
        return lists[p.subjectTo].lexicographicallyPrecedes(lists[q.subjectTo])
    }
}
