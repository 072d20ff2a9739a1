/// A scenario checked against its graph and interned: the attackers, the
/// readings accepted and rejected, the proposals adopted, the actors removed.
struct PreparedScenario {
    let echo: AnalysedScenario
    let attacks: [(target: AttackTarget, attacker: Int, nuclear: Bool)]
    let depth: Int
    let accepted: Set<Int>
    let rejected: Set<Int>
    let adopted: Set<Int>
    let without: Set<Int>
    let aligned: Set<Int>
    let duties: Set<Duty>

    init(_ s: Scenario, graph: Graph) throws(UnknownName) {
        let ix = graph.index, tr = graph.triggers
        func actorStates(_ ids: [String], what: String) throws(UnknownName) -> Set<Int> {
            var out = Set<Int>()
            for id in ids {
                guard ix.actorIndex[id] != nil else {
                    throw UnknownName(message: "unknown actor '\(id)' in \(what)", suggestion: Suggestion.nearest(to: id, in: ix.actorIDs))
                }
                out.formUnion(ix.states(of: id))
            }
            return out
        }
        func readings(_ ids: [String], what: String) throws(UnknownName) -> Set<Int> {
            var out = Set<Int>()
            for id in ids {
                guard let n = tr.readingNumber[id] else {
                    throw UnknownName(message: "unknown reading '\(id)' in \(what)", suggestion: Suggestion.nearest(to: id, in: tr.readingIDs))
                }
                out.insert(n)
            }
            return out
        }
        without = try actorStates(s.without, what: "without")
        aligned = try actorStates(s.aligned, what: "aligned").subtracting(without)
        accepted = try readings(s.accept, what: "accept")
        var rejected = try readings(s.reject, what: "reject")
        if let both = accepted.intersection(rejected).min() {
            throw UnknownName(message: "reading '\(tr.readingIDs[both])' is both accepted and rejected", suggestion: nil)
        }
        if s.strict { rejected = Set(tr.readingIDs.indices).subtracting(accepted) }
        self.rejected = rejected
        var adopted = Set<Int>()
        let proposals = graph.instruments.enumerated().filter { $0.element.status.isUnadopted }.map(\.element.id)
        for id in s.adopt {
            guard let n = ix.instrumentIndex[id] else {
                throw UnknownName(message: "unknown instrument '\(id)' in adopt", suggestion: Suggestion.nearest(to: id, in: proposals))
            }
            guard graph.instruments[n].status.isUnadopted else {
                throw UnknownName(message: "'\(id)' is \(graph.instruments[n].status.rawValue), not a proposal; adopt takes a proposed or signed instrument",
                                  suggestion: Suggestion.nearest(to: id, in: proposals))
            }
            adopted.insert(n)
        }
        self.adopted = adopted
        guard !s.attacks.isEmpty else { throw UnknownName(message: "the scenario has no attack", suggestion: nil) }
        var attacks: [(AttackTarget, Int, Bool)] = []
        var echoes: [AnalysedScenario.AttackEcho] = []
        for a in s.attacks {
            guard let by = a.by ?? graph.defaults.attacker else {
                throw UnknownName(message: "the attack on '\(a.target)' names no attacker and the graph has no defaults.attacker (use --by)", suggestion: nil)
            }
            guard let n = ix.actorIndex[by], ix.isState[n] else {
                throw UnknownName(message: "unknown attacker '\(by)'; expected a state", suggestion: Suggestion.nearest(to: by, in: ix.stateIDs))
            }
            if without.contains(n) {
                throw UnknownName(message: "attacker '\(by)' is also removed with 'without'", suggestion: nil)
            }
            attacks.append((a.target, n, a.nuclear))
            echoes.append(.init(target: a.target.description, by: by, nuclear: a.nuclear))
        }
        self.attacks = attacks
        depth = max(0, s.depth ?? graph.defaults.depth)
        duties = Set(s.duties)
        func unique(_ xs: [String]) -> [String] { var seen = Set<String>(); return xs.filter { seen.insert($0).inserted } }
        let rejectEcho = s.strict ? rejected.map { tr.readingIDs[$0] }.sorted() : unique(s.reject)
        var seenDuty = Set<Duty>()
        echo = AnalysedScenario(id: s.id, title: s.title, attacks: echoes, depth: depth, accept: unique(s.accept),
                                reject: rejectEcho, adopt: unique(s.adopt), without: unique(s.without),
                                aligned: unique(s.aligned), duties: s.duties.filter { seenDuty.insert($0).inserted })
    }
}
