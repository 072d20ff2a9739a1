import Foundation

/// `-o FILE`: what a user expects of each kind of target.
///
/// - a new file, or a regular file with one link: written atomically (a
///   temporary file beside it, renamed over it), keeping an existing file's
///   permissions and owner;
/// - a regular file with several hard links: rewritten in place, because a
///   rename would silently cut it from its other names;
/// - a symbolic link: written through, to the file it points to;
/// - a device, a FIFO or `/dev/stdout`: opened and written directly — never
///   replaced by a regular file.
package enum OutputFile {
    /// Fails with `AtomicFile.WriteError`: `.cannotCreate` (exit 73) or `.io` (exit 74).
    package static func write(_ data: Data, to path: String) throws(AtomicFile.WriteError) {
        let target = try resolveLinks(path)
        var info = stat()
        guard lstat(target, &info) == 0 else {
            if errno != ENOENT {
                throw AtomicFile.WriteError(path: path, errno: errno, kind: .cannotCreate)
            }
            try AtomicFile.write(data, to: target)
            return
        }
        switch info.st_mode & S_IFMT {
        case S_IFREG where info.st_nlink > 1:
            try inPlace(data, to: target, flags: O_WRONLY | O_TRUNC)
        case S_IFREG:
            try AtomicFile.write(
                data, to: target, mode: info.st_mode & 0o7777, owner: (uid: info.st_uid, gid: info.st_gid))
        case S_IFDIR:
            throw AtomicFile.WriteError(path: target, errno: EISDIR, kind: .cannotCreate)
        default:
            try inPlace(data, to: target, flags: O_WRONLY)
        }
    }

    /// The path a chain of symbolic links ends at (which may not exist yet).
    private static func resolveLinks(_ path: String) throws(AtomicFile.WriteError) -> String {
        var current = path
        for _ in 0..<40 {
            var info = stat()
            guard lstat(current, &info) == 0, info.st_mode & S_IFMT == S_IFLNK else { return current }
            var buffer = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
            let n = readlink(current, &buffer, buffer.count - 1)
            guard n >= 0 else { throw AtomicFile.WriteError(path: current, errno: errno, kind: .cannotCreate) }
            let target = String(decoding: buffer[0..<n].map { UInt8(bitPattern: $0) }, as: UTF8.self)
            if target.hasPrefix("/") {
                current = target
            } else {
                current = (URL(fileURLWithPath: current).deletingLastPathComponent().path as NSString)
                    .appendingPathComponent(target)
            }
        }
        throw AtomicFile.WriteError(path: path, errno: ELOOP, kind: .cannotCreate)
    }

    private static func inPlace(_ data: Data, to path: String, flags: Int32) throws(AtomicFile.WriteError) {
        let fd = open(path, flags | O_CLOEXEC)
        guard fd >= 0 else { throw AtomicFile.WriteError(path: path, errno: errno, kind: .cannotCreate) }
        defer { close(fd) }
        if let code = AtomicFile.writeAll(data, to: fd) {
            throw AtomicFile.WriteError(path: path, errno: code, kind: .io)
        }
    }
}
