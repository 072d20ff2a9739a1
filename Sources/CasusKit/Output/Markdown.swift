/// Markdown table cells from graph text: a pipe or a line break would end the
/// cell or the row, a backslash would escape what follows.
package enum Markdown {
    package static func cell(_ s: String) -> String {
        s.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "|", with: "\\|")
            .replacingOccurrences(of: "\n", with: " ")
    }

    /// Free text from the graph, escaped so it cannot inject markup or HTML: every
    /// character Markdown reads as syntax is backslashed, line breaks become spaces.
    package static func text(_ s: String) -> String {
        var out = ""
        for c in s {
            switch c {
            case "\\", "`", "*", "_", "[", "]", "|", "<", ">", "#", "!": out += "\\\(c)"
            case "\n", "\r": out += " "
            default: out.append(c)
            }
        }
        return out
    }
}
