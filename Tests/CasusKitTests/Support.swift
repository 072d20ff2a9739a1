import Foundation
import Testing

@testable import CasusKit

/// Loads a graph written inline in a test.
func graph(_ yaml: String, file: String = "t.yaml") throws -> Graph {
    try GraphLoader.load(files: [GraphLoader.File(name: file, text: yaml)])
}

/// The errors a graph written inline produces (none → an empty list).
func errors(_ yaml: String, file: String = "t.yaml") -> [String] {
    do {
        _ = try graph(yaml, file: file)
        return []
    } catch let failure as GraphLoadFailure {
        return failure.errors.map(\.description)
    } catch {
        return ["unexpected: \(error)"]
    }
}

enum Fixtures {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures")
    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()
    static var mini: String { folder.appendingPathComponent("mini/world.yaml").path }
    static var sample: String { repository.appendingPathComponent("Graphs/ukraine-2025").path }
}

/// Parses JSON text into Foundation values so tests compare structure, not key order.
func parsedJSON(_ text: String) throws -> NSObject {
    try #require(try JSONSerialization.jsonObject(with: Data(text.utf8), options: [.fragmentsAllowed]) as? NSObject)
}

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
    _ g: Graph, _ target: String, by: String? = nil, depth: Int? = nil, configure: (inout Scenario) -> Void = { _ in }
) throws -> Outcome {
    var s = Scenario(attacks: [Attack(target: try g.index.resolveTarget(target).get(), by: by)], depth: depth)
    configure(&s)
    return try Analysis.run(s, on: g)
}
