internal import CGraphviz
import Foundation

/// What a diagram can be rendered to.
public enum DiagramFormat: String, Sendable, CaseIterable {
    /// The DOT text itself (parsed once as a check).
    case dot
    /// SVG, with tooltips and links.
    case svg
    /// PNG (cairo).
    case png
    /// PDF (cairo), its creation date fixed so re-runs are byte-identical.
    case pdf
    /// Binary formats are refused on a terminal.
    public var isBinary: Bool { self == .png || self == .pdf }
}

/// Graphviz failed: its own message, captured rather than printed.
public struct RenderError: Error, Sendable, CustomStringConvertible {
    /// Graphviz's own message.
    public let message: String
    /// `Graphviz: message`.
    public var description: String { "Graphviz: \(message)" }
}

/// The only code that calls Graphviz. Graphviz is not thread-safe (cgraph(3)),
/// so every call goes through one process-wide lock, with one context for the
/// whole process (a context per render leaks).
public final class Renderer: @unchecked Sendable {
    // @unchecked: all mutable state (the context and Graphviz's globals) is only
    // touched while `lock` is held.
    /// The one renderer of the process.
    public static let shared = Renderer()

    private let lock = NSLock()
    private var context: OpaquePointer?

    private init() {}

    /// DOT text → the requested format (DOT itself passes through after a parse
    /// check, so a malformed DOT never reaches a file).
    public func render(dot: String, to format: DiagramFormat, layout: String = "dot") throws(RenderError) -> Data {
        lock.lock()
        defer { lock.unlock() }
        guard let gvc = contextLocked() else {
            throw RenderError(
                message:
                    "cannot create a Graphviz context (are Graphviz's plugins installed? try: apt-get install "
                    + "libgraphviz-dev)"
            )
        }
        _ = aglasterrTake() // drop anything left over from an earlier call
        guard let graph = dot.withCString({ agmemread($0) }) else {
            throw RenderError(message: aglasterrTake() ?? "the DOT text does not parse")
        }
        defer { agclose(graph) }
        if format == .dot { return Data(dot.utf8) }
        guard gvLayout(gvc, graph, layout) == 0 else {
            throw RenderError(message: aglasterrTake() ?? "layout '\(layout)' failed")
        }
        defer { gvFreeLayout(gvc, graph) }
        var result: UnsafeMutablePointer<CChar>?
        var length = 0
        guard casus_gv_render_data(gvc, graph, format.rawValue, &result, &length) == 0, let bytes = result else {
            throw RenderError(message: aglasterrTake() ?? "rendering to \(format.rawValue) failed")
        }
        defer { gvFreeRenderData(bytes) }
        let data = Data(bytes: bytes, count: length)
        // A backend can fail without telling Graphviz (cairo printing "out of
        // memory" and leaving a stub): a file that is not whole is an error.
        guard OutputCheck.isComplete(data, as: format) else {
            throw RenderError(
                message: aglasterrTake()
                    ?? "the \(format.rawValue) renderer produced an incomplete file (\(data.count) bytes)")
        }
        return format == .pdf ? OutputCheck.fixingCreationDate(data) : data
    }

    /// The layout engines this Graphviz offers for `--layout`.
    public static let layouts = ["dot", "neato", "fdp", "sfdp", "circo", "twopi"]

    /// A two-node graph to SVG: proves the library, its plugins and the lock work.
    public func selfTest() throws(RenderError) -> Data {
        let svg = try render(dot: "digraph casus_self_test { a -> b }", to: .svg)
        guard String(decoding: svg, as: UTF8.self).contains("<svg") else {
            throw RenderError(message: "the self-test render produced no SVG")
        }
        return svg
    }

    private func contextLocked() -> OpaquePointer? {
        if let context { return context }
        casus_gv_capture_errors()
        context = gvContext()
        return context
    }

    /// Graphviz's last message, freed after copying (call with the lock held).
    private func aglasterrTake() -> String? {
        guard let p = aglasterr() else { return nil }
        defer { free(p) }
        let s = String(cString: p).trimmingCharacters(in: .whitespacesAndNewlines)
        return s.isEmpty ? nil : s
    }
}
