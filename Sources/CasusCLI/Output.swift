import CasusIO
import CasusRender
import Foundation

/// Sends a result to standard output or to `-o FILE` (`-` is standard output).
enum Output {
    static func emit(_ data: Data, to path: String?, binary: Bool) throws {
        if let path, path != "-" {
            try OutputFile.write(data, to: path)
            return
        }
        if binary && isatty(STDOUT_FILENO) != 0 {
            throw UsageProblem(
                message: "refusing to write a binary format to a terminal; use -o FILE or redirect standard output")
        }
        try Console.out(data)
    }

    static func emit(_ text: String, to path: String?) throws {
        try emit(Data(text.utf8), to: path, binary: false)
    }

    /// Colour only on a terminal, and never with NO_COLOR set.
    static var useColour: Bool {
        isatty(STDOUT_FILENO) != 0 && ProcessInfo.processInfo.environment["NO_COLOR"] == nil
    }
}
