/// A graph written inline with position markers `1️⃣` … `9️⃣` (swift-format's
/// convention) where errors are expected: the text without them, and where each
/// stood, so an expected message says `t.yaml:\(input[1]): …` instead of a line
/// and column counted by hand (which editing a shared base world would shift).
package struct MarkedText {
    /// The text, markers removed.
    package let text: String
    private var positions: [Int: String] = [:]

    package init(_ marked: String) {
        var out = String.UnicodeScalarView()
        var line = 1
        var column = 1
        let scalars = Array(marked.unicodeScalars)
        var i = 0
        while i < scalars.count {
            let s = scalars[i]
            // A keycap: the digit, VARIATION SELECTOR-16, COMBINING ENCLOSING KEYCAP.
            if ("1"..."9").contains(s), i + 2 < scalars.count, scalars[i + 1] == "\u{FE0F}",
                scalars[i + 2] == "\u{20E3}", let n = Int(String(s))
            {
                positions[n] = "\(line):\(column)"
                i += 3
                continue
            }
            out.append(s)
            if s == "\n" {
                line += 1
                column = 1
            } else {
                column += 1
            }
            i += 1
        }
        text = String(out)
    }

    /// `line:column` of marker `n`; `?:?` when the text has none (the test then fails visibly).
    package subscript(_ n: Int) -> String {
        positions[n] ?? "?:?"
    }
}
