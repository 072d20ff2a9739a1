import Foundation

/// An error of a graph file: a located diagnostic of severity error.
public typealias LoadError = Diagnostic

/// A graph that did not load: every error found, sorted by file, line and column.
public struct GraphLoadFailure: Error, Sendable, CustomStringConvertible {
    /// Every error of the graph, sorted by file, line and column.
    public let errors: [LoadError]
    package init(errors: [LoadError]) {
        self.errors = errors.sorted {
            ($0.file, $0.line, $0.column, $0.path, $0.message) < ($1.file, $1.line, $1.column, $1.path, $1.message)
        }
    }
    /// Every error, one per line.
    public var description: String { errors.map(\.description).joined(separator: "\n") }
}

/// A graph path that names nothing readable (exit 66, not 65).
public struct GraphNotFound: Error, Sendable, CustomStringConvertible {
    /// The path that could not be read.
    public let path: String
    /// The system's reason: "No such file or directory".
    public let reason: String
    /// `path: reason`.
    public var description: String { "\(path): \(reason)" }

    package init(path: String, reason: String) {
        self.path = path
        self.reason = reason
    }

    /// The system's own reason: "No such file or directory", "Permission denied".
    init(path: String, errno code: Int32) {
        self.init(path: path, reason: String(cString: strerror(code)))
    }
}
