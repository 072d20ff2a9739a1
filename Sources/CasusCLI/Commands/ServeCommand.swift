import ArgumentParser
import CasusIO
import CasusKit
import Dispatch
import FlyingFox
import FlyingSocks
import Foundation

struct ServeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "A what-if explorer in the browser: switch readings, vetoes, proposals, actors, the date and the "
            + "depth, and see the answer and the diagram change.",
        discussion: """
            Serves one page on this machine only (127.0.0.1) unless --host says otherwise, on a free port
            unless --port names one, and prints its address. The page reruns the analysis on every change;
            its address records the choice, so a link gives the same answer. The server reads the graph at
            start and again when its files change, and writes nothing. Ctrl-C stops it (exit 0).

            Examples:
              casus serve
              casus serve --graph Graphs/ukraine-2025 --port 8080
            """
    )

    @OptionGroup var graph: GraphOption
    @Option(help: "The address to listen on (default 127.0.0.1; anything else is reachable from other machines).")
    var host = "127.0.0.1"
    @Option(help: "The port (default: a free one, printed).")
    var port: UInt16 = 0
    @Option(help: "Seconds between checks of the graph's files.")
    var interval: Double = 0.5

    func validate() throws {
        guard interval >= 0.05, interval <= 3600 else {
            throw ValidationError("--interval must be between 0.05 and 3600 seconds")
        }
    }

    var isLoopback: Bool { host == "127.0.0.1" || host == "::1" || host == "localhost" }

    func run() throws {
        let address: any SocketAddress = try guarded { try self.address() }
        let holder = ExplorerWorldHolder(try guarded { try graph.load() })
        let done = DispatchSemaphore(value: 0)
        let failure = ServeFailure()
        let handlers = Interruption.stop {}
        defer { handlers.cancel() }
        let command = self
        Task.detached {
            do {
                try await command.serve(holder, at: address)
            } catch {
                failure.set("casus: error: casus serve could not listen on \(command.host):\(command.port): \(error)")
            }
            done.signal()
        }
        done.wait()
        if let message = failure.message {
            printError(message)
            throw ExitCode(Exit.unavailable)
        }
    }

    private func address() throws -> any SocketAddress {
        let name = host == "localhost" ? "127.0.0.1" : host
        let address: (any SocketAddress)? =
            name.contains(":")
            ? try? sockaddr_in6.inet6(ip6: name, port: port) : try? sockaddr_in.inet(ip4: name, port: port)
        guard let address else { throw UsageProblem(message: "--host: '\(host)' is not an IPv4 or IPv6 address") }
        return address
    }

    private func serve(_ holder: ExplorerWorldHolder, at address: some SocketAddress) async throws {
        let server = HTTPServer(address: address, timeout: 10, logger: .disabled)
        let task = Task { try await server.run() }
        try await server.waitUntilListening()
        let bound = await server.listeningAddress
        let port: UInt16
        switch bound {
        case .ip4(_, let p), .ip6(_, let p): port = p
        default: port = self.port
        }
        let shown = host.contains(":") ? "[\(host)]" : host
        var hosts: Set<String>?
        if isLoopback {
            hosts = ["\(shown):\(port)", "localhost:\(port)"]
        } else {
            printError(
                "casus: warning: listening on \(host), not on loopback: anyone who can reach this machine "
                    + "can read the graph through the explorer")
        }
        await server.appendRoute("*", to: ExplorerServer(holder: holder, label: graph.label, hosts: hosts))
        try Console.out("casus serve: http://\(shown):\(port)/ (Ctrl-C stops)\n")
        if let path = GraphSource.path(graph.graph) {
            await watch(path, holder)
        }
        try await task.value
    }

    /// Reloads the world whenever its files change; the last good world stays on an error.
    private func watch(_ path: String, _ holder: ExplorerWorldHolder) async {
        var last = GraphFingerprint.of(path, followSymlinks: graph.followSymlinks)
        while !Task.isCancelled {
            try? await Task.sleep(nanoseconds: UInt64(interval * 1_000_000_000))
            let now = GraphFingerprint.of(path, followSymlinks: graph.followSymlinks)
            guard now != last else { continue }
            last = now
            holder.replace(with: Result { try graph.load() })
        }
    }
}

/// Why the server stopped, set by its task and read by `run()`.
final class ServeFailure: @unchecked Sendable {
    private let lock = NSLock()
    private var text: String?

    func set(_ message: String) {
        lock.lock()
        text = message
        lock.unlock()
    }

    var message: String? {
        lock.lock()
        defer { lock.unlock() }
        return text
    }
}
