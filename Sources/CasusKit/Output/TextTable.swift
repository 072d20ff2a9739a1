/// Aligned columns for terminal output. Widths count characters, so Cyrillic
/// and accented names line up; the last column is never padded.
public struct TextTable {
    public var rows: [[String]] = []
    public init(header: [String]? = nil) { if let header { rows.append(header) } }
    public mutating func add(_ row: [String]) { rows.append(row) }

    /// - Parameter decorate: applied to each cell after padding (row 0 is the
    ///   first row added), so escape codes never count towards widths.
    public func rendered(separator: String = "  ", decorate: (Int, Int, String) -> String = { $2 }) -> String {
        let columns = rows.map(\.count).max() ?? 0
        var widths = [Int](repeating: 0, count: columns)
        for r in rows { for (i, c) in r.enumerated() { widths[i] = max(widths[i], c.count) } }
        return rows.enumerated().map { n, r in
            var cells = r.enumerated().map { i, c in
                i == r.count - 1 ? c : c + String(repeating: " ", count: widths[i] - c.count)
            }
            // Trailing blanks go before decoration.
            while let last = cells.last, last.allSatisfy({ $0 == " " }) { cells.removeLast() }
            if let last = cells.popLast() { cells.append(last.trimmingTrailingSpaces()) }
            return cells.enumerated().map { decorate(n, $0, $1) }.joined(separator: separator)
        }.joined(separator: "\n") + (rows.isEmpty ? "" : "\n")
    }
}

extension String {
    func trimmingTrailingSpaces() -> String {
        var s = self
        while s.last == " " { s.removeLast() }
        return s
    }
}
