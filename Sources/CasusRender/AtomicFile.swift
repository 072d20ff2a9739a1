import Foundation

/// Writes a file so that a failed run never leaves half of it: the bytes go to a
/// temporary file in the same folder, which is then renamed over the target.
public enum AtomicFile {
    /// A file or folder that cannot be created or written, with the system's reason (exit 73).
    public struct WriteError: Error, CustomStringConvertible, Sendable {
        public let path: String
        public let reason: String
        public var description: String { "cannot write \(path): \(reason)" }

        init(path: String, errno code: Int32) {
            self.path = path
            self.reason = String(cString: strerror(code))
        }

        public init(path: String, reason: String) {
            self.path = path
            self.reason = reason
        }
    }

    public static func write(_ data: Data, to path: String) throws(WriteError) {
        let url = URL(fileURLWithPath: path)
        let dir = url.deletingLastPathComponent()
        let name = ".\(url.lastPathComponent).tmp-\(ProcessInfo.processInfo.processIdentifier)-\(UInt32.random(in: 0...UInt32.max))"
        let temp = dir.appendingPathComponent(name).path
        let fd = open(temp, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
        guard fd >= 0 else {
            throw WriteError(path: path, errno: errno)
        }
        let failure = writeAll(data, to: fd)
        close(fd)
        if let failure {
            unlink(temp)
            throw WriteError(path: path, errno: failure)
        }
        if rename(temp, url.path) != 0 {
            let code = errno
            unlink(temp)
            throw WriteError(path: path, errno: code)
        }
    }

    /// Writes every byte, retrying short writes; returns the errno of a failure.
    private static func writeAll(_ data: Data, to fd: Int32) -> Int32? {
        data.withUnsafeBytes { (buffer: UnsafeRawBufferPointer) -> Int32? in
            var offset = 0
            while offset < buffer.count {
                guard let base = buffer.baseAddress else { return nil }
                let n = Foundation.write(fd, base + offset, buffer.count - offset)
                if n < 0 {
                    if errno == EINTR { continue }
                    return errno
                }
                offset += n
            }
            return fsync(fd) == 0 || errno == EINVAL ? nil : errno
        }
    }

    /// Creates a folder (and its parents), or says why it cannot.
    public static func createFolder(_ path: String) throws(WriteError) {
        do {
            try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        } catch {
            let underlying = (error as NSError).userInfo[NSUnderlyingErrorKey] as? NSError
            if let code = underlying?.code, underlying?.domain == NSPOSIXErrorDomain {
                throw WriteError(path: path, errno: Int32(code))
            }
            var isDir: ObjCBool = false
            if FileManager.default.fileExists(atPath: path, isDirectory: &isDir), !isDir.boolValue {
                throw WriteError(path: path, errno: ENOTDIR)
            }
            throw WriteError(path: path, reason: (error as NSError).localizedDescription)
        }
    }
}
