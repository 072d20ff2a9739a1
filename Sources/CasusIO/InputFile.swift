import Foundation

/// Reads one input file that is not a graph (the importer's CSV tables): a
/// regular file, its size checked before its bytes are read.
package enum InputFile {
    /// The largest file read (the whole ATOP member table is some 30 MB).
    package static let maximumBytes = 512 * 1024 * 1024

    /// Why a file could not be read: `path: reason` (exit 66).
    package struct ReadError: Error, Sendable, CustomStringConvertible {
        package let path: String
        package let reason: String
        package var description: String { "\(path): \(reason)" }

        init(path: String, errno code: Int32) {
            self.path = path
            self.reason = String(cString: strerror(code))
        }

        init(path: String, reason: String) {
            self.path = path
            self.reason = reason
        }
    }

    /// The file's text (invalid UTF-8 replaced, as the graph loader reads it; with
    /// `latin1WhenNotUTF8`, a file that is not UTF-8 is read as ISO Latin-1 instead).
    package static func text(at path: String, latin1WhenNotUTF8: Bool = false) throws(ReadError) -> String {
        var info = stat()
        guard stat(path, &info) == 0 else { throw ReadError(path: path, errno: errno) }
        guard info.st_mode & S_IFMT == S_IFREG else {
            throw ReadError(path: path, reason: "is not a regular file; expected a CSV file")
        }
        if Int(info.st_size) > maximumBytes {
            throw ReadError(path: path, reason: "is \(info.st_size) bytes; at most \(maximumBytes) are read")
        }
        guard let handle = FileHandle(forReadingAtPath: path) else {
            throw ReadError(path: path, errno: access(path, R_OK) == 0 ? EIO : errno)
        }
        defer { try? handle.close() }
        do {
            let data = try handle.read(upToCount: maximumBytes + 1) ?? Data()
            if data.count > maximumBytes {
                throw ReadError(path: path, reason: "grew past \(maximumBytes) bytes while being read")
            }
            if latin1WhenNotUTF8, String(data: data, encoding: .utf8) == nil,
                let latin1 = String(data: data, encoding: .isoLatin1)
            {
                return latin1
            }
            return String(decoding: data, as: UTF8.self)
        } catch let e as ReadError {
            throw e
        } catch {
            throw ReadError(path: path, reason: "cannot be read: \((error as NSError).localizedDescription)")
        }
    }
}
