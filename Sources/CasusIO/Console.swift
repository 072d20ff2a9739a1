import Foundation

/// Standard output and standard error through write(2): Foundation's
/// FileHandle.write traps on a full disk or a closed pipe, and print() loses
/// the error. A failure on standard output is exit 74; one on standard error
/// cannot be reported anywhere and is ignored.
package enum Console {
    /// Writing to standard output failed: the system's reason (exit 74).
    package struct WriteFailure: Error, CustomStringConvertible {
        package let reason: String
        package var description: String { "cannot write to standard output: \(reason)" }
    }

    /// A closed pipe becomes an error from write(2) (EPIPE), not a signal that
    /// ends the process with status 141.
    package static func ignoreBrokenPipes() {
        signal(SIGPIPE, SIG_IGN)
    }

    package static func out(_ text: String) throws {
        try out(Data(text.utf8))
    }

    package static func out(_ data: Data) throws {
        if let code = write(data, to: STDOUT_FILENO) {
            throw WriteFailure(reason: String(cString: strerror(code)))
        }
    }

    package static func err(_ text: String) {
        _ = write(Data(text.utf8), to: STDERR_FILENO)
    }

    /// Writes every byte; returns the errno of a failure. A terminal or pipe is not synced.
    package static func write(_ data: Data, to fd: Int32) -> Int32? {
        AtomicFile.writeAll(data, to: fd, sync: false)
    }
}
