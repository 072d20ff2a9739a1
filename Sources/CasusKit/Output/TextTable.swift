/// Aligned columns for terminal output. Widths count characters, so Cyrillic
/// and accented names line up; the last column is never padded.
public struct TextTable {
    public var rows: [[String]] = []
    public init(header: [String]? = nil) { if let header { rows.append(header) } }
    public mutating func add(_ row: [String]) { rows.append(row) }

    public func rendered(separator: String = "  ") -> String {
        let columns = rows.map(\.count).max() ?? 0
        var widths = [Int](repeating: 0, count: columns)
        for r in rows { for (i, c) in r.enumerated() { widths[i] = max(widths[i], c.count) } }
        return rows.map { r in
            r.enumerated().map { i, c in
                i == r.count - 1 ? c : c + String(repeating: " ", count: widths[i] - c.count)
            }.joined(separator: separator).trimmingTrailingSpaces()
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
