/// The events one run analysed — the scenario's own and every hypothetical
/// strike it walked — so that a sweep can ask, before re-running the analysis
/// with one clause added or changed, whether that clause could apply to any of
/// them. If it cannot, the re-run would walk the same events to the same
/// obligations (no new chain can start at an event no changed clause meets), so
/// every actor's row is the same and the re-run is skipped.
struct Reach {
    let events: [Event]
    let provoked: [Bool]
    let containers: [[Int]]

    /// Whether a variant of the clauses `where` keeps is met, or met but for
    /// `unprovoked` (a block), at any analysed event — in `triggers`, this graph's
    /// index or that of the same actors and places with an instrument changed.
    func meets(
        _ triggers: TriggerIndex, index: GraphIndex,
        where keep: (TriggerIndex.CompiledClause, TriggerIndex.Variant) -> Bool
    ) -> Bool {
        for clause in triggers.clauses {
            for variant in clause.variants where keep(clause, variant) {
                for (n, e) in events.enumerated() {
                    let m = triggers.match(
                        variant, e, containers: containers[n], instrument: clause.instrument, provoked: provoked[n],
                        index: index)
                    if case .notMet = m { continue }
                    return true
                }
            }
        }
        return false
    }
}

extension Reach {
    /// Whether a clause of the instrument `id` of `graph` is met at an analysed event
    /// (true when `graph` has no such instrument: then nothing is known, so ask the engine).
    func meets(instrument id: String, in graph: Graph) -> Bool {
        guard let n = graph.index.instrumentIndex[id] else { return true }
        return meets(graph.triggers, index: graph.index) { clause, _ in clause.instrument == n }
    }

    /// Whether the reading `id` of `graph` carries a variant met at an analysed event
    /// (true when there is no such reading).
    func meets(reading id: String, in graph: Graph) -> Bool {
        let triggers = graph.triggers
        guard let r = triggers.readingIDs.firstIndex(of: id) else { return true }
        // A combination that has it among its members carries it too.
        return meets(triggers, index: graph.index) { _, variant in
            variant.reading.map { triggers.readingMembers[$0].contains(r) } ?? false
        }
    }
}

extension Analysis {
    /// One run, and what it reached.
    static func runReaching(_ scenario: Scenario, on graph: Graph, chainsPerActor: Int) throws(UnknownName)
        -> (outcome: Outcome, reach: Reach)
    {
        var engine = try walked(scenario, on: graph)
        let events = engine.analysedEvents
        let reach = Reach(
            events: events, provoked: events.map { engine.side[$0.victim] == .attacker },
            containers: events.map { graph.index.containers(of: $0.place) })
        return (engine.outcome(chainsPerActor: max(1, chainsPerActor)), reach)
    }
}
