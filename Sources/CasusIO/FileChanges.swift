import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// Waits for a file under some folders to be written, created, renamed or
/// removed: with inotify where Linux has it, so an edit is seen at once; else
/// (or when inotify cannot be had) by sleeping, and the caller polls. Either
/// way `wait` returns by `seconds` at the latest, so a caller that also polls
/// catches what a notification missed (a folder made after the watch began).
package final class FileChanges {
    private let descriptor: Int32

    /// Watches each folder itself (not its subfolders: pass them too).
    package init(folders: [String]) {
        #if os(Linux)
            let fd = inotify_init1(Int32(IN_NONBLOCK | IN_CLOEXEC))
            // A file's last write and close, a rename into place, a file made or removed:
            // not every `write`, or a file half written would be read.
            let events = UInt32(IN_CLOSE_WRITE | IN_MOVED_TO | IN_MOVED_FROM | IN_CREATE | IN_DELETE | IN_DELETE_SELF)
            if fd >= 0 {
                for folder in folders {
                    _ = inotify_add_watch(fd, folder, events)
                }
            }
            descriptor = fd
        #else
            descriptor = -1
        #endif
    }

    deinit {
        if descriptor >= 0 { close(descriptor) }
    }

    /// Whether changes are notified (false: `wait` only sleeps).
    package var notifies: Bool { descriptor >= 0 }

    /// Returns when a change is notified, or after `seconds`.
    package func wait(seconds: Double) {
        guard descriptor >= 0 else {
            usleep(useconds_t(seconds * 1_000_000))
            return
        }
        var request = pollfd(fd: descriptor, events: Int16(POLLIN), revents: 0)
        guard poll(&request, 1, Int32(seconds * 1000)) > 0 else { return }
        // An editor's save is a burst of events (a temporary file, a rename): let it
        // finish, then take every event queued, so one save is one change.
        usleep(10_000)
        drain()
    }

    private func drain() {
        var buffer = [UInt8](repeating: 0, count: 4096)
        while read(descriptor, &buffer, buffer.count) > 0 {}
    }
}
