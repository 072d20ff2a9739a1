import CasusKit

/// A number that changes with any graph file's name or bytes: how `watch` and
/// `serve` notice an edit (both poll; neither writes).
enum GraphFingerprint {
    static func of(_ path: String, followSymlinks: Bool) -> Int {
        var hasher = Hasher()
        if let files = try? GraphLoader.files(at: path, followSymlinks: followSymlinks) {
            for f in files {
                hasher.combine(f.name)
                hasher.combine(f.data)
            }
        } else {
            hasher.combine("unreadable")
        }
        return hasher.finalize()
    }
}
