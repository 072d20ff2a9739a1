import CasusTestSupport
import Foundation
import Testing

/// The adversarial review's cases at the command line: outputs that must land
/// whole or not at all, in the right place, and nothing from a graph file that
/// reaches a terminal or a spreadsheet as code.
@Suite struct HardeningTests {
    /// A folder the test owns, removed afterwards.
    static let json = ["trigger", "ELD", "--graph", Repository.mini, "--format", "json"]

    // MARK: -o

    @Test func writingToADeviceWritesIntoItAndLeavesItADevice() throws {
        let s = try TemporaryFolder()
        let device = s.path("null")
        // A character device of our own, numbered as /dev/null, so a regression cannot harm the machine's.
        var null = stat()
        #expect(stat("/dev/null", &null) == 0)
        guard mknod(device, S_IFCHR | 0o666, null.st_rdev) == 0 else {
            Issue.record("cannot create a device node here (errno \(errno)); run the suite as root")
            return
        }
        let r = try CasusProgram.run(Self.json + ["-o", device])
        #expect(r.status == 0)
        var info = stat()
        #expect(lstat(device, &info) == 0)
        #expect(info.st_mode & S_IFMT == S_IFCHR)
    }

    @Test func writingToAFIFOWritesIntoIt() throws {
        let s = try TemporaryFolder()
        let fifo = s.path("fifo")
        #expect(mkfifo(fifo, 0o644) == 0)
        let pipe = Pipe()
        let reader = try Program.start(URL(fileURLWithPath: "/bin/cat"), [fifo], stdout: pipe)
        let r = try CasusProgram.run(Self.json + ["-o", fifo])
        let read = pipe.fileHandleForReading.readDataToEndOfFile()
        reader.waitUntilExit()
        #expect(r.status == 0)
        #expect(String(decoding: read, as: UTF8.self).hasPrefix("{\n  \"casus\": 1,"))
        var info = stat()
        #expect(lstat(fifo, &info) == 0)
        #expect(info.st_mode & S_IFMT == S_IFIFO)
    }

    @Test func writingToASymbolicLinkWritesThroughIt() throws {
        let s = try TemporaryFolder()
        try s.write("old", to: "target.json")
        #expect(symlink("target.json", s.path("link.json")) == 0)
        let r = try CasusProgram.run(Self.json + ["-o", s.path("link.json")])
        #expect(r.status == 0)
        var info = stat()
        #expect(lstat(s.path("link.json"), &info) == 0)
        #expect(info.st_mode & S_IFMT == S_IFLNK)
        #expect(try String(contentsOfFile: s.path("target.json"), encoding: .utf8).hasPrefix("{"))
    }

    @Test func anExistingFileKeepsItsPermissions() throws {
        let s = try TemporaryFolder()
        try s.write("old", to: "out.json")
        #expect(chmod(s.path("out.json"), 0o600) == 0)
        #expect(try CasusProgram.run(Self.json + ["-o", s.path("out.json")]).status == 0)
        var info = stat()
        #expect(stat(s.path("out.json"), &info) == 0)
        #expect(info.st_mode & 0o777 == 0o600)
    }

    @Test func aHardLinkedFileStaysLinked() throws {
        let s = try TemporaryFolder()
        try s.write("old", to: "a.json")
        #expect(link(s.path("a.json"), s.path("b.json")) == 0)
        #expect(try CasusProgram.run(Self.json + ["-o", s.path("a.json")]).status == 0)
        #expect(try String(contentsOfFile: s.path("b.json"), encoding: .utf8).hasPrefix("{"))
    }

    @Test func aDashMeansStandardOutput() throws {
        let s = try TemporaryFolder()
        let r = try CasusProgram.run(Self.json + ["-o", "-"], in: s.url)
        #expect(r.status == 0)
        #expect(r.stdout.hasPrefix("{"))
        #expect(!FileManager.default.fileExists(atPath: s.path("-")))
    }

    @Test func aFullDeviceIsAnIOError() throws {
        let r = try CasusProgram.run(Self.json + ["-o", "/dev/full"])
        #expect(r.status == 74)
        #expect(r.stderr == "casus: error: cannot write /dev/full: No space left on device\n")
    }

    // MARK: Standard output

    /// Runs casus with standard output into `output` (an open file handle).
    func run(_ arguments: [String], stdout output: FileHandle) throws -> (status: Int32, stderr: String) {
        let run = try Program.run(CasusProgram.binary, arguments, stdout: output)
        return (run.status, run.stderr)
    }

    @Test(arguments: [
        ["trigger", "ELD", "--graph", Repository.mini], ["validate", Repository.mini],
        ["list", "actors", "--graph", Repository.mini],
    ])
    func aFullStandardOutputIsExit74(arguments: [String]) throws {
        let full = try #require(FileHandle(forWritingAtPath: "/dev/full"))
        let r = try run(arguments, stdout: full)
        #expect(r.status == 74)
        #expect(r.stderr == "casus: error: cannot write to standard output: No space left on device\n")
    }

    @Test func aFullStandardErrorLosesTheMessageButNotTheStatus() throws {
        let full = try #require(FileHandle(forWritingAtPath: "/dev/full"))
        let p = try Program.start(CasusProgram.binary, ["validate", "no/such/graph.yaml"], stderr: full)
        p.waitUntilExit()
        #expect(p.terminationReason == .exit)
        #expect(p.terminationStatus == 66)
    }

    @Test func aReportToAFullStandardOutputIsExit74() throws {
        let s = try TemporaryFolder()
        let full = try #require(FileHandle(forWritingAtPath: "/dev/full"))
        let r = try run(["report", "--graph", Repository.mini, "--output", s.path("out")], stdout: full)
        #expect(r.status == 74)
    }

    @Test func aClosedPipeIsExit74NotASignal() throws {
        let pipe = Pipe()
        try pipe.fileHandleForReading.close()
        // More than a pipe's buffer, so the writes meet the closed end.
        let r = try run(["scenario", "tripwire-attacked", "--format", "json"], stdout: pipe.fileHandleForWriting)
        #expect(r.status == 74)
        #expect(r.stderr == "casus: error: cannot write to standard output: Broken pipe\n")
    }

    // MARK: Hangs

    @Test func anEnormousRadiusStopsWhenNothingIsLeft() throws {
        let r = try CasusProgram.run([
            "render", "--focus", "tripwire-east", "--radius", "9223372036854775807", "--format", "dot",
        ])
        #expect(r.status == 0)
        #expect(r.stdout.hasPrefix("digraph"))
    }

    // MARK: report

    @Test func aSecondReportRemovesTheFirstsFilesAndKeepsTheUsers() throws {
        let s = try TemporaryFolder()
        let out = s.path("out")
        #expect(try CasusProgram.run(["report", "--graph", Repository.mini, "--output", out]).status == 0)
        try s.write("mine", to: "out/notes.txt")
        let renamed = try String(contentsOfFile: Repository.mini, encoding: .utf8).replacingOccurrences(
            of: "id: occupied-struck", with: "id: occupied-hit")
        try s.write(renamed, to: "world.yaml")
        #expect(try CasusProgram.run(["report", "--graph", s.path("world.yaml"), "--output", out]).status == 0)
        let names = try FileManager.default.contentsOfDirectory(atPath: out)
        #expect(!names.contains("occupied-struck.svg"))
        #expect(names.contains("occupied-hit.svg"))
        #expect(try String(contentsOfFile: s.path("out/notes.txt"), encoding: .utf8) == "mine")
        let left = try FileManager.default.contentsOfDirectory(atPath: s.url.path).filter { $0.hasPrefix(".") }
        #expect(left == [])
    }

    @Test func aPDFReportWithoutChromiumIsExit69AndKeepsThePreviousReport() throws {
        let s = try TemporaryFolder()
        let out = s.path("out")
        #expect(try CasusProgram.run(["report", "--graph", Repository.mini, "--output", out]).status == 0)
        let before = try FileManager.default.contentsOfDirectory(atPath: out).sorted()
        let r = try CasusProgram.run(
            ["report", "--graph", Repository.mini, "--output", out, "--format", "pdf"],
            environment: ["CASUS_CHROMIUM": s.path("no-such-browser")])
        #expect(r.status == 69)
        #expect(
            r.stderr == "casus: error: report --format pdf needs headless Chromium, and none was found "
                + "(install it: apt-get install chromium; or set CASUS_CHROMIUM to its path)\n")
        #expect(try FileManager.default.contentsOfDirectory(atPath: out).sorted() == before)
    }

    /// The sample world's HTML report, started in the background (a few seconds of work).
    func startSampleReport(into out: String) throws -> Process {
        try Program.start(
            CasusProgram.binary, ["report", "--graph", "Graphs/ukraine-2025", "--output", out, "--format", "html"])
    }

    @Test func aKilledReportLeavesAWholeReportAndTheNextCleansUp() throws {
        let s = try TemporaryFolder()
        let out = s.path("out")
        #expect(try CasusProgram.run(["report", "--graph", Repository.mini, "--output", out]).status == 0)
        let before = Set(try FileManager.default.contentsOfDirectory(atPath: out))
        let p = try startSampleReport(into: out)
        usleep(700_000)
        kill(p.processIdentifier, SIGKILL)
        p.waitUntilExit()
        let after = Set(try FileManager.default.contentsOfDirectory(atPath: out))
        // Either the old report or the whole new one: never a mixture.
        #expect(after == before || after.contains("report.html"))
        #expect(try CasusProgram.run(["report", "--graph", Repository.mini, "--output", out]).status == 0)
        let left = try FileManager.default.contentsOfDirectory(atPath: s.url.path).filter { $0.hasPrefix(".") }
        #expect(left == [])
    }

    @Test func anInterruptedReportLeavesThePreviousOneAndNoTemporaryFolder() throws {
        let s = try TemporaryFolder()
        let out = s.path("out")
        #expect(try CasusProgram.run(["report", "--graph", Repository.mini, "--output", out]).status == 0)
        let before = Set(try FileManager.default.contentsOfDirectory(atPath: out))
        let p = try startSampleReport(into: out)
        usleep(300_000)
        p.interrupt()
        p.waitUntilExit()
        // It ends as the signal would, unless it had already finished.
        #expect(p.terminationReason == .uncaughtSignal || p.terminationStatus == 0)
        let after = Set(try FileManager.default.contentsOfDirectory(atPath: out))
        #expect(after == before || after.contains("report.html"))
        let left = try FileManager.default.contentsOfDirectory(atPath: s.url.path).filter { $0.hasPrefix(".") }
        #expect(left == [])
    }

    // MARK: Diagrams

    static let hostile = """
        casus: 1
        defaults: { attacker: A, depth: 0 }
        actors:
          - { id: A, name: 'A \\G \\N', kind: state }
          - { id: B, name: B, kind: state }
          - { id: C, name: C, kind: state }
        instruments:
          - id: p
            title: 'Pact \\G \\T'
            form: treaty
            status: in-force
            force: binding
            parties: [B, C]
            source: "https://en.wikipedia.org/wiki/People's_Republic_of_China"
            clauses:
              - { id: a1, cite: A1, text: 'Text \\G \\N \\E \\L', when: { attack-on: parties }, then: { duty: assist } }
        """

    @Test func anApostropheInALinkStillGivesAWholePDF() throws {
        let s = try TemporaryFolder()
        try s.write(Self.hostile, to: "g.yaml")
        #expect(
            try CasusProgram.run([
                "trigger", "B", "--graph", s.path("g.yaml"), "--format", "pdf", "-o", s.path("x.pdf"),
            ])
            .status == 0)
        let pdf = try Data(contentsOf: URL(fileURLWithPath: s.path("x.pdf")))
        #expect(pdf.count > 2_000)
        #expect(String(decoding: pdf.suffix(16), as: UTF8.self).contains("%%EOF"))
    }

    @Test func pdfsAreByteIdenticalAcrossRuns() throws {
        let s = try TemporaryFolder()
        #expect(
            try CasusProgram.run([
                "trigger", "ELD", "--graph", Repository.mini, "--format", "pdf", "-o", s.path("a.pdf"),
            ]).status
                == 0)
        sleep(1)
        #expect(
            try CasusProgram.run([
                "trigger", "ELD", "--graph", Repository.mini, "--format", "pdf", "-o", s.path("b.pdf"),
            ]).status
                == 0)
        #expect(
            try Data(contentsOf: URL(fileURLWithPath: s.path("a.pdf")))
                == Data(contentsOf: URL(fileURLWithPath: s.path("b.pdf"))))
    }

    @Test func tooltipsShowBackslashesAsWritten() throws {
        let s = try TemporaryFolder()
        try s.write(Self.hostile, to: "g.yaml")
        let r = try CasusProgram.run(["trigger", "B", "--graph", s.path("g.yaml"), "--format", "svg"])
        #expect(r.status == 0)
        #expect(r.stdout.contains("xlink:title=\"Pact \\G \\T — A1 [in&#45;force, binding]&#10;“Text \\G \\N \\E \\L”"))
        #expect(r.stdout.contains("People%27s_Republic_of_China"))
    }

    // MARK: Spreadsheets and terminals

    @Test func aFormulaInANameIsNeutralisedInCSV() throws {
        let s = try TemporaryFolder()
        let text = try String(contentsOfFile: Repository.mini, encoding: .utf8)
            .replacingOccurrences(of: "name: Boreal", with: "name: '=HYPERLINK(\"http://x\",\"y\")'")
            .replacingOccurrences(of: "name: Caledon", with: "name: '@SUM(1)'")
        try s.write(text, to: "g.yaml")
        let r = try CasusProgram.run([
            "compare", "isles-attacked", "eldoria-attacked", "--graph", s.path("g.yaml"), "--format", "csv",
        ])
        #expect(r.status == 0)
        #expect(r.stdout.contains("BOR,\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\","))
        #expect(r.stdout.contains("CAL,'@SUM(1),"))
    }

    @Test func anEscapeSequenceNeverReachesTheTerminal() throws {
        let s = try TemporaryFolder()
        let text = try String(contentsOfFile: Repository.mini, encoding: .utf8)
            .replacingOccurrences(of: "name: Boreal", with: "name: \"\\e]0;PWNED\\a\\e[2J\"")
        try s.write(text, to: "g.yaml")
        let r = try CasusProgram.run(["list", "actors", "--graph", s.path("g.yaml")])
        #expect(r.status == 65)
        #expect(!r.stdout.contains("\u{1B}"))
        #expect(!r.stderr.contains("\u{1B}"))
        #expect(r.stderr.contains("found control character U+001B in text"))
    }

    // MARK: All or nothing

    @Test func validateReportsEveryPath() throws {
        let s = try TemporaryFolder()
        try s.write("casus: 1\ntitel: x\n", to: "a.yaml")
        let r = try CasusProgram.run(["validate", s.path("a.yaml"), s.path("missing")])
        #expect(r.status == 66)
        #expect(r.stderr.contains("\(s.path("a.yaml")):2:1: titel: unknown key 'titel'"))
        #expect(r.stderr.contains("casus: error: \(s.path("missing")): No such file or directory"))
    }

    @Test func aDanglingFileInAGraphFolderIsAnError() throws {
        let s = try TemporaryFolder()
        try FileManager.default.createDirectory(atPath: s.path("g"), withIntermediateDirectories: true)
        try s.write("casus: 1\n", to: "g/a.yaml")
        #expect(symlink("nowhere.yaml", s.path("g/b.yaml")) == 0)
        let r = try CasusProgram.run(["validate", s.path("g")])
        #expect(r.status == 66)
        #expect(
            r.stderr
                == "casus: error: \(s.path("g/b.yaml")): is a symbolic link to nothing outside the graph's folder; "
                + "use --follow-symlinks to read it\n"
        )
    }

    static var canDropPrivileges: Bool {
        getuid() == 0 && FileManager.default.isExecutableFile(atPath: "/usr/bin/setpriv")
    }

    @Test(.enabled(if: canDropPrivileges, "needs root and setpriv to make a folder unreadable"))
    func anUnreadableSubfolderIsAnErrorNotSkipped() throws {
        let s = try TemporaryFolder()
        chmod(s.url.path, 0o755)
        try FileManager.default.createDirectory(atPath: s.path("g/private"), withIntermediateDirectories: true)
        try s.write("casus: 1\n", to: "g/a.yaml")
        try s.write("casus: 1\n", to: "g/private/b.yaml")
        chmod(s.path("g"), 0o755)
        chmod(s.path("g/a.yaml"), 0o644)
        chmod(s.path("g/private"), 0o000)
        let r = try Program.run(
            URL(fileURLWithPath: "/usr/bin/setpriv"),
            ["--reuid=nobody", "--regid=nogroup", "--clear-groups", CasusProgram.binary.path, "validate", s.path("g")])
        #expect(r.status == 66)
        #expect(r.stderr == "casus: error: \(s.path("g/private")): Permission denied\n")
    }
}
