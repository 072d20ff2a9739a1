import Foundation

/// The repository's folders and the worlds the tests read.
package enum Repository {
    package static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()
    /// The library's test fixtures.
    package static let fixtures = root.appendingPathComponent("Tests/CasusKitTests/Fixtures")
    /// The mini world of the design's examples.
    package static var mini: String { fixtures.appendingPathComponent("mini/world.yaml").path }
    /// The sample world, Graphs/ukraine-2025.
    package static var sample: String { root.appendingPathComponent("Graphs/ukraine-2025").path }
}
