import Foundation

/// What a program did: its exit status and what it printed.
package struct ProgramRun: Sendable {
    package let status: Int32
    package let stdout: String
    package let stderr: String
}

/// The one way the tests run a program: arguments, folder and environment
/// (added to the test's own), standard output and error collected — or sent to
/// a file handle the test gives (`/dev/full`, a FIFO).
package enum Program {
    package static func run(
        _ executable: URL, _ arguments: [String], in directory: URL? = nil, environment: [String: String] = [:],
        stdout: FileHandle? = nil, stderr: FileHandle? = nil
    ) throws -> ProgramRun {
        let out = Pipe()
        let err = Pipe()
        let p = process(executable, arguments, in: directory, environment: environment)
        p.standardOutput = stdout ?? out
        p.standardError = stderr ?? err
        try p.run()
        // Both pipes are read before waiting: a full pipe would block the program.
        let o = stdout == nil ? out.fileHandleForReading.readDataToEndOfFile() : Data()
        let e = stderr == nil ? err.fileHandleForReading.readDataToEndOfFile() : Data()
        p.waitUntilExit()
        return ProgramRun(
            status: p.terminationStatus, stdout: String(decoding: o, as: UTF8.self),
            stderr: String(decoding: e, as: UTF8.self))
    }

    /// A program started in the background; the test waits for it, reads it, or signals it.
    package static func start(
        _ executable: URL, _ arguments: [String], in directory: URL? = nil, environment: [String: String] = [:],
        stdout: Any? = FileHandle.nullDevice, stderr: Any? = FileHandle.nullDevice
    ) throws -> Process {
        let p = process(executable, arguments, in: directory, environment: environment)
        p.standardOutput = stdout
        p.standardError = stderr
        try p.run()
        return p
    }

    /// Whether python3 can import these modules (the interchange tests need them; .ci/run installs them).
    package static func pythonHas(_ modules: String) -> Bool {
        let run = try? Program.run(python, ["python3", "-c", "import \(modules)"])
        return run?.status == 0
    }

    /// `/usr/bin/env`, which finds python3 on the PATH.
    package static let python = URL(fileURLWithPath: "/usr/bin/env")

    private static func process(
        _ executable: URL, _ arguments: [String], in directory: URL?, environment: [String: String]
    ) -> Process {
        let p = Process()
        p.executableURL = executable
        p.arguments = arguments
        p.currentDirectoryURL = directory ?? Repository.root
        p.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
        return p
    }
}

/// The built `casus`, run as a user would.
package enum CasusProgram {
    package static let binary: URL = {
        let beside = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
            .appendingPathComponent("casus")
        if FileManager.default.isExecutableFile(atPath: beside.path) { return beside }
        return Repository.root.appendingPathComponent(".build/debug/casus")
    }()

    /// Runs casus in the repository (or `directory`).
    package static func run(
        _ arguments: [String], in directory: URL? = nil, environment: [String: String] = [:]
    ) throws -> ProgramRun {
        try Program.run(binary, arguments, in: directory, environment: environment)
    }
}
