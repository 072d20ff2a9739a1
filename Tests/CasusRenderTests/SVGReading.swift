import CasusTestSupport
import Foundation

/// Graphviz's SVG read back for measuring: the drawing's size, and each node,
/// edge and cluster group with its title (the DOT name), classes and contents.
/// Graphviz writes one `<g id=… class="node|edge|cluster …">` per element, so
/// splitting at those openings is exact for its output.
struct SVGReading {
    struct Element {
        let kind: String
        let title: String
        let classes: [String]
        let body: String

        /// `from` and `to` of an edge's title `from->to`.
        var ends: (from: String, to: String)? {
            guard kind == "edge", let r = title.range(of: "->") else { return nil }
            return (String(title[..<r.lowerBound]), String(title[r.upperBound...]))
        }

        /// The status word of an actor node (`status-bound` → `bound`).
        var status: String? {
            classes.first { $0.hasPrefix("status-") }.map { String($0.dropFirst("status-".count)) }
        }

        /// The actor ids an actor node stands for (`a-USA` → `USA`).
        var actors: [String] { classes.filter { $0.hasPrefix("a-") }.map { String($0.dropFirst(2)) } }

        /// The texts drawn inside it, unescaped.
        var texts: [String] { SVGReading.captures(#"<text[^>]*>([^<]*)</text>"#, in: body).map(SVGReading.unescape) }

        /// Every point of its polygons and polylines, and each text's corner and
        /// estimated far corner (0.6 em per character).
        var points: [(x: Double, y: Double)] {
            var out: [(x: Double, y: Double)] = []
            for list in SVGReading.captures(#"points="([^"]*)""#, in: body) {
                for pair in list.split(separator: " ") {
                    let xy = pair.split(separator: ",").compactMap { Double($0) }
                    if xy.count == 2 { out.append((xy[0], xy[1])) }
                }
            }
            let textPattern = #"<text[^>]*x="([-0-9.]+)" y="([-0-9.]+)"[^>]*font-size="([0-9.]+)"[^>]*>([^<]*)</text>"#
            for m in SVGReading.matches(textPattern, in: body) where m.count == 4 {
                guard let x = Double(m[0]), let y = Double(m[1]), let size = Double(m[2]) else { continue }
                out.append((x, y - size))
                out.append((x + Double(SVGReading.unescape(m[3]).count) * size * 0.6, y))
            }
            return out
        }
    }

    let width: Double
    let height: Double
    let elements: [Element]

    init(_ svg: String) {
        let size = SVGReading.matches(#"<svg width="([0-9.]+)pt" height="([0-9.]+)pt""#, in: svg).first ?? []
        width = size.first.flatMap(Double.init) ?? 0
        height = size.count > 1 ? Double(size[1]) ?? 0 : 0
        var out: [Element] = []
        let opening = try? NSRegularExpression(pattern: #"<g id="[^"]*" class="(node|edge|cluster)([^"]*)">"#)
        let ns = svg as NSString
        let found = opening?.matches(in: svg, range: NSRange(location: 0, length: ns.length)) ?? []
        for (n, m) in found.enumerated() {
            let end = n + 1 < found.count ? found[n + 1].range.location : ns.length
            let body = ns.substring(with: NSRange(location: m.range.location, length: end - m.range.location))
            let kind = ns.substring(with: m.range(at: 1))
            let classes = SVGReading.unescape(ns.substring(with: m.range(at: 2))).split(separator: " ").map(String.init)
            let title = SVGReading.captures(#"<title>([^<]*)</title>"#, in: body).first.map(SVGReading.unescape) ?? ""
            out.append(Element(kind: kind, title: title, classes: classes, body: body))
        }
        elements = out
    }

    var nodes: [Element] { elements.filter { $0.kind == "node" } }
    var edges: [Element] { elements.filter { $0.kind == "edge" } }
    func element(titled title: String) -> Element? { elements.first { $0.title == title } }

    /// The area of the box around the points, in pt².
    static func boxArea(_ points: [(x: Double, y: Double)]) -> Double {
        guard let minX = points.map(\.x).min(), let maxX = points.map(\.x).max(),
            let minY = points.map(\.y).min(), let maxY = points.map(\.y).max()
        else { return 0 }
        return (maxX - minX) * (maxY - minY)
    }

    static func unescape(_ s: String) -> String {
        s.replacingOccurrences(of: "&#45;", with: "-").replacingOccurrences(of: "&gt;", with: ">")
            .replacingOccurrences(of: "&lt;", with: "<").replacingOccurrences(of: "&quot;", with: "\"")
            .replacingOccurrences(of: "&#160;", with: " ").replacingOccurrences(of: "&amp;", with: "&")
    }

    static func captures(_ pattern: String, in text: String) -> [String] {
        matches(pattern, in: text).compactMap(\.first)
    }

    static func matches(_ pattern: String, in text: String) -> [[String]] {
        guard let re = try? NSRegularExpression(pattern: pattern) else { return [] }
        let ns = text as NSString
        return re.matches(in: text, range: NSRange(location: 0, length: ns.length)).map { m in
            (1..<m.numberOfRanges).map {
                m.range(at: $0).location == NSNotFound ? "" : ns.substring(with: m.range(at: $0))
            }
        }
    }
}
