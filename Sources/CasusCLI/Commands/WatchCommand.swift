import ArgumentParser
import CasusIO
import CasusKit
import CasusRender
import Dispatch
import Foundation

struct WatchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "watch",
        abstract: "Re-validate the graph whenever its files change, and print the chosen scenarios' tables.",
        discussion: """
            Notices an edit at once where the system notifies changes (inotify on Linux) and checks
            the graph's files every --interval seconds besides (no busy loop). On each change it
            validates the graph and prints every error, or the tables of the scenarios named with
            --scenario; with --report DIR it also rewrites the report. Ctrl-C stops it (exit 0),
            leaving no temporary files.

            Examples:
              casus watch --graph Graphs/ukraine-2025 --scenario tripwire-attacked
              casus watch --graph my-world --report Output --scenario s1 --scenario s2
            """
    )

    @OptionGroup var graph: GraphOption
    @Option(
        help: ArgumentHelp("A scenario whose table to print after each change (repeatable).", valueName: "id"),
        completion: Completion.ids(.scenarios))
    var scenario: [String] = []
    @Option(help: ArgumentHelp("Rewrite the report into this folder after each change.", valueName: "dir"))
    var report: String?
    @Option(help: "Seconds between checks of the files.")
    var interval: Double = 0.5

    func validate() throws {
        guard interval >= 0.05, interval <= 3600 else {
            throw ValidationError("--interval must be between 0.05 and 3600 seconds")
        }
    }

    func run() throws {
        let path = GraphSource.path(graph.graph) ?? GraphSource.defaultPath
        let writing = ReportInProgress()
        let handlers = Interruption.stop {
            writing.abandon()
        }
        defer { handlers.cancel() }
        var last: Int?
        let changes = FileChanges(folders: Self.folders(of: path))
        while true {
            let now = GraphFingerprint.of(path, followSymlinks: graph.followSymlinks)
            if now != last {
                last = now
                try guardedRound { try round(writing) }
            }
            // A notified change ends the wait at once; the fingerprint decides either way.
            changes.wait(seconds: interval)
        }
    }

    /// The folders to watch: a graph folder and every folder inside it, or a graph file's folder.
    static func folders(of path: String) -> [String] {
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder), isFolder.boolValue else {
            return [
                (path as NSString).deletingLastPathComponent.isEmpty
                    ? "." : (path as NSString).deletingLastPathComponent
            ]
        }
        var out = [path]
        let inside = FileManager.default.enumerator(atPath: path)
        while let name = inside?.nextObject() as? String {
            var sub: ObjCBool = false
            let full = path + "/" + name
            if FileManager.default.fileExists(atPath: full, isDirectory: &sub), sub.boolValue { out.append(full) }
        }
        return out
    }

    /// One round; a failure is printed and the watch goes on.
    func guardedRound(_ body: () throws -> Void) throws {
        do {
            try guarded(body)
        } catch let exit as ExitCode where exit != .success {
            try Console.out("(watching for changes)\n")
        }
    }

    func round(_ writing: ReportInProgress) throws {
        let world = try graph.load()
        let stamp = ISO8601DateFormatter().string(from: Date())
        try Console.out("\(stamp) \(graph.label): ok — \(GraphSummary(world).line)\n")
        for id in scenario {
            let outcome = try Analysis.run(try NamedScenario.find(id, in: world), on: world)
            try Console.out("\n" + OutcomeText(graph: world).render(outcome) + "\n")
        }
        if let report {
            let folder = OutputFolder(path: report)
            writing.set(folder)
            defer { writing.set(nil) }
            let written = try ReportWriter(graph: world, folder: report).write(html: false, into: folder)
            try Console.out("report: \(written.count) files in \(report)\n")
        }
    }
}

/// The report a round is writing, so Ctrl-C can remove its temporary folder.
/// A class with a lock: the signal handler runs on another queue.
final class ReportInProgress: @unchecked Sendable {
    private let lock = NSLock()
    private var folder: OutputFolder?

    func set(_ f: OutputFolder?) {
        lock.lock()
        folder = f
        lock.unlock()
    }

    func abandon() {
        lock.lock()
        let f = folder
        lock.unlock()
        f?.abandon()
    }
}
