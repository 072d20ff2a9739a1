import Foundation

/// A child's standard output, collected as it arrives (for programs that keep running).
package final class CollectedOutput: @unchecked Sendable {
    private let lock = NSLock()
    private var text = ""

    package init() {}

    package func append(_ data: Data) {
        lock.lock()
        text += String(decoding: data, as: UTF8.self)
        lock.unlock()
    }

    package var value: String {
        lock.lock()
        defer { lock.unlock() }
        return text
    }

    /// Waits, polling, until `predicate` holds or `seconds` pass.
    package func wait(seconds: Double, until predicate: (String) -> Bool) -> Bool {
        let deadline = Date().addingTimeInterval(seconds)
        while Date() < deadline {
            if predicate(value) { return true }
            usleep(50_000)
        }
        return predicate(value)
    }
}
