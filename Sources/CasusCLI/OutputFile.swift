import CasusRender
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
enum OutputFile {
    struct Failure: Error, CustomStringConvertible {
        let path: String
        let reason: String
        /// 73: cannot create; 74: an I/O error while writing.
        let status: Int32
        var description: String { "cannot write \(path): \(reason)" }

        init(_ path: String, errno code: Int32, status: Int32) {
            self.path = path
            self.reason = String(cString: strerror(code))
            self.status = status
        }
    }

    static func write(_ data: Data, to path: String) throws {
        let target = try resolveLinks(path)
        var info = stat()
        guard lstat(target, &info) == 0 else {
            if errno != ENOENT {
                throw Failure(path, errno: errno, status: Exit.cannotCreate)
            }
            try atomic(data, to: target, mode: nil, owner: nil)
            return
        }
        switch info.st_mode & S_IFMT {
        case S_IFREG where info.st_nlink > 1:
            try inPlace(data, to: target, flags: O_WRONLY | O_TRUNC)
        case S_IFREG:
            try atomic(data, to: target, mode: info.st_mode & 0o7777, owner: (info.st_uid, info.st_gid))
        case S_IFDIR:
            throw Failure(target, errno: EISDIR, status: Exit.cannotCreate)
        default:
            try inPlace(data, to: target, flags: O_WRONLY)
        }
    }

    /// The path a chain of symbolic links ends at (which may not exist yet).
    private static func resolveLinks(_ path: String) throws -> String {
        var current = path
        for _ in 0..<40 {
            var info = stat()
            guard lstat(current, &info) == 0, info.st_mode & S_IFMT == S_IFLNK else { return current }
            var buffer = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
            let n = readlink(current, &buffer, buffer.count - 1)
            guard n >= 0 else { throw Failure(current, errno: errno, status: Exit.cannotCreate) }
            let target = String(decoding: buffer[0..<n].map { UInt8(bitPattern: $0) }, as: UTF8.self)
            if target.hasPrefix("/") {
                current = target
            } else {
                current = (URL(fileURLWithPath: current).deletingLastPathComponent().path as NSString).appendingPathComponent(target)
            }
        }
        throw Failure(path, errno: ELOOP, status: Exit.cannotCreate)
    }

    private static func atomic(_ data: Data, to path: String, mode: mode_t?, owner: (uid_t, gid_t)?) throws {
        do {
            try AtomicFile.write(data, to: path, mode: mode, owner: owner.map { (uid: $0.0, gid: $0.1) })
        } catch {
            throw Failure(path: error.path, reason: error.reason, status: error.kind == .io ? Exit.ioError : Exit.cannotCreate)
        }
    }

    private static func inPlace(_ data: Data, to path: String, flags: Int32) throws {
        let fd = open(path, flags | O_CLOEXEC)
        guard fd >= 0 else { throw Failure(path, errno: errno, status: Exit.cannotCreate) }
        defer { close(fd) }
        if let code = AtomicFile.writeAll(data, to: fd) {
            throw Failure(path, errno: code, status: Exit.ioError)
        }
    }
}

extension OutputFile.Failure {
    init(path: String, reason: String, status: Int32) {
        self.path = path
        self.reason = reason
        self.status = status
    }
}
