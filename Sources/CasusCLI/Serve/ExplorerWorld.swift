import CasusKit
import CasusRender
import Foundation

/// What the page builds its switches from: the world's scenarios, targets,
/// readings, veto holders, proposals, actors, duties and dated days.
enum ExplorerWorld {
    static func json(_ world: Graph, label: String, generation: Int, reloadError: String?) -> JSONValue {
        func named(_ id: String, _ name: String) -> JSONValue {
            .object([("id", .string(id)), ("name", .string(name))])
        }
        let scenarios: [JSONValue] = world.scenarios.compactMap { s in s.id.map { settings(s, $0) } }
        let readings: [JSONValue] = world.distinctReadings.map { r in
            let cite = "\(r.instrument.short) \(r.clause.cite)"
            return .object([
                ("id", .string(r.reading.id)), ("cite", .string(cite)), ("claim", .string(r.reading.claim)),
            ])
        }
        let vetoHolders: [JSONValue] = world.vetoHolders.map { named($0, world.actor($0)?.name ?? $0) }
        let proposals: [JSONValue] = world.instruments.filter(\.isProposal).map { named($0.id, $0.title) }
        let fields: [(String, JSONValue)] = [
            ("graph", .string(label)),
            ("title", world.title.map(JSONValue.string) ?? .null),
            ("generation", .int(generation)),
            ("reload_error", reloadError.map(JSONValue.string) ?? .null),
            ("default_depth", .int(world.defaults.depth)),
            ("maximum_depth", .int(ExplorerChoice.maximumDepth)),
            ("scenarios", .array(scenarios)),
            ("states", .array(world.states.map { named($0.id, $0.name) })),
            ("groups", .array(world.actors.filter { $0.kind == .group }.map { named($0.id, $0.name) })),
            ("deployments", .array(world.deployments.map { named($0.id, $0.name) })),
            ("places", .array(world.places.map { named($0.id, $0.name) })),
            ("kinds", .array(EventKind.allCases.map { .string($0.rawValue) })),
            ("readings", .array(readings)),
            ("veto_holders", .array(vetoHolders)),
            ("proposals", .array(proposals)),
            ("actors", .array(world.actors.map { named($0.id, $0.name) })),
            ("duties", .array(Duty.responseWords.map(JSONValue.string))),
            ("days", .array(world.dated.changeDays.map { .string($0.description) })),
        ]
        return .object(fields)
    }

    /// A scenario as the page lists it, with what it settles itself: switches
    /// the scenario already sets are shown set and cannot be turned the other way.
    private static func settings(_ s: Scenario, _ id: String) -> JSONValue {
        func ids(_ list: [String]) -> JSONValue { .array(list.map(JSONValue.string)) }
        return .object([
            ("id", .string(id)),
            ("name", .string(s.title ?? id)),
            ("depth", s.depth.map(JSONValue.int) ?? .null),
            ("accept", ids(s.accept)),
            ("reject", ids(s.reject)),
            ("strict", .bool(s.strict)),
            ("adopt", ids(s.adopt)),
            ("without", ids(s.without)),
            ("joins", ids(s.joins)),
            ("veto", ids(s.vetoes)),
            ("duty", ids(s.duties.map(\.rawValue))),
            ("as_of", s.asOf.map { .string($0.description) } ?? .null),
        ])
    }

    /// The world map `casus render` draws, as SVG (empty when it cannot be drawn).
    static func mapSVG(_ world: Graph) -> String {
        guard let map = try? WorldMap(graph: world, focus: nil, radius: 1),
            let data = try? Renderer.shared.render(dot: map.dot(), to: .svg)
        else { return "" }
        return String(decoding: data, as: UTF8.self)
    }
}
