import CasusKit
import FlyingFox
import FlyingSocks
import Foundation

/// The world the explorer answers on, replaced whole when its files change.
/// A lock, not an actor: requests read it from many tasks, the reload task writes it.
final class ExplorerWorldHolder: @unchecked Sendable {
    struct Loaded {
        let world: Graph
        let generation: Int
        let reloadError: String?
        let mapSVG: String
    }

    private let lock = NSLock()
    private var loaded: Loaded

    init(_ world: Graph) {
        loaded = Loaded(world: world, generation: 1, reloadError: nil, mapSVG: ExplorerWorld.mapSVG(world))
    }

    var current: Loaded {
        lock.lock()
        defer { lock.unlock() }
        return loaded
    }

    /// A new world (its map drawn before the swap), or the error that kept the last good one.
    func replace(with result: Result<Graph, any Error>) {
        let next: Loaded
        let last = current
        switch result {
        case .success(let world):
            next = Loaded(
                world: world, generation: last.generation + 1, reloadError: nil, mapSVG: ExplorerWorld.mapSVG(world))
        case .failure(let error):
            let message = (error as? GraphLoadFailure)?.description ?? "\(error)"
            next = Loaded(
                world: last.world, generation: last.generation + 1, reloadError: message, mapSVG: last.mapSVG)
        }
        lock.lock()
        loaded = next
        lock.unlock()
    }
}

/// `casus serve`'s HTTP side: one page, its script and style, and two API
/// calls, all GET; everything else is refused. It edits nothing.
struct ExplorerServer: HTTPHandler {
    let holder: ExplorerWorldHolder
    let label: String
    /// The `Host` values this server answers to (nil: any, when it listens beyond loopback).
    let hosts: Set<String>?

    func handleRequest(_ request: HTTPRequest) async throws -> HTTPResponse {
        guard request.method == .GET || request.method == .HEAD else {
            return Self.refusal(.methodNotAllowed, "casus serve answers GET requests only")
        }
        if let hosts {
            guard let host = request.headers[.host], hosts.contains(host.lowercased()) else {
                // A page on another site that resolves its own name to this address (DNS rebinding) ends here.
                return Self.refusal(.forbidden, "casus serve answers only for its own address")
            }
        }
        if request.headers[HTTPHeader("Sec-Fetch-Site")] == "cross-site" {
            return Self.refusal(.forbidden, "casus serve does not answer other sites' pages")
        }
        switch request.path {
        case "/": return Self.file(ExplorerPage.html, type: "text/html; charset=utf-8")
        case "/explorer.js": return Self.file(ExplorerPage.script, type: "text/javascript; charset=utf-8")
        case "/explorer.css": return Self.file(ExplorerPage.style, type: "text/css; charset=utf-8")
        case "/map.svg": return Self.file(holder.current.mapSVG, type: "image/svg+xml")
        case "/api/world":
            let loaded = holder.current
            let json = ExplorerWorld.json(
                loaded.world, label: label, generation: loaded.generation, reloadError: loaded.reloadError)
            return Self.json(.ok, json)
        case "/api/answer":
            return answer(request)
        default:
            return Self.refusal(.notFound, "no such page: casus serve has /, /api/world and /api/answer")
        }
    }

    private func answer(_ request: HTTPRequest) -> HTTPResponse {
        do throws(ExplorerRefusal) {
            let choice = try ExplorerChoice(query: request.query.map { ($0.name, $0.value) })
            let json = try ExplorerAnswer.json(for: choice, on: holder.current.world, label: label)
            return Self.json(.ok, json)
        } catch {
            return Self.refusal(.badRequest, error.message)
        }
    }

    /// Every response's headers: nothing cached, nothing sniffed, nothing fetched from elsewhere.
    static func headers(_ type: String) -> HTTPHeaders {
        var h = HTTPHeaders()
        h[.contentType] = type
        h[.cacheControl] = "no-store"
        h[HTTPHeader("X-Content-Type-Options")] = "nosniff"
        h[HTTPHeader("Referrer-Policy")] = "no-referrer"
        h[HTTPHeader("Content-Security-Policy")] =
            "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' blob:; connect-src 'self'; "
            + "base-uri 'none'; form-action 'none'; frame-ancestors 'none'"
        return h
    }

    static func file(_ text: String, type: String) -> HTTPResponse {
        HTTPResponse(statusCode: .ok, headers: headers(type), body: Data(text.utf8))
    }

    static func json(_ status: HTTPStatusCode, _ value: CasusKit.JSONValue) -> HTTPResponse {
        HTTPResponse(
            statusCode: status, headers: headers("application/json; charset=utf-8"), body: Data(value.rendered().utf8))
    }

    static func refusal(_ status: HTTPStatusCode, _ message: String) -> HTTPResponse {
        json(status, .object([("error", .string(message))]))
    }
}
