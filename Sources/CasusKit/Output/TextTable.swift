/// Aligned columns for terminal output. Widths count characters, so Cyrillic
/// and accented names line up; the last column is never padded.
package struct TextTable {
    package var rows: [[String]] = []
    package init(header: [String]? = nil) { if let header { rows.append(header) } }
    package mutating func add(_ row: [String]) { rows.append(row) }

    /// - Parameters:
    ///   - separator: put between columns.
    ///   - width: when set, the last column wraps at word boundaries so lines fit
    ///     (at least 20 columns are left for it); nil keeps one line per row.
    ///   - decorate: applied to each cell after padding (row 0 is the first row
    ///     added), so escape codes never count towards widths.
    package func rendered(separator: String = "  ", width: Int? = nil, decorate: (Int, Int, String) -> String = { $2 })
        -> String
    {
        let columns = rows.map(\.count).max() ?? 0
        var widths = [Int](repeating: 0, count: columns)
        for r in rows { for (i, c) in r.enumerated() { widths[i] = max(widths[i], c.count) } }
        let lead = widths.dropLast().reduce(0, +) + separator.count * max(0, columns - 1)
        let room = width.map { max(20, $0 - lead) }
        return rows.enumerated().map { n, r in
            var cells = r.enumerated().map { i, c in
                i == r.count - 1 ? c : c + String(repeating: " ", count: widths[i] - c.count)
            }
            // Trailing blanks go before decoration.
            while let last = cells.last, last.allSatisfy({ $0 == " " }) { cells.removeLast() }
            if let last = cells.popLast() { cells.append(last.trimmingTrailingSpaces()) }
            var continuation: [String] = []
            if let room, cells.count == columns, let last = cells.popLast() {
                let pieces = TextTable.wrap(last, width: room)
                cells.append(pieces.first ?? "")
                continuation = pieces.dropFirst().map { String(repeating: " ", count: lead) + $0 }
            }
            let line = cells.enumerated().map { decorate(n, $0, $1) }.joined(separator: separator)
            return ([line] + continuation).joined(separator: "\n")
        }.joined(separator: "\n") + (rows.isEmpty ? "" : "\n")
    }

    /// Words into lines of at most `width` characters (a longer word is cut to fit).
    static func wrap(_ text: String, width: Int) -> [String] {
        var lines: [String] = []
        var line = ""
        var words: [Substring] = []
        for word in text.split(separator: " ", omittingEmptySubsequences: false) {
            var rest = word
            while rest.count > width {
                words.append(rest.prefix(width))
                rest = rest.dropFirst(width)
            }
            words.append(rest)
        }
        for word in words {
            if line.isEmpty {
                line = String(word)
            } else if line.count + 1 + word.count <= width {
                line += " " + word
            } else {
                lines.append(line)
                line = String(word)
            }
        }
        lines.append(line)
        return lines
    }
}

extension String {
    func trimmingTrailingSpaces() -> String {
        var s = self
        while s.last == " " { s.removeLast() }
        return s
    }
}
