/// A scenario checked against its graph and interned: the attackers, the
/// readings accepted and rejected, the proposals adopted, the actors removed,
/// the vetoes.
struct PreparedScenario {
    struct PreparedAttack {
        let target: AttackTarget
        let attacker: Int
        let kind: EventKind
        let nuclear: Bool
    }

    let echo: AnalysedScenario
    let attacks: [PreparedAttack]
    let depth: Int
    let accepted: Set<Int>
    let rejected: Set<Int>
    let adopted: Set<Int>
    /// Removed actors: the states named or expanded, and the organizations named.
    let without: Set<Int>
    let aligned: Set<Int>
    /// States and groups that chose to join the victim's side (`joins`).
    let joins: Set<Int>
    /// States that withhold consent in every consensus or unanimity decision.
    let vetoes: Set<Int>
    let duties: Set<Duty>
    /// Instruments the run takes as lapsed (`Scenario.lapsed`).
    let lapsed: Set<Int>

    init(_ s: Scenario, graph: Graph) throws(UnknownName) {
        let index = graph.index
        let triggers = graph.triggers
        func actorStates(_ ids: [String], what: String) throws(UnknownName) -> Set<Int> {
            var out = Set<Int>()
            for id in ids {
                guard index.actorIndex[id] != nil else {
                    throw UnknownName(message: "unknown actor '\(id)' in \(what)", suggestion: index.suggestActor(id))
                }
                out.formUnion(index.states(of: id))
            }
            return out
        }
        func readings(_ ids: [String], what: String) throws(UnknownName) -> Set<Int> {
            var out = Set<Int>()
            for id in ids {
                // A combination (`a+b`) is not a reading one accepts: its members are.
                guard let n = triggers.readingNumber[id], n < triggers.writtenReadings else {
                    let guess = Suggestion.nearest(
                        to: id, in: Array(triggers.readingIDs.prefix(triggers.writtenReadings)))
                    let known = guess == nil ? "; see casus list readings" : ""
                    throw UnknownName(message: "unknown reading '\(id)' in \(what)\(known)", suggestion: guess)
                }
                out.insert(n)
            }
            return out
        }
        var without = try actorStates(s.without, what: "without")
        for id in s.without {
            if let n = index.actorIndex[id] {
                without.insert(n)
            }
        }
        // States that do not exist on the day the world is read as of.
        let absent = Set(graph.absent.compactMap { index.actorIndex[$0] })
        let attackers = Set(s.attacks.compactMap { $0.by ?? graph.defaults.attacker })
        if let gone = attackers.sorted().first(where: { graph.absent.contains($0) }), let day = graph.asOf {
            let dates = graph.datesPhrase(of: gone)
            throw UnknownName(
                message: "attacker '\(gone)' does not exist on \(day) (\(dates))", suggestion: nil,
                periodNote: "attacker '\(gone)' does not exist (\(dates))")
        }
        // An attack on a state that does not exist on the day answers nothing: say so, with its dates.
        for a in s.attacks {
            if let struck = graph.territoryStruck(by: a.target), graph.absent.contains(struck), let day = graph.asOf {
                let dates = graph.datesPhrase(of: struck)
                throw UnknownName(
                    message: "'\(struck)' does not exist on \(day) (\(dates)); nothing there to attack",
                    suggestion: nil,
                    periodNote: "'\(struck)' does not exist (\(dates)); nothing there to attack")
            }
        }
        without.formUnion(absent)
        self.without = without
        aligned = try actorStates(s.aligned, what: "aligned").subtracting(without)
        vetoes = try actorStates(s.vetoes, what: "vetoes").subtracting(without)
        var accepted = try readings(s.accept, what: "accept")
        var rejected = try readings(s.reject, what: "reject")
        if let both = accepted.intersection(rejected).min() {
            throw UnknownName(
                message: "reading '\(triggers.readingIDs[both])' is both accepted and rejected", suggestion: nil)
        }
        if s.strict {
            rejected = Set(0..<triggers.writtenReadings).subtracting(accepted)
        }
        let rejectEcho = s.strict ? rejected.map { triggers.readingIDs[$0] } : s.reject
        // Readings that combine (version 3): accepted when every member is, rejected when one is.
        for n in triggers.writtenReadings..<triggers.readingIDs.count {
            let members = triggers.readingMembers[n]
            if members.allSatisfy(accepted.contains) { accepted.insert(n) }
            if members.contains(where: rejected.contains) { rejected.insert(n) }
        }
        self.accepted = accepted
        self.rejected = rejected
        adopted = try Self.proposals(s.adopt, graph: graph)
        if s.duties.contains(.refrain) {
            throw UnknownName(
                message:
                    "'refrain' is not a response duty; expected one of \(Duty.responseWords.joined(separator: ", "))",
                suggestion: nil)
        }
        attacks = try Self.attacks(s, graph: graph, without: without, aligned: aligned)
        joins = try Self.joiners(
            s, graph: graph, without: without, attackers: Set(attacks.map(\.attacker)), aligned: aligned)
        depth = max(0, s.depth ?? graph.defaults.depth)
        duties = Set(s.duties)
        var lapsed = Set<Int>()
        for id in s.lapsed {
            guard let n = index.instrumentIndex[id] else {
                throw UnknownName(message: "unknown instrument '\(id)' in lapsed", suggestion: nil)
            }
            lapsed.insert(n)
        }
        self.lapsed = lapsed
        echo = AnalysedScenario(
            id: s.id, title: s.title,
            attacks: zip(s.attacks, attacks).map { written, prepared in
                .init(
                    target: written.target.description, by: index.actorIDs[prepared.attacker],
                    kind: prepared.kind, nuclear: prepared.nuclear)
            },
            depth: depth, accept: s.accept.uniquedSorted(), reject: rejectEcho.uniquedSorted(),
            adopt: s.adopt.uniquedSorted(), without: s.without.uniquedSorted(),
            aligned: s.aligned.uniquedSorted(), joins: s.joins.uniquedSorted(), vetoes: s.vetoes.uniquedSorted(),
            duties: Set(s.duties).sorted { $0.rawValue < $1.rawValue }, asOf: graph.asOf ?? s.asOf)
    }

    private static func proposals(_ ids: [String], graph: Graph) throws(UnknownName) -> Set<Int> {
        var adopted = Set<Int>()
        let proposals = graph.instruments.filter(\.isProposal).map(\.id)
        for id in ids {
            guard let n = graph.index.instrumentIndex[id] else {
                throw UnknownName(
                    message: "unknown instrument '\(id)' in adopt",
                    suggestion: Suggestion.nearest(to: id, in: proposals))
            }
            // As of a day, a proposal may already be in force (nothing to adopt) or not yet exist.
            if graph.asOf != nil && !graph.instruments[n].isProposal {
                continue
            }
            guard graph.instruments[n].isProposal else {
                throw UnknownName(
                    message:
                        "'\(id)' is \(graph.instruments[n].status.rawValue), not a proposal; adopt takes a proposed "
                        + "or signed instrument",
                    suggestion: Suggestion.nearest(to: id, in: proposals))
            }
            adopted.insert(n)
        }
        return adopted
    }

    /// The attacks with their attackers resolved. All attacks are by one side:
    /// a target that is an attacker or an aligned state is an error.
    private static func attacks(_ s: Scenario, graph: Graph, without: Set<Int>, aligned: Set<Int>) throws(UnknownName)
        -> [PreparedAttack]
    {
        let index = graph.index
        guard !s.attacks.isEmpty else {
            throw UnknownName(message: "the scenario has no attack", suggestion: nil)
        }
        var out: [PreparedAttack] = []
        for a in s.attacks {
            guard let by = a.by ?? graph.defaults.attacker else {
                throw UnknownName(
                    message:
                        "the attack on '\(a.target)' names no attacker and the graph has no defaults.attacker (use "
                        + "--by)",
                    suggestion: nil)
            }
            guard let n = index.actorIndex[by], index.standsForItself(n) else {
                if index.actorIndex[by] != nil {
                    throw UnknownName(
                        message: "'\(by)' is an organization; an attacker must be a state or a group", suggestion: nil)
                }
                throw UnknownName(
                    message: "unknown attacker '\(by)'; expected a state or a group",
                    suggestion: index.suggestActor(by, attackersOnly: true))
            }
            if without.contains(n) {
                throw UnknownName(message: "attacker '\(by)' is also removed with 'without'", suggestion: nil)
            }
            out.append(PreparedAttack(target: a.target, attacker: n, kind: a.kind, nuclear: a.nuclear))
        }
        let side = Set(out.map(\.attacker)).union(aligned)
        for a in out {
            guard let victim = Self.targetState(a.target, index), side.contains(victim) else { continue }
            let role = out.contains { $0.attacker == victim } ? "an attacker" : "aligned with the attackers"
            throw UnknownName(
                message:
                    "the attack on '\(a.target)' targets '\(index.actorIDs[victim])', which is \(role); "
                    + "all attacks of a scenario are by one side",
                suggestion: nil)
        }
        return out
    }

    /// The states and groups that choose to join the victim's side. An organization, an actor
    /// removed or absent on the day, and one on the attacker's side cannot.
    private static func joiners(
        _ s: Scenario, graph: Graph, without: Set<Int>, attackers: Set<Int>, aligned: Set<Int>
    ) throws(UnknownName) -> Set<Int> {
        let index = graph.index
        var out = Set<Int>()
        for id in s.joins {
            guard let n = index.actorIndex[id] else {
                throw UnknownName(
                    message: "unknown actor '\(id)' in joins; expected a state or a group",
                    suggestion: index.suggestActor(id, attackersOnly: true))
            }
            guard index.standsForItself(n) else {
                throw UnknownName(
                    message: "'\(id)' is an organization; a state or a group joins, not an organization (name its "
                        + "members)",
                    suggestion: nil)
            }
            if graph.absent.contains(id), let day = graph.asOf {
                throw UnknownName(
                    message: "'\(id)' in joins does not exist on \(day) (\(graph.datesPhrase(of: id)))",
                    suggestion: nil, periodNote: "'\(id)' in joins does not exist (\(graph.datesPhrase(of: id)))")
            }
            if without.contains(n) {
                throw UnknownName(message: "'\(id)' both joins and is removed with 'without'", suggestion: nil)
            }
            if attackers.contains(n) || aligned.contains(n) {
                let role = attackers.contains(n) ? "an attacker" : "aligned with the attackers"
                throw UnknownName(
                    message: "'\(id)' joins the victim's side but is \(role); a state is on one side", suggestion: nil)
            }
            out.insert(n)
        }
        return out
    }

    /// The state a target names directly (a deployment's contributors are checked when its events are built).
    private static func targetState(_ t: AttackTarget, _ index: GraphIndex) -> Int? {
        switch t {
        case .state(let id), .forces(let id, _), .vessels(let id, _), .shipping(let id, _): return index.actorIndex[id]
        case .place(let id): return index.placeIndex[id].flatMap { index.territoryState(of: $0) }
        case .deployment: return nil
        }
    }
}

extension Sequence where Element == String {
    /// Sorted by code point, each id once: how the JSON echo writes a list of ids.
    func uniquedSorted() -> [String] { Array(Set(self)).sorted() }
}
