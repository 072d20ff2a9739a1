/// Comma-separated values as RFC 4180 writes them, with graph text neutralised
/// the way OWASP recommends: a cell a spreadsheet would evaluate as a formula
/// (it starts with `=`, `+`, `-`, `@`, a tab or a carriage return) gets a
/// leading apostrophe, which spreadsheets show as text and do not display.
package enum CSV {
    /// One field: quoted when it holds a comma, a quote or a line break.
    package static func field(_ s: String) -> String {
        guard s.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return s }
        return "\"" + s.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    /// Text that came from a graph file, made inert for a spreadsheet.
    package static func text(_ s: String) -> String {
        guard let first = s.unicodeScalars.first, "=+-@\t\r".unicodeScalars.contains(first) else { return field(s) }
        return field("'" + s)
    }

    /// Lines joined with CRLF, with a final CRLF.
    package static func document(_ rows: [[String]]) -> String {
        rows.map { $0.joined(separator: ",") }.joined(separator: "\r\n") + "\r\n"
    }
}
