import Foundation

/// Prepares a graph's files (`GraphLoader.prepare`: text checks and parsing)
/// one after another on a second thread, while the loader reads the files
/// already prepared: on a world of many files the parsing, a quarter of
/// loading, happens beside the reading instead of before it. Files are taken
/// in order, so errors are reported exactly as in a one-thread load.
final class FilePreparer: @unchecked Sendable {
    // @unchecked: `ready` is only touched with `condition` locked.
    private let condition = NSCondition()
    private var ready: [GraphLoader.Prepared?]
    /// A single file is prepared when taken: a thread would only wait for it.
    private let inline: [GraphLoader.File]?

    init(_ files: [GraphLoader.File]) {
        ready = Array(repeating: nil, count: files.count)
        guard files.count > 1 else {
            inline = files
            return
        }
        inline = nil
        DispatchQueue.global(qos: .userInitiated).async { [self] in
            for (n, file) in files.enumerated() {
                let prepared = GraphLoader.prepare(file)
                condition.lock()
                ready[n] = prepared
                condition.broadcast()
                condition.unlock()
            }
        }
    }

    /// File `n`, once prepared; each file is taken once, and its slot freed.
    func take(_ n: Int) -> GraphLoader.Prepared {
        if let inline {
            return GraphLoader.prepare(inline[n])
        }
        condition.lock()
        defer { condition.unlock() }
        while true {
            if let prepared = ready[n] {
                ready[n] = nil
                return prepared
            }
            condition.wait()
        }
    }
}
