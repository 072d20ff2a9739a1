import Foundation

/// Replaces an output folder as a whole (a report, an imported world). The new report is written into a
/// temporary folder beside the target, the files of the old folder that no
/// report wrote are carried over (hard links), and the two folders are swapped
/// by renames: an interrupted or failed report leaves the previous one intact.
/// A manifest (`.casus-report`) lists what a report wrote, so the next one
/// removes exactly those files and nothing of the user's.
///
/// A class, with a lock, because a signal handler on another queue may
/// `abandon()` the temporary folder while `replace` runs.
package final class OutputFolder: @unchecked Sendable {
    package static let manifestName = ".casus-report"

    package let path: String
    private let parent: String
    private let base: String
    private let lock = NSLock()
    private var temporary: String?
    private var abandoned = false

    package init(path: String) {
        let trimmed = path.count > 1 && path.hasSuffix("/") ? String(path.dropLast()) : path
        self.path = trimmed
        let url = URL(fileURLWithPath: trimmed)
        self.parent = url.deletingLastPathComponent().path
        self.base = url.lastPathComponent
    }

    /// Writes `files` as the folder's new report; returns the paths written.
    package func replace(with files: [(name: String, data: Data)]) throws(AtomicFile.WriteError) -> [String] {
        try AtomicFile.createFolder(parent)
        var info = stat()
        let exists = stat(path, &info) == 0
        if exists && info.st_mode & S_IFMT != S_IFDIR {
            throw AtomicFile.WriteError(path: path, errno: ENOTDIR, kind: .cannotCreate)
        }
        removeStaleTemporaries()
        let temp = try makeTemporary(mode: exists ? info.st_mode & 0o7777 : 0o755)
        do {
            if exists {
                try carryOverUserFiles(into: temp, replacing: Set(files.map(\.name)))
            }
            for (name, data) in files {
                try writeFile(data, named: name, in: temp)
            }
            let manifest = files.map(\.name).sorted().joined(separator: "\n") + "\n"
            try writeFile(Data(manifest.utf8), named: Self.manifestName, in: temp)
            try swap(temp, exists: exists)
        } catch {
            abandon()
            throw error
        }
        return files.map { (path as NSString).appendingPathComponent($0.name) }
    }

    /// Removes the temporary folder, unless the swap is already done. Safe to
    /// call from a signal handler's queue; `replace` then fails.
    package func abandon() {
        lock.lock()
        defer { lock.unlock() }
        abandoned = true
        if let temp = temporary {
            try? FileManager.default.removeItem(atPath: temp)
            temporary = nil
        }
    }

    // MARK: Steps

    private var temporaryPrefix: String { ".\(base).casus-tmp-" }

    private func makeTemporary(mode: mode_t) throws(AtomicFile.WriteError) -> String {
        lock.lock()
        defer { lock.unlock() }
        let name = "\(temporaryPrefix)\(getpid())-\(UInt32.random(in: 0...UInt32.max))"
        let temp = (parent as NSString).appendingPathComponent(name)
        guard mkdir(temp, mode) == 0 else {
            throw AtomicFile.WriteError(path: temp, errno: errno, kind: .cannotCreate)
        }
        chmod(temp, mode)
        temporary = temp
        return temp
    }

    /// A killed report (SIGKILL) cannot clean up: its folder, named with its
    /// process id, is removed by the next report once that process is gone.
    private func removeStaleTemporaries() {
        let entries = (try? FileManager.default.contentsOfDirectory(atPath: parent)) ?? []
        for entry in entries where entry.hasPrefix(temporaryPrefix) {
            let pidText = entry.dropFirst(temporaryPrefix.count).prefix { $0.isNumber }
            guard let pid = Int32(pidText), pid != getpid(), kill(pid, 0) != 0, errno == ESRCH else { continue }
            try? FileManager.default.removeItem(atPath: (parent as NSString).appendingPathComponent(entry))
        }
    }

    /// Links into `temp` every entry of the old folder that no earlier report
    /// wrote (per its manifest) and this one does not replace.
    private func carryOverUserFiles(into temp: String, replacing: Set<String>) throws(AtomicFile.WriteError) {
        let manifestPath = (path as NSString).appendingPathComponent(Self.manifestName)
        let written =
            (try? String(contentsOfFile: manifestPath, encoding: .utf8))
            .map { Set($0.split(separator: "\n").map(String.init)) } ?? []
        let entries: [String]
        do {
            entries = try FileManager.default.contentsOfDirectory(atPath: path)
        } catch {
            throw AtomicFile.WriteError(path: path, errno: EACCES, kind: .cannotCreate)
        }
        for entry in entries where entry != Self.manifestName && !written.contains(entry) && !replacing.contains(entry)
        {
            try checkNotAbandoned()
            let from = (path as NSString).appendingPathComponent(entry)
            let to = (temp as NSString).appendingPathComponent(entry)
            var info = stat()
            guard lstat(from, &info) == 0 else { continue }
            if info.st_mode & S_IFMT == S_IFREG, link(from, to) == 0 {
                continue
            }
            do {
                try FileManager.default.copyItem(atPath: from, toPath: to)
            } catch {
                throw AtomicFile.WriteError(
                    path: from,
                    reason: "cannot be carried over to the new report: \((error as NSError).localizedDescription)")
            }
        }
    }

    private func writeFile(_ data: Data, named name: String, in temp: String) throws(AtomicFile.WriteError) {
        try checkNotAbandoned()
        let target = (temp as NSString).appendingPathComponent(name)
        let fd = open(target, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
        guard fd >= 0 else {
            throw AtomicFile.WriteError(
                path: (path as NSString).appendingPathComponent(name), errno: errno, kind: .cannotCreate)
        }
        let failure = AtomicFile.writeAll(data, to: fd)
        close(fd)
        if let failure {
            throw AtomicFile.WriteError(
                path: (path as NSString).appendingPathComponent(name), errno: failure, kind: .io)
        }
    }

    private func checkNotAbandoned() throws(AtomicFile.WriteError) {
        lock.lock()
        defer { lock.unlock() }
        if abandoned {
            throw AtomicFile.WriteError(path: path, reason: "interrupted; the previous report is unchanged")
        }
    }

    /// The only moment the target changes: two renames under the lock, so an
    /// interruption lands before both or after both.
    private func swap(_ temp: String, exists: Bool) throws(AtomicFile.WriteError) {
        lock.lock()
        defer { lock.unlock() }
        if abandoned {
            throw AtomicFile.WriteError(path: path, reason: "interrupted; the previous report is unchanged")
        }
        guard exists else {
            guard rename(temp, path) == 0 else {
                throw AtomicFile.WriteError(path: path, errno: errno, kind: .cannotCreate)
            }
            temporary = nil
            return
        }
        let old = (parent as NSString).appendingPathComponent(
            "\(temporaryPrefix)\(getpid())-old-\(UInt32.random(in: 0...UInt32.max))")
        guard rename(path, old) == 0 else { throw AtomicFile.WriteError(path: path, errno: errno, kind: .cannotCreate) }
        guard rename(temp, path) == 0 else {
            let code = errno
            rename(old, path)
            throw AtomicFile.WriteError(path: path, errno: code, kind: .cannotCreate)
        }
        temporary = nil
        try? FileManager.default.removeItem(atPath: old)
    }
}
