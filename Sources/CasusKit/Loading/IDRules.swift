/// The id syntax of format.md: `^[A-Za-z][A-Za-z0-9_.-]{0,63}$`. Ids end up in
/// file names, DOT and HTML, so nothing else ever passes.
enum IDRules {
    static func isValid(_ id: String) -> Bool {
        let scalars = Array(id.unicodeScalars)
        guard let first = scalars.first, scalars.count <= 64, isLetter(first) else { return false }
        return scalars.dropFirst().allSatisfy {
            isLetter($0) || ("0"..."9").contains($0) || "_.-".unicodeScalars.contains($0)
        }
    }
    private static func isLetter(_ s: Unicode.Scalar) -> Bool { ("a"..."z").contains(s) || ("A"..."Z").contains(s) }

    /// `YYYY`, `YYYY-MM` or `YYYY-MM-DD` with a real month and day.
    static func isDate(_ s: String) -> Bool {
        let parts = s.split(separator: "-", omittingEmptySubsequences: false)
        guard (1...3).contains(parts.count), parts[0].count == 4, Int(parts[0]) != nil else { return false }
        if parts.count >= 2 {
            guard parts[1].count == 2, let m = Int(parts[1]), (1...12).contains(m) else { return false }
        }
        if parts.count == 3 {
            guard parts[2].count == 2, let d = Int(parts[2]), (1...31).contains(d) else { return false }
        }
        return parts.allSatisfy { $0.allSatisfy(\.isASCII) && $0.allSatisfy(\.isNumber) }
    }
}

/// The one rule for links from a graph file: http or https, with a host, and no
/// character that could break out of a DOT string, an HTML attribute or a URL.
package enum WebLink {
    package static func isSafe(_ s: String) -> Bool {
        let lower = s.lowercased()
        guard lower.hasPrefix("http://") || lower.hasPrefix("https://") else { return false }
        let rest = s.drop(while: { $0 != "/" }).dropFirst(2)
        guard let hostChar = rest.first, hostChar != "/" else { return false }
        return !s.unicodeScalars.contains {
            $0.value <= 0x20 || $0 == "\"" || $0 == "<" || $0 == ">" || $0 == "\\" || $0 == "`" || $0.value == 0x7F
        }
    }
}
