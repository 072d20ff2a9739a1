import CasusKit
import Foundation

/// Where a command's graph comes from: `--graph`, else `Graphs/ukraine-2025`
/// under the current directory, else the same world built into the binary.
enum GraphSource {
    static let defaultPath = "Graphs/ukraine-2025"

    static func load(_ path: String?, followSymlinks: Bool = false) throws -> Graph {
        if let path { return try GraphLoader.load(path: path, followSymlinks: followSymlinks) }
        if FileManager.default.fileExists(atPath: defaultPath) {
            return try GraphLoader.load(path: defaultPath, followSymlinks: followSymlinks)
        }
        return try GraphLoader.load(files: SampleWorld.files.map { GraphLoader.File(name: "<built-in>/\($0.name)", text: $0.text) })
    }
}

extension GraphSource {
    /// How the default graph is named in messages.
    static func describeDefault() -> String {
        FileManager.default.fileExists(atPath: defaultPath) ? defaultPath : "built-in sample world"
    }
}
