import Foundation

/// One finding about a graph, the one type for its errors and its warnings:
/// an error stops it loading; a warning (`validate`'s) never changes an answer.
/// An error is located precisely enough for an editor to jump to; a warning
/// about the graph as a whole names only the graph (line 0).
public struct Diagnostic: Error, Sendable, Hashable, CustomStringConvertible {
    /// How much a finding weighs.
    public enum Severity: String, Sendable {
        /// The graph does not load.
        case error
        /// The graph loads, but probably does not say what its author meant.
        case warning
    }

    /// Whether it stops the graph loading.
    public let severity: Severity
    /// The file the finding is in, or the graph it is about.
    public let file: String
    /// The line, from 1; 0 for the file or graph as a whole.
    public let line: Int
    /// The column, from 1, in Unicode scalars.
    public let column: Int
    /// Where in the document, e.g. `instruments[2].clauses[0].then.duty` (empty for the file itself).
    public let path: String
    /// What was found and what was expected.
    public let message: String
    /// The nearest known word, for a misspelt key, id or enumeration word.
    public let suggestion: String?

    package init(
        file: String, line: Int, column: Int, path: String, message: String, suggestion: String? = nil,
        severity: Severity = .error
    ) {
        self.severity = severity
        self.file = file
        self.line = line
        self.column = column
        self.path = path
        self.message = message
        self.suggestion = suggestion
    }

    /// A warning about a whole graph or file: `name: message`.
    package static func warning(_ message: String, about name: String) -> Diagnostic {
        Diagnostic(file: name, line: 0, column: 0, path: "", message: message, severity: .warning)
    }

    /// `file:line:column: path: message (did you mean 'x'?)`; `file: message` at line 0.
    public var description: String {
        var s = line > 0 ? "\(file):\(line):\(column): " : "\(file): "
        if !path.isEmpty { s += "\(path): " }
        s += message
        if let suggestion { s += " (did you mean '\(suggestion)'?)" }
        return s
    }
}
