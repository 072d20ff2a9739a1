/// What `casus validate` warns about: a graph that loads but probably does not
/// say what its author meant. Warnings never change an answer.
package enum GraphWarnings {
    /// Readings no scenario reaches, above which `validate` says how many in one line
    /// (an imported world has hundreds) and lists them only with `--verbose`.
    package static let readingsListedAtMost = 5

    /// Every warning for `graph`, named `name` in each, in a fixed order (places,
    /// then readings); more than `readingsListedAtMost` unreached readings are one
    /// summary line unless `verbose`. `count` is every warning, summarised or not.
    package static func of(_ graph: Graph, name: String, verbose: Bool = true) -> (shown: [Diagnostic], count: Int) {
        let places = overseasDrops(graph)
        let unreached = unreachedReadings(graph)
        var shown = places
        if verbose || unreached.count <= readingsListedAtMost {
            shown += unreached.map(\.text)
        } else {
            let first = unreached.prefix(3).map(\.id).joined(separator: ", ")
            shown.append(
                "\(unreached.count) readings are named by no scenario and carry no chain in any (\(first), …); "
                    + "casus validate --verbose lists each")
        }
        return (shown.map { Diagnostic.warning($0, about: name) }, places.count + unreached.count)
    }

    /// A place inside a state that also names a region of its own does not
    /// inherit the state's regions (format.md's overseas rule). Say which it
    /// loses, so that a `within: [UKR, black-sea]` written for precision does
    /// not silently take a place out of `europe`.
    static func overseasDrops(_ graph: Graph) -> [String] {
        let index = graph.index
        var warnings: [String] = []
        for place in graph.places {
            // `overseas` written either way says the author meant it: no warning.
            guard place.overseas == nil, let p = index.placeIndex[place.id] else { continue }
            let states = place.within.filter { graph.actor($0)?.kind == .state }
            guard !states.isEmpty, states.count < place.within.count else { continue }
            let kept = Set(index.containers(of: p))
            for state in states {
                guard let s = index.placeIndex[state] else { continue }
                let dropped = index.containers(of: s)
                    .filter { index.stateOfPlace[$0] == nil && !kept.contains($0) }
                    .map { index.placeIDs[$0] }
                    .sorted()
                guard !dropped.isEmpty else { continue }
                warnings.append(
                    "place \(place.id) lies in \(state) and in a region of its own, so it is not in \(state)'s "
                        + "\(dropped.count == 1 ? "region" : "regions") \(dropped.joined(separator: ", ")) (the "
                        + "overseas rule); "
                        + "add \(dropped.count == 1 ? "it" : "them") to its `within` if "
                        + "\(dropped.count == 1 ? "it applies" : "they apply")"
                )
            }
        }
        return warnings
    }

    /// A reading that no scenario accepts or rejects and that carries no chain
    /// and no blocked entry in any scenario: nothing in the graph shows it.
    /// A graph without scenarios gets no such warning.
    static func unreachedReadings(_ graph: Graph) -> [(id: String, text: String)] {
        guard !graph.scenarios.isEmpty else { return [] }
        var reached = Set<String>()
        for scenario in graph.scenarios {
            reached.formUnion(scenario.accept)
            reached.formUnion(scenario.reject)
            // Every chain per actor, not the three reported: a reading may rank fourth.
            guard let outcome = try? Analysis.run(scenario, on: graph, chainsPerActor: Int.max) else { continue }
            for actor in outcome.actors {
                for chain in actor.chains {
                    reached.formUnion(chain.readings)
                }
            }
            // A blocked entry under readings that combine names them joined by `+`.
            reached.formUnion(outcome.blocked.compactMap(\.reading).flatMap(ClauseStep.members))
        }
        var warnings: [(id: String, text: String)] = []
        for (instrument, clause, reading) in graph.distinctReadings where !reached.contains(reading.id) {
            warnings.append(
                (
                    reading.id,
                    "reading \(reading.id) (\(instrument.id) \(clause.id)) is named by no scenario and "
                        + "carries no chain in any: add a scenario that accepts or rejects it, or check its `when`"
                ))
        }
        return warnings
    }
}
