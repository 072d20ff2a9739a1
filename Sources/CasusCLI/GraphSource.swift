import CasusKit
import CasusSample
import Foundation

/// Where a command's graph comes from: `--graph`, else `CASUS_GRAPH`, else
/// `Graphs/ukraine-2025` under the current directory, else the same world built
/// into the binary — and every text output names which one it read, so an
/// answer about the wrong world cannot pass unnoticed.
enum GraphSource {
    static let defaultPath = "Graphs/ukraine-2025"
    static let builtInLabel = "built-in sample world"

    /// The path to read, or nil for the built-in sample.
    static func path(_ flag: String?) -> String? {
        if let flag { return flag }
        if let env = ProcessInfo.processInfo.environment["CASUS_GRAPH"], !env.isEmpty { return env }
        if FileManager.default.fileExists(atPath: defaultPath) { return defaultPath }
        return nil
    }

    /// How the graph is named in headers: its path, or "built-in sample world".
    static func label(_ flag: String?) -> String {
        path(flag) ?? builtInLabel
    }

    static func load(_ flag: String?, followSymlinks: Bool = false) throws -> Graph {
        if let path = path(flag) {
            return try GraphLoader.load(path: path, followSymlinks: followSymlinks)
        }
        printError("casus: note: no --graph, no CASUS_GRAPH and no \(defaultPath) here; reading the \(builtInLabel)")
        return try GraphLoader.load(
            files: SampleWorld.files.map { GraphLoader.File(name: "<built-in>/\($0.name)", text: $0.text) })
    }

    /// How the default graph is named in messages.
    static func describeDefault() -> String {
        label(nil)
    }
}
