import CasusTestSupport
import Foundation

/// `casus serve` started for one test on a free port, stopped with Ctrl-C when released.
final class ServedExplorer {
    struct Reply {
        let status: Int
        let headers: [String: String]
        let body: String

        /// The body as a JSON object.
        var json: [String: Any] {
            (try? JSONSerialization.jsonObject(with: Data(body.utf8))) as? [String: Any] ?? [:]
        }
    }

    struct Failure: Error, CustomStringConvertible {
        let description: String
    }

    let process: Process
    let output = CollectedOutput()
    let errors = CollectedOutput()
    /// `http://127.0.0.1:PORT`.
    let base: String

    init(_ arguments: [String] = [], in directory: URL? = nil) throws {
        let out = Pipe()
        let err = Pipe()
        let output = output
        let errors = errors
        out.fileHandleForReading.readabilityHandler = { output.append($0.availableData) }
        err.fileHandleForReading.readabilityHandler = { errors.append($0.availableData) }
        process = try Program.start(
            CasusProgram.binary, ["serve"] + arguments, in: directory, stdout: out, stderr: err)
        guard output.wait(seconds: 30, until: { $0.contains("/ (Ctrl-C stops)") }),
            let line = output.value.split(separator: "\n").first(where: { $0.hasPrefix("casus serve: ") }),
            let start = line.range(of: "http://"), let end = line.range(of: "/ (Ctrl-C")
        else {
            process.terminate()
            throw Failure(description: "casus serve did not start: \(output.value) \(errors.value)")
        }
        base = String(line[start.lowerBound..<end.lowerBound])
    }

    deinit {
        if process.isRunning {
            process.interrupt()
            process.waitUntilExit()
        }
    }

    /// One request by curl, as any client would send it: status, headers (lower-cased names) and body.
    func request(_ path: String, method: String = "GET", headers: [String] = []) throws -> Reply {
        let run = try Program.run(
            URL(fileURLWithPath: "/usr/bin/curl"),
            ["-s", "-i", "--max-time", "30", "-X", method] + headers.flatMap { ["-H", $0] } + [base + path])
        guard let split = run.stdout.range(of: "\r\n\r\n") else {
            throw Failure(description: "no HTTP reply for \(path): \(run.stderr)")
        }
        let head = run.stdout[..<split.lowerBound].split(separator: "\r\n")
        let status = head.first.flatMap { Int($0.split(separator: " ").dropFirst().first ?? "") } ?? 0
        var fields: [String: String] = [:]
        for line in head.dropFirst() {
            guard let colon = line.firstIndex(of: ":") else { continue }
            fields[line[..<colon].lowercased()] = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
        }
        return Reply(status: status, headers: fields, body: String(run.stdout[split.upperBound...]))
    }
}
