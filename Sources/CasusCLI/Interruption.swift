import Dispatch
import Foundation

/// Ctrl-C (SIGINT) and SIGTERM while a command holds temporary files: clean up,
/// then end the way the signal would have, so the shell sees "interrupted"
/// (130 or 143) whichever thread notices first.
enum Interruption {
    private static let lock = NSLock()
    nonisolated(unsafe) private static var received: Int32?

    /// The signal sources a command listens on; `cancel()` when its files are safe.
    struct Handlers {
        fileprivate let sources: [DispatchSourceSignal]

        func cancel() {
            for source in sources {
                source.cancel()
            }
        }
    }

    /// Ctrl-C or SIGTERM removes what `work` cleans up, then ends as signalled.
    static func cleanUp(_ work: @escaping @Sendable () -> Void) -> Handlers {
        listen { number in
            lock.lock()
            received = number
            lock.unlock()
            work()
            endAsSignalled()
        }
    }

    /// Ctrl-C or SIGTERM ends a long-running command normally (exit 0), after `work`.
    static func stop(_ work: @escaping @Sendable () -> Void) -> Handlers {
        listen { _ in
            work()
            exit(0)
        }
    }

    private static func listen(_ handle: @escaping @Sendable (Int32) -> Void) -> Handlers {
        let sources = [SIGINT, SIGTERM].map { number in
            signal(number, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: number, queue: .global())
            source.setEventHandler {
                handle(number)
            }
            source.resume()
            return source
        }
        return Handlers(sources: sources)
    }

    /// If a signal arrived, dies of it now (after the clean-up ran); otherwise returns.
    static func endAsSignalled() {
        lock.lock()
        let number = received
        lock.unlock()
        guard let number else { return }
        signal(number, SIG_DFL)
        // A parent may have started us with the signal blocked: unblock it, or raise would only leave it pending.
        var set = sigset_t()
        sigemptyset(&set)
        sigaddset(&set, number)
        sigprocmask(SIG_UNBLOCK, &set, nil)
        raise(number)
    }
}
