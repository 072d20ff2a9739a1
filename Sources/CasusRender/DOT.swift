import CasusKit

/// Writing DOT text safely. Every id and label from a graph file is hostile
/// here: it is always emitted as a quoted string with quotes, backslashes,
/// line breaks and `&` escaped, so no input can close a string, start a new
/// statement, or be read as one of Graphviz's escapes or HTML entities.
package enum DOT {
    /// A quoted DOT string for an id or an attribute value.
    package static func quoted(_ s: String) -> String {
        var out = "\""
        for u in s.unicodeScalars {
            switch u {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r", "\0": break
            case "&": out += "&amp;"
            default:
                if u.value < 0x20 || u.value == 0x7F { out += " " } else { out.unicodeScalars.append(u) }
            }
        }
        return out + "\""
    }

    /// `key="value", …` in the order given (order is fixed for byte-identical output).
    package static func attributes(_ pairs: [(String, String)]) -> String {
        pairs.map { "\($0.0)=\(quoted(value($0.1, of: $0.0)))" }.joined(separator: ", ")
    }

    /// Attributes Graphviz reads as escString: it expands `\G`, `\N`, `\E`, `\L`
    /// … in them (graph, node, edge names, the label) and collapses `\\` to `\`,
    /// so a backslash from the graph's text is doubled to reach the SVG as written.
    static let escStringAttributes: Set<String> = [
        "tooltip", "edgetooltip", "labeltooltip", "headtooltip", "tailtooltip",
    ]

    static func value(_ v: String, of key: String) -> String {
        escStringAttributes.contains(key) ? v.replacingOccurrences(of: "\\", with: "\\\\") : v
    }

    /// A link Graphviz may put into SVG: http and https only; anything else is dropped.
    /// Checked again here (the loader already refused others) because a Graph
    /// can also be built in code.
    package static func safeLink(_ s: String?) -> String? {
        guard let s, WebLink.isSafe(s) else { return nil }
        return percentEncoded(s)
    }

    /// A link as Graphviz's backends may take it: every byte outside a
    /// conservative ASCII set (an apostrophe, a brace, anything not ASCII) is
    /// percent-encoded — an apostrophe made cairo write a broken PDF.
    static func percentEncoded(_ s: String) -> String {
        let allowed = Set("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~:/?#[]@!$&()*+,;=%".utf8)
        var out = ""
        for byte in s.utf8 {
            if allowed.contains(byte) {
                out.unicodeScalars.append(Unicode.Scalar(byte))
            } else {
                out += String(format: "%%%02X", byte)
            }
        }
        return out
    }

    /// `base` with the keys of `changes` replaced in place and new ones appended,
    /// so every key is written once.
    static func overriding(_ base: [(String, String)], with changes: [(String, String)]) -> [(String, String)] {
        var out = base.map { pair in changes.last { $0.0 == pair.0 } ?? pair }
        for pair in changes where !base.contains(where: { $0.0 == pair.0 }) {
            out.append(pair)
        }
        return out
    }

    /// Shortens text for a label, on a character boundary.
    package static func clip(_ s: String, _ n: Int) -> String {
        s.count > n ? String(s.prefix(n - 1)) + "…" : s
    }

    /// Wraps text at word boundaries for labels and tooltips.
    package static func wrap(_ s: String, width: Int) -> String {
        var lines: [String] = []
        var line = ""
        for word in s.split(whereSeparator: { $0 == " " || $0 == "\n" }) {
            if !line.isEmpty && line.count + word.count + 1 > width {
                lines.append(line)
                line = ""
            }
            line += (line.isEmpty ? "" : " ") + word
        }
        if !line.isEmpty { lines.append(line) }
        return lines.joined(separator: "\n")
    }
}

/// Builds a DOT document line by line.
struct DOTBuilder {
    private(set) var lines: [String] = []
    private var depth = 1
    /// When set, every node and edge gets an SVG element id `PREFIX-nK` / `PREFIX-eK`
    /// (for the HTML report's highlighting); the maps below find them again.
    var idPrefix: String?
    private(set) var nodeIDs: [String: String] = [:]
    private(set) var edgeIDs: [String: String] = [:]

    mutating func line(_ s: String) { lines.append(String(repeating: "  ", count: depth) + s) }
    mutating func node(_ id: String, _ attrs: [(String, String)]) {
        var attrs = attrs
        if let idPrefix {
            let element = nodeIDs[id] ?? "\(idPrefix)-n\(nodeIDs.count)"
            nodeIDs[id] = element
            attrs.append(("id", element))
        }
        line("\(DOT.quoted(id)) [\(DOT.attributes(attrs))];")
    }
    mutating func edge(_ from: String, _ to: String, _ attrs: [(String, String)]) {
        var attrs = attrs
        if let idPrefix {
            let element = "\(idPrefix)-e\(edgeIDs.count)"
            if edgeIDs["\(from)→\(to)"] == nil { edgeIDs["\(from)→\(to)"] = element }
            attrs.append(("id", element))
        }
        line("\(DOT.quoted(from)) -> \(DOT.quoted(to)) [\(DOT.attributes(attrs))];")
    }
    mutating func open(_ header: String) {
        line(header + " {")
        depth += 1
    }
    mutating func close() {
        depth -= 1
        line("}")
    }

    func document(name: String, graphAttributes: [(String, String)], node: [(String, String)], edge: [(String, String)])
        -> String
    {
        var out = "digraph \(DOT.quoted(name)) {\n"
        out += "  graph [\(DOT.attributes(graphAttributes))];\n"
        out += "  node [\(DOT.attributes(node))];\n"
        out += "  edge [\(DOT.attributes(edge))];\n"
        out += lines.joined(separator: "\n") + "\n}\n"
        return out
    }
}
