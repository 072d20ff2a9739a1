/// The counts `casus validate` prints for a graph.
package struct GraphSummary: Sendable, Hashable {
    package let actors: Int, states: Int, organizations: Int, groups: Int, places: Int, instruments: Int, clauses: Int
    package let readings: Int, deployments: Int, scenarios: Int

    package init(_ world: Graph) {
        actors = world.actors.count
        states = world.actors.filter { $0.kind == .state }.count
        organizations = world.actors.filter { $0.kind == .organization }.count
        groups = world.actors.filter { $0.kind == .group }.count
        places = world.places.count
        instruments = world.instruments.count
        clauses = world.instruments.reduce(0) { $0 + $1.clauses.count }
        readings = world.distinctReadings.count
        deployments = world.deployments.count
        scenarios = world.scenarios.count
    }

    package var line: String {
        // Groups are named only where there are some: a world without them reads as it always has.
        let kinds =
            [count(states, "state"), count(organizations, "organization")]
            + (groups > 0 ? [count(groups, "group")] : [])
        return "\(count(actors, "actor")) (\(kinds.joined(separator: ", "))), "
            + "\(count(places, "place")), \(count(instruments, "instrument")), \(count(clauses, "clause")), "
            + "\(count(readings, "reading")), \(count(deployments, "deployment")), \(count(scenarios, "scenario"))"
    }

    /// "1 reading", "5 readings": a count read aloud in a briefing must agree with its noun.
    private func count(_ n: Int, _ noun: String) -> String {
        "\(n) \(noun)\(n == 1 ? "" : "s")"
    }
}
