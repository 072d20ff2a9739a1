import CasusIO
import CasusKit
import CasusTestSupport
import Foundation
import Testing

/// `casus watch`: a change to a file shows the new answer; Ctrl-C exits 0 and leaves nothing behind.
@Suite struct WatchTests {
    @Test func anEditShowsTheNewAnswerAndCtrlCExitsCleanly() throws {
        let folder = try TemporaryFolder()
        let dir = folder.url
        let world = dir.appendingPathComponent("world.yaml")
        let original = try String(contentsOfFile: Repository.mini, encoding: .utf8)
        try original.write(to: world, atomically: true, encoding: .utf8)
        let pipe = Pipe()
        let collected = CollectedOutput()
        pipe.fileHandleForReading.readabilityHandler = { collected.append($0.availableData) }
        let p = try Program.start(
            CasusProgram.binary,
            [
                "watch", "--graph", world.path, "--scenario", "eldoria-attacked", "--report",
                dir.appendingPathComponent("out").path, "--interval", "0.1",
            ],
            environment: ["NO_COLOR": "1"], stdout: pipe)
        defer { if p.isRunning { p.terminate() } }
        #expect(collected.wait(seconds: 20) { $0.contains("report: ") })
        #expect(collected.value.contains("consult (political)"))
        try original.replacingOccurrences(
            of: "then: { bearers: [DAL, GRX], duty: consult }", with: "then: { bearers: [DAL, GRX], duty: sanction }"
        )
        .write(to: world, atomically: true, encoding: .utf8)
        #expect(collected.wait(seconds: 20) { $0.contains("sanction (political)") })
        p.interrupt()
        p.waitUntilExit()
        #expect(p.terminationReason == .exit)
        #expect(p.terminationStatus == 0)
        let hidden = try FileManager.default.contentsOfDirectory(atPath: dir.path).filter { $0.hasPrefix(".") }
        #expect(hidden == [])
    }

    #if os(Linux)
        /// With a minute between checks, only the notification (inotify) can show an edit within seconds.
        @Test func anEditIsNoticedWithoutWaitingForTheNextCheck() throws {
            let folder = try TemporaryFolder()
            let world = folder.url.appendingPathComponent("world.yaml")
            let original = try String(contentsOfFile: Repository.mini, encoding: .utf8)
            try original.write(to: world, atomically: true, encoding: .utf8)
            let pipe = Pipe()
            let collected = CollectedOutput()
            pipe.fileHandleForReading.readabilityHandler = { collected.append($0.availableData) }
            let p = try Program.start(
                CasusProgram.binary,
                ["watch", "--graph", world.path, "--scenario", "eldoria-attacked", "--interval", "60"],
                environment: ["NO_COLOR": "1"], stdout: pipe)
            defer { if p.isRunning { p.terminate() } }
            #expect(collected.wait(seconds: 20) { $0.contains("consult (political)") })
            try original.replacingOccurrences(
                of: "then: { bearers: [DAL, GRX], duty: consult }",
                with: "then: { bearers: [DAL, GRX], duty: sanction }"
            )
            .write(to: world, atomically: true, encoding: .utf8)
            #expect(collected.wait(seconds: 20) { $0.contains("sanction (political)") })
            p.interrupt()
            p.waitUntilExit()
        }
    #endif
}
