import Foundation

/// One problem in a graph file, located precisely enough for an editor to jump to.
public struct LoadError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The file the error is in.
    public let file: String
    /// The line, from 1.
    public let line: Int
    /// The column, from 1, in Unicode scalars.
    public let column: Int
    /// Where in the document, e.g. `instruments[2].clauses[0].then.duty` (empty for the file itself).
    public let path: String
    /// What was found and what was expected.
    public let message: String
    /// The nearest known word, for a misspelt key, id or enumeration word.
    public let suggestion: String?

    package init(file: String, line: Int, column: Int, path: String, message: String, suggestion: String? = nil) {
        self.file = file
        self.line = line
        self.column = column
        self.path = path
        self.message = message
        self.suggestion = suggestion
    }

    /// `file:line:column: path: message (did you mean 'x'?)`
    public var description: String {
        var s = "\(file):\(line):\(column): "
        if !path.isEmpty { s += "\(path): " }
        s += message
        if let suggestion { s += " (did you mean '\(suggestion)'?)" }
        return s
    }
}

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
