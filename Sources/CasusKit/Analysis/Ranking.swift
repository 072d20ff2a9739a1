/// The lexicographic ranking of analysis.md: fewer escalation steps, fewer
/// unadopted proposals, fewer contested readings, binding before political,
/// fewer hours (a stated deadline before none), fewer steps; then the steps
/// themselves in order, so that every output is deterministic.
struct Ranking {
    let graph: Graph

    func precedes(_ a: InternalChain, _ b: InternalChain) -> Bool {
        let ma = a.measure, mb = b.measure
        if ma != mb { return ma < mb }
        for (x, y) in zip(a.steps, b.steps) where x != y {
            return stepPrecedes(x, y)
        }
        return false
    }

    /// An attack step by victim, place and attacker id; a clause step by
    /// instrument, clause and reading id; attacks before clauses.
    func stepPrecedes(_ x: InternalStep, _ y: InternalStep) -> Bool {
        let ix = graph.index
        switch (x, y) {
        case (.attack, .clause): return true
        case (.clause, .attack): return false
        case (.attack(let p), .attack(let q)):
            let kp = [ix.actorRank[p.victim], ix.placeRank[p.place], ix.actorRank[p.attacker], p.forces ? 1 : 0,
                      p.deployment, p.hypothetical ? 1 : 0, p.nuclear ? 1 : 0]
            let kq = [ix.actorRank[q.victim], ix.placeRank[q.place], ix.actorRank[q.attacker], q.forces ? 1 : 0,
                      q.deployment, q.hypothetical ? 1 : 0, q.nuclear ? 1 : 0]
            return kp.lexicographicallyPrecedes(kq)
        case (.clause(let p), .clause(let q)):
            let cp = graph.triggers.clauses[p.clause], cq = graph.triggers.clauses[q.clause]
            if cp.instrument != cq.instrument { return ix.instrumentRank[cp.instrument] < ix.instrumentRank[cq.instrument] }
            if cp.clause != cq.clause {
                return graph.instruments[cp.instrument].clauses[cp.clause].id < graph.instruments[cq.instrument].clauses[cq.clause].id
            }
            if p.reading != q.reading {
                guard let rp = p.reading else { return true }
                guard let rq = q.reading else { return false }
                return graph.triggers.readingIDs[rp] < graph.triggers.readingIDs[rq]
            }
            if p.bearer != q.bearer { return ix.actorRank[p.bearer] < ix.actorRank[q.bearer] }
            if p.owedTo != q.owedTo { return ix.actorRank[p.owedTo] < ix.actorRank[q.owedTo] }
            if p.duty != q.duty { return p.duty.rawValue < q.duty.rawValue }
            // Two obligations of one clause that differ only in their terms: still a fixed order.
            let tp = [p.within?.lower ?? -1, p.within?.upper ?? -1], tq = [q.within?.lower ?? -1, q.within?.upper ?? -1]
            if tp != tq { return tp.lexicographicallyPrecedes(tq) }
            if p.force != q.force { return p.force < q.force }
            return p.subjectTo.lexicographicallyPrecedes(q.subjectTo)
        }
    }
}
