/// Markdown table cells from graph text: a pipe or a line break would end the
/// cell or the row, a backslash would escape what follows.
package enum Markdown {
    package static func cell(_ s: String) -> String {
        s.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "|", with: "\\|")
            .replacingOccurrences(of: "\n", with: " ")
    }
}
