import CasusRender
import Foundation

/// Standard output and standard error through write(2): Foundation's
/// FileHandle.write traps on a full disk or a closed pipe, and print() loses
/// the error. A failure on standard output is exit 74; one on standard error
/// cannot be reported anywhere and is ignored.
enum Console {
    /// Writing to standard output failed: the system's reason (exit 74).
    struct WriteFailure: Error, CustomStringConvertible {
        let reason: String
        var description: String { "cannot write to standard output: \(reason)" }
    }

    /// A closed pipe becomes an error from write(2) (EPIPE), not a signal that
    /// ends the process with status 141.
    static func ignoreBrokenPipes() {
        signal(SIGPIPE, SIG_IGN)
    }

    static func out(_ text: String) throws {
        try out(Data(text.utf8))
    }

    static func out(_ data: Data) throws {
        if let code = write(data, to: STDOUT_FILENO) {
            throw WriteFailure(reason: String(cString: strerror(code)))
        }
    }

    static func err(_ text: String) {
        _ = write(Data(text.utf8), to: STDERR_FILENO)
    }

    /// Writes every byte; returns the errno of a failure. A terminal or pipe is not synced.
    static func write(_ data: Data, to fd: Int32) -> Int32? {
        AtomicFile.writeAll(data, to: fd, sync: false)
    }
}
