import CasusKit

/// The world map: organizations, the states instruments and deployments name,
/// instruments with the obligations their clauses create, and deployments on
/// their hosts. Organizations are drawn as one node with their member count
/// (members in the hover text) so a 32-member alliance does not become a
/// hairball; a member state appears on its own only where something names it
/// directly, with a thin line to its organizations.
public struct WorldMap {
    public let graph: Graph
    /// With a focus, only the nodes within `radius` relations of it.
    let shown: Set<String>?

    public struct UnknownFocus: Error, CustomStringConvertible, Sendable {
        public let message: String
        public var description: String { message }
    }

    public init(graph: Graph, focus: String? = nil, radius: Int = 1) throws(UnknownName) {
        self.graph = graph
        guard let focus else { shown = nil; return }
        let known = graph.actors.map(\.id) + graph.instruments.map(\.id) + graph.deployments.map(\.id)
        guard known.contains(focus) else {
            throw UnknownName(message: "unknown focus '\(focus)'; expected an actor, instrument or deployment",
                              suggestion: Suggestion.nearest(to: focus, in: known))
        }
        var neighbours: [String: Set<String>] = [:]
        for e in WorldMap.relations(of: graph, includeMembership: true) {
            neighbours[e.from, default: []].insert(e.to); neighbours[e.to, default: []].insert(e.from)
        }
        var seen: Set<String> = [focus], frontier: Set<String> = [focus]
        for _ in 0..<radius {
            frontier = Set(frontier.flatMap { neighbours[$0] ?? [] }).subtracting(seen)
            seen.formUnion(frontier)
        }
        shown = seen
    }

    struct Relation: Hashable { let from: String; let to: String; let kind: Kind; let label: String
        enum Kind: String { case party, bearer, host, contributor, member }
    }

    /// Every relation the map can draw, in a fixed order.
    static func relations(of g: Graph, includeMembership: Bool) -> [Relation] {
        var out: [Relation] = []
        for i in g.instruments {
            // Which clauses oblige whom: `other-parties`/`parties` go on the party edges,
            // named bearers get their own edges.
            var partyDuties: [String] = [], named: [String: [String]] = [:]
            for c in i.clauses {
                for o in c.then {
                    let item = "\(c.cite): \(o.duty.rawValue)"
                    if case .listed(let ids) = o.bearers { for id in ids { named[id, default: []].append(item) } }
                    else if !partyDuties.contains(item) { partyDuties.append(item) }
                }
            }
            for p in i.parties where named[p] == nil {
                out.append(Relation(from: i.id, to: p, kind: .party, label: partyDuties.joined(separator: "\n")))
            }
            for (id, items) in named.sorted(by: { $0.key < $1.key }) {
                out.append(Relation(from: i.id, to: id, kind: .bearer, label: items.joined(separator: "\n")))
            }
        }
        for d in g.deployments {
            out.append(Relation(from: d.id, to: d.host, kind: .host, label: "hosted at \(d.at)"))
            for c in d.contributors { out.append(Relation(from: c, to: d.id, kind: .contributor, label: "")) }
        }
        if includeMembership {
            for a in g.actors where a.kind == .organization {
                for m in a.members { out.append(Relation(from: m, to: a.id, kind: .member, label: "")) }
            }
        }
        return out
    }

    public func dot() -> String {
        var b = DOTBuilder()
        let all = WorldMap.relations(of: graph, includeMembership: true)
        // Without a focus, membership lines are drawn only for states drawn anyway.
        var visible = WorldMap.relations(of: graph, includeMembership: false).filter { isShown($0.from) && isShown($0.to) }
        let named = Set(visible.flatMap { [$0.from, $0.to] })
        visible += all.filter { $0.kind == .member && isShown($0.from) && isShown($0.to) && (shown != nil || named.contains($0.from)) }
        var nodes = Set(visible.flatMap { [$0.from, $0.to] })
        if let shown { nodes.formUnion(shown) }

        for a in graph.actors where nodes.contains(a.id) {
            if a.kind == .organization {
                let members = graph.index.states(of: a.id).map { graph.index.actorIDs[$0] }
                b.node("n:\(a.id)", [("shape", "folder"), ("style", "filled"), ("fillcolor", "#E8EEF7"), ("color", "#345"),
                                      ("label", "\(a.id)\n\(DOT.clip(a.name, 30))\n\(members.count) members"),
                                      ("tooltip", "\(a.name): " + members.joined(separator: ", "))])
            } else {
                b.node("n:\(a.id)", [("shape", "box"), ("style", "rounded"), ("label", "\(a.id)\n\(DOT.clip(a.name, 24))"),
                                      ("tooltip", a.name + (a.tags.isEmpty ? "" : " [\(a.tags.joined(separator: ", "))]"))])
            }
        }
        for i in graph.instruments where nodes.contains(i.id) {
            let dim = i.status.isInactive
            var attrs: [(String, String)] = [("shape", "note"), ("style", dim ? "dashed,filled" : "filled"),
                                             ("fillcolor", dim ? "#EEEEEE" : i.status.isUnadopted ? "#FFF1D6" : "#FFFFFF"),
                                             ("fontcolor", dim ? "#777777" : "#000000"),
                                             ("label", "\(i.short)\n\(DOT.clip(i.title, 34))\n\(i.status.rawValue), \(i.force.rawValue)\(i.date.map { ", \($0)" } ?? "")"),
                                             ("tooltip", i.title + (i.note.map { "\n" + DOT.clip($0, 400) } ?? ""))]
            if let url = DOT.safeLink(i.source) { attrs += [("URL", url), ("target", "_blank")] }
            b.node("n:\(i.id)", attrs)
        }
        for d in graph.deployments where nodes.contains(d.id) {
            b.node("n:\(d.id)", [("shape", "component"), ("style", "filled"), ("fillcolor", "#E3F2E1"),
                                  ("label", "\(d.id)\n\(d.config.rawValue) · \(d.status.rawValue)"),
                                  ("tooltip", d.name + (d.note.map { "\n" + DOT.clip($0, 400) } ?? ""))])
        }
        for r in visible {
            var attrs: [(String, String)]
            switch r.kind {
            case .party: attrs = [("color", "#444444"), ("arrowhead", "none")]
            case .bearer: attrs = [("color", "#0072B2")]
            case .host: attrs = [("color", "#2E7D32"), ("style", "bold")]
            case .contributor: attrs = [("color", "#2E7D32"), ("style", "dashed")]
            case .member: attrs = [("color", "#AAAAAA"), ("style", "dotted"), ("arrowhead", "empty")]
            }
            if !r.label.isEmpty { attrs.append(("label", DOT.clip(r.label, 120))) }
            b.edge("n:\(r.from)", "n:\(r.to)", attrs)
        }
        let title = (graph.title ?? "World map") + (shown == nil ? "" : " (focus)")
        return b.document(name: "world", graphAttributes: [
            ("label", title), ("labelloc", "t"), ("fontname", Style.font), ("fontsize", "16"), ("rankdir", "LR"),
            ("nodesep", "0.2"), ("ranksep", "0.9"), ("overlap", "false"), ("splines", "true"),
        ], node: [("fontname", Style.font), ("fontsize", "10")], edge: [("fontname", Style.font), ("fontsize", "8")])
    }

    private func isShown(_ id: String) -> Bool { shown?.contains(id) ?? true }
}
