import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// Headless Chromium driven over the Chrome DevTools protocol, on the pipe
/// Chromium opens with `--remote-debugging-pipe`: commands go to its file
/// descriptor 3 and answers and events come back on 4, each one JSON text
/// ended by a NUL byte. No WebSocket, no client library, no browser download.
package final class DevTools {
    package struct Failure: Error, CustomStringConvertible {
        package let description: String
    }

    private var pid: pid_t = 0
    private let commands: Int32
    private let replies: Int32
    private var pending = Data()
    private var nextID = 0
    private var session: String?
    /// `console.error` lines and uncaught exceptions the page produced.
    package private(set) var pageErrors: [String] = []

    /// Starts Chromium with an empty profile in `profile` and opens one page on `about:blank`.
    package init(chromium: String, profile: URL, width: Int = 1280, height: Int = 900) throws {
        var toBrowser: [Int32] = [0, 0]
        var fromBrowser: [Int32] = [0, 0]
        guard pipe(&toBrowser) == 0, pipe(&fromBrowser) == 0 else { throw Failure(description: "pipe failed") }
        // Above 10, so moving the child's ends onto 3 and 4 cannot overwrite one with the other.
        let childReads = fcntl(toBrowser[0], F_DUPFD, 10)
        let childWrites = fcntl(fromBrowser[1], F_DUPFD, 10)
        close(toBrowser[0])
        close(fromBrowser[1])
        commands = toBrowser[1]
        replies = fromBrowser[0]
        for fd in [commands, replies, childReads, childWrites] {
            _ = fcntl(fd, F_SETFD, FD_CLOEXEC)
        }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_adddup2(&actions, childReads, 3)
        posix_spawn_file_actions_adddup2(&actions, childWrites, 4)
        posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
        let arguments = [
            chromium, "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--hide-scrollbars",
            "--remote-debugging-pipe", "--user-data-dir=\(profile.path)", "--window-size=\(width),\(height)",
            "about:blank",
        ]
        var argv: [UnsafeMutablePointer<CChar>?] = arguments.map { strdup($0) } + [nil]
        defer {
            for pointer in argv {
                free(pointer)
            }
        }
        let status = posix_spawn(&pid, chromium, &actions, nil, &argv, environ)
        close(childReads)
        close(childWrites)
        guard status == 0 else { throw Failure(description: "could not start \(chromium): \(status)") }
        let target = try call("Target.createTarget", ["url": "about:blank"], inPage: false)
        guard let id = target["targetId"] as? String else { throw Failure(description: "no target: \(target)") }
        let attached = try call("Target.attachToTarget", ["targetId": id, "flatten": true], inPage: false)
        session = attached["sessionId"] as? String
        _ = try call("Page.enable")
        _ = try call("Runtime.enable")
        _ = try call(
            "Emulation.setDeviceMetricsOverride",
            ["width": width, "height": height, "deviceScaleFactor": 1, "mobile": false])
    }

    deinit {
        _ = try? call("Browser.close", inPage: false, seconds: 5)
        close(commands)
        close(replies)
        var status: Int32 = 0
        if pid > 0 {
            kill(pid, SIGKILL)
            waitpid(pid, &status, 0)
        }
    }

    /// Loads `url` and waits for its `load` event.
    package func open(_ url: String) throws {
        _ = try call("Page.navigate", ["url": url])
        _ = try event("Page.loadEventFired")
    }

    /// The value of a JavaScript expression in the page (a promise is awaited).
    package func evaluate(_ expression: String, seconds: Double = 15) throws -> Any? {
        let reply = try call(
            "Runtime.evaluate", ["expression": expression, "awaitPromise": true, "returnByValue": true],
            seconds: seconds)
        if let thrown = reply["exceptionDetails"] as? [String: Any] {
            throw Failure(description: "the page threw: \(thrown["text"] ?? thrown)")
        }
        return (reply["result"] as? [String: Any])?["value"]
    }

    /// Waits, in the page, until `condition` (a JavaScript expression) is true.
    package func waitUntil(_ condition: String, seconds: Double = 10) throws {
        let script = """
            new Promise((done) => {
              const until = Date.now() + \(Int(seconds * 1000));
              const check = () => {
                let ok = false;
                try { ok = !!(\(condition)); } catch (e) { ok = false; }
                if (ok || Date.now() > until) { done(ok); } else { setTimeout(check, 10); }
              };
              check();
            })
            """
        guard try evaluate(script, seconds: seconds + 5) as? Bool == true else {
            throw Failure(description: "timed out waiting for \(condition)")
        }
    }

    /// A real mouse click at the middle of the element `selector` finds, scrolled into view.
    package func click(_ selector: String) throws {
        let box = try evaluate(
            """
            (() => {
              const e = document.querySelector(\(Self.quoted(selector)));
              if (!e) return null;
              e.scrollIntoView({ block: "center" });
              const r = e.getBoundingClientRect();
              return [r.left + r.width / 2, r.top + r.height / 2];
            })()
            """)
        guard let point = box as? [Double], point.count == 2 else {
            throw Failure(description: "nothing to click at \(selector)")
        }
        for type in ["mousePressed", "mouseReleased"] {
            _ = try call(
                "Input.dispatchMouseEvent",
                ["type": type, "x": point[0], "y": point[1], "button": "left", "clickCount": 1])
        }
    }

    /// The page as a PNG.
    package func screenshot() throws -> Data {
        let reply = try call("Page.captureScreenshot", ["format": "png"])
        guard let text = reply["data"] as? String, let png = Data(base64Encoded: text) else {
            throw Failure(description: "no screenshot")
        }
        return png
    }

    /// A JavaScript string literal for `text`.
    package static func quoted(_ text: String) -> String {
        let data = (try? JSONSerialization.data(withJSONObject: [text])) ?? Data("[\"\"]".utf8)
        return String(String(decoding: data, as: UTF8.self).dropFirst().dropLast())
    }

    // MARK: The protocol

    private func call(
        _ method: String, _ params: [String: Any] = [:], inPage: Bool = true, seconds: Double = 15
    ) throws -> [String: Any] {
        nextID += 1
        let id = nextID
        var message: [String: Any] = ["id": id, "method": method, "params": params]
        if inPage, let session { message["sessionId"] = session }
        var data = try JSONSerialization.data(withJSONObject: message)
        data.append(0)
        try data.withUnsafeBytes { raw in
            var sent = 0
            while sent < raw.count {
                let n = write(commands, raw.baseAddress?.advanced(by: sent), raw.count - sent)
                guard n > 0 else { throw Failure(description: "Chromium stopped reading (\(method))") }
                sent += n
            }
        }
        let deadline = Date().addingTimeInterval(seconds)
        while true {
            let reply = try nextMessage(until: deadline, waitingFor: method)
            guard reply["id"] as? Int == id else { continue }
            if let error = reply["error"] as? [String: Any] {
                throw Failure(description: "\(method): \(error["message"] ?? error)")
            }
            return reply["result"] as? [String: Any] ?? [:]
        }
    }

    /// Waits for an event of the page by name.
    private func event(_ name: String, seconds: Double = 15) throws -> [String: Any] {
        let deadline = Date().addingTimeInterval(seconds)
        while true {
            let message = try nextMessage(until: deadline, waitingFor: name)
            if message["method"] as? String == name { return message }
        }
    }

    /// The next message from Chromium; console errors and exceptions are noted on the way.
    private func nextMessage(until deadline: Date, waitingFor what: String) throws -> [String: Any] {
        while true {
            if let end = pending.firstIndex(of: 0) {
                let text = pending[pending.startIndex..<end]
                pending = Data(pending[pending.index(after: end)...])
                guard let message = try JSONSerialization.jsonObject(with: text) as? [String: Any] else { continue }
                note(message)
                return message
            }
            let left = Int32(max(0, deadline.timeIntervalSinceNow) * 1000)
            var poller = pollfd(fd: replies, events: Int16(POLLIN), revents: 0)
            guard poll(&poller, 1, left) > 0 else { throw Failure(description: "no answer from Chromium (\(what))") }
            var buffer = [UInt8](repeating: 0, count: 65_536)
            let n = read(replies, &buffer, buffer.count)
            guard n > 0 else { throw Failure(description: "Chromium closed its pipe (\(what))") }
            pending.append(contentsOf: buffer[0..<n])
        }
    }

    private func note(_ message: [String: Any]) {
        let params = message["params"] as? [String: Any]
        switch message["method"] as? String {
        case "Runtime.exceptionThrown":
            let details = params?["exceptionDetails"] as? [String: Any]
            pageErrors.append("exception: \(details?["text"] ?? "") \(details?["exception"] ?? "")")
        case "Runtime.consoleAPICalled" where params?["type"] as? String == "error":
            pageErrors.append("console.error: \(params?["args"] ?? "")")
        default:
            break
        }
    }
}
