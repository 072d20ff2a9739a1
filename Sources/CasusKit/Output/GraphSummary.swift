/// The counts `casus validate` prints for a graph.
public struct GraphSummary: Sendable, Hashable {
    public let actors: Int, states: Int, organizations: Int, places: Int, instruments: Int, clauses: Int
    public let readings: Int, deployments: Int, scenarios: Int

    public init(_ g: Graph) {
        actors = g.actors.count
        states = g.actors.filter { $0.kind == .state }.count
        organizations = actors - states
        places = g.places.count
        instruments = g.instruments.count
        clauses = g.instruments.reduce(0) { $0 + $1.clauses.count }
        readings = g.readings.count
        deployments = g.deployments.count
        scenarios = g.scenarios.count
    }

    public var line: String {
        "\(actors) actors (\(states) states, \(organizations) organizations), \(places) places, \(instruments) instruments, \(clauses) clauses, \(readings) readings, \(deployments) deployments, \(scenarios) scenarios"
    }
}
