import CasusKit

/// Escaping for HTML text and attribute values: every string from a graph file
/// passes through here before it reaches the report.
enum HTML {
    static func escape(_ s: String) -> String { XML.escape(s) }

    /// An SVG document from Graphviz, made fit to sit inside HTML: no XML
    /// prolog or doctype, and Graphviz's own element ids (graph0, node1, …)
    /// prefixed so that several diagrams can share one page.
    static func inline(svg: String, prefix: String) -> String {
        guard let start = svg.range(of: "<svg") else { return "" }
        var body = String(svg[start.lowerBound...])
        for generated in ["graph", "node", "edge", "a_node", "a_edge", "clust"] {
            body = body.replacingOccurrences(of: " id=\"\(generated)", with: " id=\"\(prefix)-\(generated)")
        }
        return body
    }
}
