import Foundation

/// Writes a file so that a failed run never leaves half of it: the bytes go to a
/// temporary file in the same folder, which is then renamed over the target.
package enum AtomicFile {
    /// A file or folder that cannot be created (exit 73), or whose bytes could not
    /// all be written (an I/O error, such as a full disk: exit 74), with the system's reason.
    package struct WriteError: Error, CustomStringConvertible, Sendable {
        package enum Kind: Sendable { case cannotCreate, io }
        package let path: String
        package let reason: String
        package let kind: Kind
        package var description: String { "cannot write \(path): \(reason)" }

        package init(path: String, errno code: Int32, kind: Kind) {
            self.path = path
            self.reason = String(cString: strerror(code))
            self.kind = kind
        }

        package init(path: String, reason: String, kind: Kind = .cannotCreate) {
            self.path = path
            self.reason = reason
            self.kind = kind
        }
    }

    /// Writes `data` to `path` through a temporary file beside it. `mode`: the
    /// permissions to give the file (default: 0644 less the umask); `owner`: the
    /// owner and group to keep, when the caller replaces an existing file.
    package static func write(
        _ data: Data, to path: String, mode: mode_t? = nil,
        owner: (uid: uid_t, gid: gid_t)? = nil
    ) throws(WriteError) {
        let url = URL(fileURLWithPath: path)
        let dir = url.deletingLastPathComponent()
        let process = ProcessInfo.processInfo.processIdentifier
        let name = ".\(url.lastPathComponent).tmp-\(process)-\(UInt32.random(in: 0...UInt32.max))"
        let temp = dir.appendingPathComponent(name).path
        let fd = open(temp, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, mode ?? 0o644)
        guard fd >= 0 else {
            throw WriteError(path: path, errno: errno, kind: .cannotCreate)
        }
        if let mode {
            fchmod(fd, mode)
        }
        if let owner {
            _ = fchown(fd, owner.uid, owner.gid)
        }
        let failure = writeAll(data, to: fd)
        close(fd)
        if let failure {
            unlink(temp)
            throw WriteError(path: path, errno: failure, kind: .io)
        }
        if rename(temp, url.path) != 0 {
            let code = errno
            unlink(temp)
            throw WriteError(path: path, errno: code, kind: .cannotCreate)
        }
    }

    /// Writes every byte into an open file, retrying short writes, and flushes it
    /// to the device; returns the errno of a failure.
    package static func writeAll(_ data: Data, to fd: Int32, sync: Bool = true) -> Int32? {
        let failed = data.withUnsafeBytes { (buffer: UnsafeRawBufferPointer) -> Int32? in
            guard let base = buffer.baseAddress else { return nil }
            var offset = 0
            while offset < buffer.count {
                let n = Foundation.write(fd, base + offset, buffer.count - offset)
                if n < 0 {
                    if errno == EINTR { continue }
                    return errno
                }
                offset += n
            }
            return nil
        }
        if let failed {
            return failed
        }
        // Devices and pipes cannot be synced (EINVAL, EROFS): nothing is lost there.
        if sync && fsync(fd) != 0 && errno != EINVAL && errno != EROFS {
            return errno
        }
        return nil
    }

    /// Creates a folder (and its parents), or says why it cannot.
    package static func createFolder(_ path: String) throws(WriteError) {
        do {
            try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        } catch {
            let underlying = (error as NSError).userInfo[NSUnderlyingErrorKey] as? NSError
            if let code = underlying?.code, underlying?.domain == NSPOSIXErrorDomain {
                throw WriteError(path: path, errno: Int32(code), kind: .cannotCreate)
            }
            var isDir: ObjCBool = false
            if FileManager.default.fileExists(atPath: path, isDirectory: &isDir), !isDir.boolValue {
                throw WriteError(path: path, errno: ENOTDIR, kind: .cannotCreate)
            }
            throw WriteError(path: path, reason: (error as NSError).localizedDescription)
        }
    }
}
