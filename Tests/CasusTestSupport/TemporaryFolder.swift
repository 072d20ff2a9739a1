import Foundation

/// A fresh folder under the system's temporary folder, removed with the value:
/// the one way tests make one.
package final class TemporaryFolder: Sendable {
    package let url: URL

    package init() throws {
        url = FileManager.default.temporaryDirectory.appendingPathComponent("casus-test-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    deinit {
        try? FileManager.default.removeItem(at: url)
    }

    /// A path inside the folder.
    package func path(_ name: String) -> String {
        url.appendingPathComponent(name).path
    }

    /// Writes `text` to `name` inside the folder; returns its path.
    @discardableResult
    package func write(_ text: String, to name: String) throws -> String {
        let target = url.appendingPathComponent(name)
        try text.write(to: target, atomically: true, encoding: .utf8)
        return target.path
    }
}
