import Dispatch
import Foundation

/// Ctrl-C (SIGINT) and SIGTERM while a command holds temporary files: clean up,
/// then end the way the signal would have (the shell sees "interrupted").
enum Interruption {
    static func cleanUp(_ work: @escaping @Sendable () -> Void) -> [DispatchSourceSignal] {
        [SIGINT, SIGTERM].map { number in
            signal(number, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: number, queue: .global())
            source.setEventHandler {
                work()
                signal(number, SIG_DFL)
                raise(number)
            }
            source.resume()
            return source
        }
    }
}
