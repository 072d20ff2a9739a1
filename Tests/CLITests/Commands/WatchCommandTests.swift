import CasusIO
import CasusKit
import CasusTestSupport
import Foundation
import Testing

/// `casus watch`: a change to a file shows the new answer; Ctrl-C exits 0 and leaves nothing behind.
@Suite struct WatchTests {
    /// `casus watch` on a copy of the mini world in `folder`, its output collected.
    struct Watching {
        let process: Process
        let output = CollectedOutput()
        let world: URL
        let original: String

        init(in folder: URL, _ flags: [String]) throws {
            world = folder.appendingPathComponent("world.yaml")
            original = try String(contentsOfFile: Repository.mini, encoding: .utf8)
            try original.write(to: world, atomically: true, encoding: .utf8)
            let pipe = Pipe()
            let output = output
            pipe.fileHandleForReading.readabilityHandler = { output.append($0.availableData) }
            process = try Program.start(
                CasusProgram.binary,
                ["watch", "--graph", world.path, "--scenario", "eldoria-attacked"] + flags,
                environment: ["NO_COLOR": "1"], stdout: pipe)
        }

        /// Eldoria's neighbours now owe sanctions, not consultations.
        func edit() throws {
            try original.replacingOccurrences(
                of: "then: { bearers: [DAL, GRX], duty: consult }",
                with: "then: { bearers: [DAL, GRX], duty: sanction }"
            )
            .write(to: world, atomically: true, encoding: .utf8)
        }
    }

    @Test func anEditShowsTheNewAnswerAndCtrlCExitsCleanly() throws {
        let folder = try TemporaryFolder()
        let dir = folder.url
        let w = try Watching(in: dir, ["--report", dir.appendingPathComponent("out").path, "--interval", "0.1"])
        defer { if w.process.isRunning { w.process.terminate() } }
        #expect(w.output.wait(seconds: 20) { $0.contains("report: ") })
        #expect(w.output.value.contains("consult (political)"))
        try w.edit()
        #expect(w.output.wait(seconds: 20) { $0.contains("sanction (political)") })
        w.process.interrupt()
        w.process.waitUntilExit()
        #expect(w.process.terminationReason == .exit)
        #expect(w.process.terminationStatus == 0)
        let hidden = try FileManager.default.contentsOfDirectory(atPath: dir.path).filter { $0.hasPrefix(".") }
        #expect(hidden == [])
    }

    #if os(Linux)
        /// With a minute between checks, only the notification (inotify) can show an edit within seconds.
        @Test func anEditIsNoticedWithoutWaitingForTheNextCheck() throws {
            let folder = try TemporaryFolder()
            let w = try Watching(in: folder.url, ["--interval", "60"])
            defer { if w.process.isRunning { w.process.terminate() } }
            #expect(w.output.wait(seconds: 20) { $0.contains("consult (political)") })
            try w.edit()
            #expect(w.output.wait(seconds: 20) { $0.contains("sanction (political)") })
            w.process.interrupt()
            w.process.waitUntilExit()
        }
    #endif
}
