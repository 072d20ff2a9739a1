import CasusKit
import CasusSample
import Foundation

/// Where a command's graph comes from: `--graph`, else `CASUS_GRAPH`, else a
/// world in the current folder (a `world.yaml`, or YAML files that say
/// `casus:`), else `Graphs/ukraine-2025` under it, else the same world built
/// into the binary — and every text output names which one it read, so an
/// answer about the wrong world cannot pass unnoticed.
enum GraphSource {
    static let defaultPath = "Graphs/ukraine-2025"
    static let builtInLabel = "built-in sample world"

    /// The path to read, or nil for the built-in sample.
    static func path(_ flag: String?) -> String? {
        if let flag { return flag }
        if let env = ProcessInfo.processInfo.environment["CASUS_GRAPH"], !env.isEmpty { return env }
        if holdsAWorld(".") { return "." }
        if FileManager.default.fileExists(atPath: defaultPath) { return defaultPath }
        return nil
    }

    /// Whether a folder holds a world of its own: a `world.yaml`, or a YAML file
    /// directly in it with a top-level `casus:` key (read at most 64 KiB of each).
    static func holdsAWorld(_ folder: String) -> Bool {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
        if names.contains("world.yaml") || names.contains("world.yml") { return true }
        for name in names.sorted() where name.hasSuffix(".yaml") || name.hasSuffix(".yml") {
            let path = folder + "/" + name
            var info = stat()
            guard stat(path, &info) == 0, info.st_mode & S_IFMT == S_IFREG,
                let handle = FileHandle(forReadingAtPath: path)
            else { continue }
            defer { try? handle.close() }
            let head = String(decoding: (try? handle.read(upToCount: 65_536)) ?? Data(), as: UTF8.self)
            if head.split(separator: "\n").contains(where: { $0.hasPrefix("casus:") }) { return true }
        }
        return false
    }

    /// How the graph is named in headers: its path, or "built-in sample world".
    static func label(_ flag: String?) -> String {
        path(flag) ?? builtInLabel
    }

    static func load(_ flag: String?, followSymlinks: Bool = false) throws -> Graph {
        if let path = path(flag) {
            return try GraphLoader.load(path: path, followSymlinks: followSymlinks)
        }
        printError(
            "casus: note: no --graph, no CASUS_GRAPH, no world in this folder and no \(defaultPath) here; "
                + "reading the \(builtInLabel)")
        return try GraphLoader.load(
            files: SampleWorld.files.map { GraphLoader.File(name: "<built-in>/\($0.name)", text: $0.text) })
    }

    /// How the default graph is named in messages.
    static func describeDefault() -> String {
        label(nil)
    }
}
