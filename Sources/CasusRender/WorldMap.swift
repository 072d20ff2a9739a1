import CasusKit

/// The world map: organizations, instruments with the obligations their
/// clauses create, deployments on their hosts, and the states these name.
///
/// Summarising keeps a world of dozens of states readable:
/// - an organization is one node with its member count (members in the hover
///   text); a member state appears on its own only where something names it;
/// - an instrument that lists more than `listLimit` states draws lines only to
///   the organizations it names and the states its clauses protect
///   (`attack-on`), and says "+N states" in its label;
/// - instruments of one family — same form, status, force and clauses, two
///   parties each, one party in common (the bilateral agreements) — are drawn
///   as one node.
public struct WorldMap {
    /// The world.
    public let graph: Graph
    /// With a focus, only the nodes within `radius` relations of it.
    let shown: Set<String>?
    static let listLimit = 6

    /// The map of `graph`; with a focus, only what lies within `radius` relations of it.
    /// - Throws: `UnknownName` when `focus` names nothing in the world.
    public init(graph: Graph, focus: String? = nil, radius: Int = 1) throws(UnknownName) {
        self.graph = graph
        guard let focus else {
            shown = nil
            return
        }
        let known = graph.actors.map(\.id) + graph.instruments.map(\.id) + graph.deployments.map(\.id)
        guard known.contains(focus) else {
            throw UnknownName(
                message: "unknown focus '\(focus)'; expected an actor, instrument or deployment",
                suggestion: Suggestion.nearest(to: focus, in: known))
        }
        // Focus walks the full relations: every party, named bearer, protected actor or
        // deployment (`attack-on`), host, contributor and membership.
        var neighbours: [String: Set<String>] = [:]
        func link(_ a: String, _ b: String) {
            neighbours[a, default: []].insert(b)
            neighbours[b, default: []].insert(a)
        }
        for i in graph.instruments {
            for p in i.parties { link(i.id, p) }
            for b in WorldMap.namedBearers(i) { link(i.id, b) }
            for c in i.clauses {
                for t in c.when { if case .listed(let ids) = t.attackOn { for id in ids { link(i.id, id) } } }
            }
        }
        for d in graph.deployments {
            if let host = d.host { link(d.id, host) }
            for c in d.contributors { link(d.id, c) }
        }
        for a in graph.actors { for m in a.members { link(a.id, m) } }
        var seen: Set<String> = [focus]
        var frontier: Set<String> = [focus]
        // Stops when nothing is left to visit, however large the radius.
        var steps = 0
        while steps < radius && !frontier.isEmpty {
            frontier = Set(frontier.flatMap { neighbours[$0] ?? [] }).subtracting(seen)
            seen.formUnion(frontier)
            steps += 1
        }
        shown = seen
    }

    struct Relation: Hashable {
        let from: String, to: String, kind: Kind, label: String
        /// party: a party's line, labelled with the duties the parties bear;
        /// protects: to an actor or deployment a clause's `attack-on` names;
        /// bearer: to an actor a clause names as bearer, with its duties.
        enum Kind: String { case party, protects, bearer, host, contributor, member }
    }

    /// A node for one instrument, or for a family of alike instruments.
    struct InstrumentNode {
        let id: String
        let members: [Instrument]
        var first: Instrument { members[0] }
    }

    static func namedBearers(_ i: Instrument) -> [String] {
        var out: [String] = []
        for c in i.clauses {
            for o in c.then {
                if case .listed(let ids) = o.bearers { for id in ids where !out.contains(id) { out.append(id) } }
            }
        }
        return out
    }

    /// Same form, status, force and clauses (cite, triggers and duties): one family.
    func familyKey(_ i: Instrument) -> String? {
        guard i.parties.count == 2 else { return nil }
        let clauses = i.clauses.map { c in
            let duties = c.then.map { "\($0.duty.rawValue)\($0.within.map { "\($0.lower)-\($0.upper)" } ?? "")" }
            return "\(c.id)|\(c.cite)|\(c.when.map(ClauseDescription.trigger))|\(duties)"
        }
        return "\(i.form.rawValue)|\(i.status.rawValue)|\(i.force.rawValue)|\(clauses)"
    }

    func instrumentNodes() -> [InstrumentNode] {
        var byKey: [String: [Instrument]] = [:]
        for i in graph.instruments { if let k = familyKey(i) { byKey[k, default: []].append(i) } }
        var grouped: [String: String] = [:] // instrument id → family node id
        for (_, members) in byKey where members.count >= 3 {
            let common = members.dropFirst().reduce(Set(members[0].parties)) { $0.intersection($1.parties) }
            guard common.count == 1 else { continue }
            for m in members { grouped[m.id] = "family:\(members[0].id)" }
        }
        var out: [InstrumentNode] = []
        var families: [String: Int] = [:]
        for i in graph.instruments where isShown(i.id) {
            if let f = grouped[i.id] {
                if let n = families[f] {
                    out[n] = InstrumentNode(id: f, members: out[n].members + [i])
                } else {
                    families[f] = out.count
                    out.append(InstrumentNode(id: f, members: [i]))
                }
            } else {
                out.append(InstrumentNode(id: i.id, members: [i]))
            }
        }
        return out
    }

    func relations(for node: InstrumentNode) -> [Relation] {
        let i = node.first
        if node.members.count > 1 {
            // A family: one line to the party all members share.
            let common = node.members.dropFirst().reduce(Set(i.parties)) { $0.intersection($1.parties) }
            let label = i.clauses.flatMap { c in c.then.map { "\(c.cite): \(Self.duty($0))" } }
            return common.sorted().map {
                Relation(
                    from: node.id, to: $0, kind: .bearer, label: "each partner owes\n" + label.joined(separator: "\n"))
            }
        }
        var partyDuties: [String] = []
        var named: [String: [String]] = [:]
        var protected: [String: [String]] = [:]
        for c in i.clauses where !c.isRefrain {
            let duties = c.then.map(Self.duty).joined(separator: ", ")
            for id in c.when.flatMap(\.attackOn.listedIDs)
            where !(protected[id]?.contains("\(c.cite): \(duties)") ?? false) {
                protected[id, default: []].append("\(c.cite): \(duties)")
            }
            for o in c.then {
                let item = "\(c.cite): \(Self.duty(o))"
                if case .listed(let ids) = o.bearers {
                    for id in ids where !(named[id]?.contains(item) ?? false) { named[id, default: []].append(item) }
                } else if !partyDuties.contains(item) {
                    partyDuties.append(item)
                }
            }
        }
        if named.count > WorldMap.listLimit {
            // Too many named bearers to draw: their duties go on the party lines.
            for id in named.keys.sorted() {
                for item in named[id] ?? [] where !partyDuties.contains(item) { partyDuties.append(item) }
            }
        }
        let states = i.parties.filter { graph.actor($0)?.kind == .state }
        let longList = states.count > WorldMap.listLimit
        var out: [Relation] = []
        for (id, items) in protected.sorted(by: { $0.key < $1.key }) {
            out.append(
                Relation(from: i.id, to: id, kind: .protects, label: "protects\n" + items.joined(separator: "\n")))
        }
        for p in i.parties where named[p] == nil && protected[p] == nil {
            let isOrganization = graph.actor(p)?.kind == .organization
            guard isOrganization || !longList else { continue }
            out.append(Relation(from: i.id, to: p, kind: .party, label: partyDuties.joined(separator: "\n")))
        }
        if named.count <= WorldMap.listLimit {
            for (id, items) in named.sorted(by: { $0.key < $1.key }) {
                out.append(Relation(from: i.id, to: id, kind: .bearer, label: items.joined(separator: "\n")))
            }
        }
        return out
    }

    /// `assist`, `consult 24 h`, `aid 12–72 h`.
    static func duty(_ o: Obligation) -> String {
        guard let w = o.within else { return o.duty.rawValue }
        return o.duty.rawValue + " " + OutcomeText.window(lower: w.lower, upper: w.upper) + (w.upper > 0 ? " h" : "")
    }

    /// The map as DOT text.
    public func dot() -> String {
        var b = DOTBuilder()
        let instrumentNodes = self.instrumentNodes()
        var visible: [Relation] = instrumentNodes.flatMap(relations)
        for d in graph.deployments where isShown(d.id) {
            if let host = d.host {
                visible.append(Relation(from: d.id, to: host, kind: .host, label: "hosted at \(d.at)"))
            }
            for c in d.contributors { visible.append(Relation(from: c, to: d.id, kind: .contributor, label: "")) }
        }
        visible = visible.filter {
            isShown($0.to) && isShown($0.from) || $0.from.hasPrefix("family:") && isShown($0.to)
        }
        var nodes = Set(visible.flatMap { [$0.from, $0.to] })
        if let shown { nodes.formUnion(shown.filter { graph.actor($0) != nil }) }
        // Memberships: for every state drawn, a thin line to each organization drawn.
        for a in graph.actors where a.kind == .organization && nodes.contains(a.id) {
            for m in a.members where nodes.contains(m) {
                visible.append(Relation(from: m, to: a.id, kind: .member, label: ""))
            }
        }

        for a in graph.actors where nodes.contains(a.id) {
            if a.kind == .organization {
                let members = graph.index.states(of: a.id).map { graph.index.actorIDs[$0] }
                b.node(
                    "n:\(a.id)",
                    [
                        ("shape", "folder"), ("style", "filled"), ("fillcolor", "#E8EEF7"), ("color", "#334455"),
                        ("label", "\(a.id)\n\(DOT.wrap(a.name, width: 24))\n\(members.count) members"),
                        (
                            "tooltip",
                            "\(a.name): " + members.joined(separator: ", ") + (a.note.map { "\nNote: " + $0 } ?? "")
                        ),
                        ("class", "actor organization"),
                    ])
            } else if a.kind == .group {
                // A group is drawn apart from the states: dashed, and says what it is.
                b.node(
                    "n:\(a.id)",
                    [
                        ("shape", "box"), ("style", "rounded,dashed"),
                        ("label", "\(a.id)\n\(DOT.wrap(a.name, width: 22))\n(group)"),
                        ("tooltip", NameBook(graph: graph).actorTooltip(a.id)), ("class", "actor group"),
                    ])
            } else {
                b.node(
                    "n:\(a.id)",
                    [
                        ("shape", "box"), ("style", "rounded"), ("label", "\(a.id)\n\(DOT.wrap(a.name, width: 22))"),
                        ("tooltip", NameBook(graph: graph).actorTooltip(a.id)), ("class", "actor state"),
                    ])
            }
        }
        for node in instrumentNodes
        where nodes.contains(node.id) || node.members.contains(where: { nodes.contains($0.id) }) {
            b.node("n:\(node.id)", instrumentAttributes(node))
        }
        for d in graph.deployments where nodes.contains(d.id) {
            b.node(
                "n:\(d.id)",
                [
                    ("shape", "component"), ("style", "filled"), ("fillcolor", "#E3F2E1"),
                    ("label", "\(DOT.wrap(d.name, width: 24))\n\(d.config.rawValue) · \(d.status.rawValue)"),
                    ("tooltip", "\(d.name) (\(d.id))" + (d.note.map { "\nNote: " + $0 } ?? "")),
                    ("class", "deployment"),
                ])
        }
        for r in visible {
            b.edge("n:\(r.from)", "n:\(r.to)", lineAttributes(r))
        }
        let title = (graph.title ?? "World map") + (shown == nil ? "" : " (focus)")
        return b.document(
            name: "world",
            graphAttributes: [
                ("label", title), ("labelloc", "t"), ("fontname", Style.font), ("fontsize", "16"), ("rankdir", "LR"),
                ("nodesep", "0.15"), ("ranksep", "1.1"), ("overlap", "false"),
            ], node: [("fontname", Style.font), ("fontsize", "10")],
            edge: [("fontname", Style.font), ("fontsize", "8")])
    }

    /// A relation's line: its kind's colour and shape; an inactive instrument's
    /// lines dimmed and dashed, a proposal's dotted in the proposal colour.
    func lineAttributes(_ r: Relation) -> [(String, String)] {
        var attrs: [(String, String)]
        switch r.kind {
        case .party: attrs = [("color", "#444444"), ("arrowhead", "none")]
        case .protects: attrs = [("color", "#8A3A00"), ("arrowhead", "odot"), ("penwidth", "1.4")]
        case .bearer: attrs = [("color", "#0072B2")]
        case .host: attrs = [("color", "#2E7D32"), ("style", "bold")]
        case .contributor: attrs = [("color", "#2E7D32"), ("style", "dashed")]
        case .member: attrs = [("color", "#AAAAAA"), ("style", "dotted"), ("arrowhead", "empty")]
        }
        let instrument =
            graph.instrument(r.from)
            ?? (r.from.hasPrefix("family:") ? graph.instrument(String(r.from.dropFirst("family:".count))) : nil)
        if let instrument, instrument.status.isInactive {
            attrs = DOT.overriding(attrs, with: [("color", "#AAAAAA"), ("fontcolor", "#888888"), ("style", "dashed")])
        } else if let instrument, instrument.status.isUnadopted {
            attrs = DOT.overriding(
                attrs, with: [("color", "#A66F00"), ("fontcolor", "#7A5200"), ("style", "dotted"), ("penwidth", "2")])
        }
        if !r.label.isEmpty {
            attrs.append(("label", r.label))
        }
        attrs.append(("class", "relation \(r.kind.rawValue)"))
        return attrs
    }

    func instrumentAttributes(_ node: InstrumentNode) -> [(String, String)] {
        let i = node.first
        let dim = i.status.isInactive
        var label: String
        var tooltip: String
        if node.members.count > 1 {
            let partners = node.members.flatMap(\.parties).filter { p in
                !node.members.allSatisfy { $0.parties.contains(p) }
            }
            let title = DOT.wrap(i.title, width: 34)
            label = "\(node.members.count) × \(title)\n\(i.status.rawValue), \(i.force.rawValue)"
            tooltip = "\(node.members.count) alike instruments, one per partner: " + partners.joined(separator: ", ")
        } else {
            let states = i.parties.filter { graph.actor($0)?.kind == .state }
            label =
                "\(i.short)\n\(DOT.wrap(i.title, width: 34))\n\(i.status.rawValue), "
                + "\(i.force.rawValue)\(i.date.map { ", \($0)" } ?? "")"
            if states.count > WorldMap.listLimit {
                label +=
                    "\nparties: \(states.count) states" + (i.parties.count > states.count ? " + organizations" : "")
            }
            tooltip =
                i.title + "\nParties: " + i.parties.joined(separator: ", ") + (i.note.map { "\nNote: " + $0 } ?? "")
        }
        if i.status.isUnadopted {
            label += "\n(proposal, not in force)"
        }
        var attrs: [(String, String)] = [
            ("shape", "note"), ("style", dim ? "dashed,filled" : i.status.isUnadopted ? "dotted,filled" : "filled"),
            ("fillcolor", dim ? "#EEEEEE" : i.status.isUnadopted ? "#FFF1D6" : "#FFFFFF"),
            ("color", i.status.isUnadopted ? "#A66F00" : "#444444"),
            ("fontcolor", dim ? "#777777" : "#000000"), ("label", label), ("tooltip", tooltip), ("class", "instrument"),
        ]
        if node.members.count == 1, let url = DOT.safeLink(i.source) { attrs += [("URL", url), ("target", "_blank")] }
        return attrs
    }

    private func isShown(_ id: String) -> Bool { shown?.contains(id) ?? true }
}
