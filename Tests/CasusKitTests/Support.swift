import CasusTestSupport
import Foundation
import Testing

@testable import CasusKit

/// A small world to test one rule at a time: A attacks; B, C, D and E stand by.
let baseWorld = """
    casus: 1
    defaults: { attacker: A, depth: 0 }
    places:
      - { id: north, name: North }
      - { id: south, name: South }
    actors:
      - { id: A, name: Aggressor, kind: state, within: [north] }
      - { id: B, name: Bee, kind: state, within: [north] }
      - { id: C, name: Cee, kind: state, within: [north] }
      - { id: D, name: Dee, kind: state, within: [south] }
      - { id: E, name: Eee, kind: state, within: [south] }

    """

extension Outcome {
    func status(_ id: String) -> Status? { actor(id)?.status }
    var listed: [String] { actors.map(\.id) }
}

func run(
    _ world: Graph, _ target: String, by: String? = nil, depth: Int? = nil,
    configure: (inout Scenario) -> Void = { _ in }
) throws -> Outcome {
    var s = Scenario(attacks: [Attack(target: try world.index.resolveTarget(target).get(), by: by)], depth: depth)
    configure(&s)
    return try Analysis.run(s, on: world)
}
