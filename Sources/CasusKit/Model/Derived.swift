import Foundation

/// What later stages derive from a graph and keep with it, built on first use
/// and shared by every copy of the graph value (a graph never changes once
/// built). The model names no stage's types: the analysis stores its trigger
/// index here (`Graph.triggers`, in Analysis/), so a graph read only to be
/// drawn or exported never compiles its clauses.
package final class Derived: @unchecked Sendable {
    private let lock = NSLock()
    private var values: [ObjectIdentifier: Any] = [:]

    package init() {}

    /// The value of this type, made by `make` the first time it is asked for.
    package func value<Value>(_ type: Value.Type, _ make: () -> Value) -> Value {
        lock.lock()
        defer { lock.unlock() }
        if let kept = values[ObjectIdentifier(type)] as? Value {
            return kept
        }
        let made = make()
        values[ObjectIdentifier(type)] = made
        return made
    }
}
