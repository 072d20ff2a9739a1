import Dispatch
import Foundation

extension Array where Element: Sendable {
    /// `map` on every core: each element's result in its own place, so the
    /// result is the same array whatever the order the work ran in. For sweeps
    /// whose analyses share nothing but the world they read. The first error
    /// (by position) is thrown once every element ran.
    package func parallelMap<T: Sendable, E: Error>(_ transform: @Sendable (Element) throws(E) -> T) throws(E) -> [T] {
        let results = ParallelResults<T, E>(count)
        let items = self
        DispatchQueue.concurrentPerform(iterations: count) { i in
            do throws(E) {
                results.set(i, .success(try transform(items[i])))
            } catch {
                results.set(i, .failure(error))
            }
        }
        return try results.values()
    }
}

/// The slots `parallelMap` fills, one per element, behind a lock.
private final class ParallelResults<T: Sendable, E: Error>: @unchecked Sendable {
    private let lock = NSLock()
    private var slots: [Result<T, E>?]

    init(_ count: Int) {
        slots = Array(repeating: nil, count: count)
    }

    func set(_ i: Int, _ result: Result<T, E>) {
        lock.lock()
        slots[i] = result
        lock.unlock()
    }

    func values() throws(E) -> [T] {
        var out: [T] = []
        out.reserveCapacity(slots.count)
        for slot in slots {
            guard let slot else { continue }
            out.append(try slot.get())
        }
        return out
    }
}
