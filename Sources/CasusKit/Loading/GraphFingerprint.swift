/// A number that changes with any graph file's name or bytes: how `watch` and
/// `serve` decide that an edit changed the graph (neither writes).
package enum GraphFingerprint {
    package static func of(_ path: String, followSymlinks: Bool) -> Int {
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
