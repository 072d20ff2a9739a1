/// The world, or one scenario's obligations, as a graph other tools read:
/// GraphML and GEXF (NetworkX, Gephi, Cytoscape) and node-link JSON. Pure
/// functions from the model to text, like the DOT encoder.
package struct GraphExport: Sendable {
    package enum Format: String, Sendable, CaseIterable { case graphml, gexf, json }

    /// A node or an edge attribute: text, a whole number or a truth value.
    package enum Value: Sendable, Hashable {
        case text(String)
        case number(Int)
        case flag(Bool)
    }

    package struct Node: Sendable, Hashable {
        package let id: String
        package let attributes: [String: Value]
    }

    package struct Edge: Sendable, Hashable {
        package let source: String
        package let target: String
        package let attributes: [String: Value]
    }

    package let name: String
    package let nodes: [Node]
    package let edges: [Edge]

    /// The world: actors, places, deployments and instruments as nodes; membership,
    /// within, party, protects, obligation, contributor and host edges.
    package init(world: Graph) {
        var nodes: [Node] = []
        var edges: [Edge] = []
        func actor(_ id: String) -> String { "actor:\(id)" }
        func placeNode(_ id: String) -> String { world.actor(id) != nil ? actor(id) : "place:\(id)" }
        for a in world.actors {
            var attributes: [String: Value] = ["type": .text(a.kind.rawValue), "label": .text(a.name)]
            if !a.tags.isEmpty { attributes["tags"] = .text(a.tags.joined(separator: " ")) }
            nodes.append(Node(id: actor(a.id), attributes: attributes))
            for m in a.members {
                edges.append(Edge(source: actor(m), target: actor(a.id), attributes: ["relation": .text("member")]))
            }
            for w in a.within {
                edges.append(Edge(source: actor(a.id), target: placeNode(w), attributes: ["relation": .text("within")]))
            }
        }
        for p in world.places {
            nodes.append(Node(id: "place:\(p.id)", attributes: ["type": .text("place"), "label": .text(p.name)]))
            for w in p.within {
                edges.append(
                    Edge(source: "place:\(p.id)", target: placeNode(w), attributes: ["relation": .text("within")]))
            }
        }
        for d in world.deployments {
            nodes.append(
                Node(
                    id: "deployment:\(d.id)",
                    attributes: [
                        "type": .text("deployment"), "label": .text(d.name),
                        "config": .text(d.config.rawValue), "status": .text(d.status.rawValue),
                    ]))
            for c in d.contributors {
                edges.append(
                    Edge(source: actor(c), target: "deployment:\(d.id)", attributes: ["relation": .text("contributor")])
                )
            }
            if let host = d.host {
                edges.append(
                    Edge(source: "deployment:\(d.id)", target: actor(host), attributes: ["relation": .text("host")]))
            }
        }
        for i in world.instruments {
            let node = "instrument:\(i.id)"
            nodes.append(
                Node(
                    id: node,
                    attributes: [
                        "type": .text("instrument"), "label": .text(i.title), "form": .text(i.form.rawValue),
                        "status": .text(i.status.rawValue), "force": .text(i.force.rawValue),
                    ]))
            for p in i.parties {
                edges.append(Edge(source: actor(p), target: node, attributes: ["relation": .text("party")]))
            }
            for c in i.clauses {
                var protected: [String] = []
                for t in c.when {
                    switch t.attackOn {
                    case .listed(let ids):
                        protected += ids.map { world.deployment($0) != nil ? "deployment:\($0)" : actor($0) }
                    case .any: break
                    default: protected += i.parties.map(actor)
                    }
                }
                for target in Array(Set(protected)).sorted() {
                    edges.append(
                        Edge(
                            source: node, target: target,
                            attributes: [
                                "relation": .text("protects"), "clause": .text(c.id),
                                "duties": .text(c.then.map(\.duty.rawValue).joined(separator: " ")),
                            ]))
                }
                for o in c.then where o.duty != .refrain {
                    // Each state bears its own obligation (an organization only as a collective bearer):
                    // an edge to NATO for Article 5 would say the Alliance bears what its members do.
                    let written: [String]
                    switch o.bearers {
                    case .listed(let ids): written = ids
                    default: written = i.parties
                    }
                    let bearers =
                        o.collective
                        ? written
                        : Array(Set(written.flatMap { world.index.states(of: $0) }.map { world.index.actorIDs[$0] }))
                            .sorted()
                    for b in bearers {
                        var attributes: [String: Value] = [
                            "relation": .text("obligation"), "clause": .text(c.id), "duty": .text(o.duty.rawValue),
                            "force": .text((o.force ?? i.force).rawValue),
                            "decision": .text(o.decision.phrase(o.majority)), "collective": .flag(o.collective),
                        ]
                        if !o.subjectTo.isEmpty { attributes["conditions"] = .text(o.subjectTo.joined(separator: " ")) }
                        if let w = o.within { attributes["hours"] = .number(w.lower) }
                        edges.append(Edge(source: node, target: actor(b), attributes: attributes))
                    }
                }
            }
        }
        self.name = world.title ?? "casus"
        self.nodes = nodes
        self.edges = edges
    }

    /// One scenario's obligations: an edge from each bearer to whom it owes, per
    /// chain kept, with that chain's own status (not the actor's best: a second
    /// chain may rest on a reading the first does not), duty, modality, depth,
    /// the readings, proposals and states' choices to join it rests on, its conditions and the chain in words.
    package init(scenario id: String, outcome: Outcome, graph: Graph) {
        let text = OutcomeText(graph: graph)
        var nodes: [String: Node] = [:]
        var edges: [Edge] = []
        for a in outcome.actors {
            nodes[a.id] = Node(id: a.id, attributes: ["label": .text(a.name), "status": .text(a.status.rawValue)])
            for c in a.chains {
                guard let final = c.final else { continue }
                if nodes[final.owedTo] == nil, let owed = graph.actor(final.owedTo) {
                    nodes[final.owedTo] = Node(
                        id: owed.id, attributes: ["label": .text(owed.name), "status": .text("unaffected")])
                }
                var attributes: [String: Value] = [
                    "status": .text(Self.status(of: c, actor: a)), "duty": .text(c.duty.rawValue),
                    "modality": .text(c.isPermission ? "may" : "must"),
                    "readings": .text(Self.relied(on: c).joined(separator: " ")),
                    "proposals": .text(c.proposals.joined(separator: " ")),
                    "subject_to": .text(c.subjectTo.joined(separator: " ")),
                    "force": .text(c.force.rawValue),
                    "depth": .number(c.depth), "instrument": .text(final.instrument),
                    "clause": .text(final.clause),
                    "chain": .text(text.compact(c)),
                ]
                // The states whose choice to join the chain rests on: only where there are some.
                if !c.choices.isEmpty { attributes["choices"] = .text(c.choices.joined(separator: " ")) }
                edges.append(Edge(source: a.id, target: final.owedTo, attributes: attributes))
            }
        }
        self.name = id
        self.nodes =
            outcome.actors.compactMap { nodes[$0.id] }
            + nodes.values.filter { n in !outcome.actors.contains { $0.id == n.id } }
            .sorted { $0.id < $1.id }
        self.edges = edges
    }

    /// The chain's own status; the actor's where the actor's row is not a chain's
    /// (the victim, the attacker).
    static func status(of c: Chain, actor a: ActorOutcome) -> String {
        if a.status == .victim || a.status == .attacker { return a.status.rawValue }
        return c.status(through: c.steps.count - 1).rawValue
    }

    /// Every reading the chain's steps relied on — contested, and accepted ones too
    /// (an accepted reading is an assumption the run made, still worth a filter).
    static func relied(on c: Chain) -> [String] {
        var out: [String] = []
        for case .clause(let step) in c.steps {
            for r in step.readings where !out.contains(r) { out.append(r) }
        }
        return out
    }

    package func rendered(as format: Format) -> String {
        switch format {
        case .graphml: return graphML()
        case .gexf: return gexf()
        case .json: return json().rendered()
        }
    }

    // MARK: Encoders

    /// Every attribute key with its type, in a fixed order.
    private func keys(_ attributes: [[String: Value]]) -> [(name: String, type: String)] {
        var types: [String: String] = [:]
        for a in attributes {
            for (k, v) in a {
                switch v {
                case .text: types[k] = "string"
                case .number: types[k] = types[k] ?? "int"
                case .flag: types[k] = types[k] ?? "boolean"
                }
            }
        }
        return types.keys.sorted().map { ($0, types[$0] ?? "string") }
    }

    private static func plain(_ v: Value) -> String {
        switch v {
        case .text(let s): return s
        case .number(let n): return String(n)
        case .flag(let b): return b ? "true" : "false"
        }
    }

    func graphML() -> String {
        var out = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        out += "<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\">\n"
        let nodeKeys = keys(nodes.map(\.attributes))
        let edgeKeys = keys(edges.map(\.attributes))
        for k in nodeKeys {
            out +=
                "  <key id=\"n_\(XML.escape(k.name))\" for=\"node\" attr.name=\"\(XML.escape(k.name))\" "
                + "attr.type=\"\(k.type)\"/>\n"
        }
        for k in edgeKeys {
            out +=
                "  <key id=\"e_\(XML.escape(k.name))\" for=\"edge\" attr.name=\"\(XML.escape(k.name))\" "
                + "attr.type=\"\(k.type)\"/>\n"
        }
        out += "  <graph id=\"\(XML.escape(name))\" edgedefault=\"directed\">\n"
        for n in nodes {
            out += "    <node id=\"\(XML.escape(n.id))\">"
            for k in nodeKeys {
                if let v = n.attributes[k.name] {
                    out += "<data key=\"n_\(XML.escape(k.name))\">\(XML.escape(Self.plain(v)))</data>"
                }
            }
            out += "</node>\n"
        }
        for (m, e) in edges.enumerated() {
            out += "    <edge id=\"e\(m)\" source=\"\(XML.escape(e.source))\" target=\"\(XML.escape(e.target))\">"
            for k in edgeKeys {
                if let v = e.attributes[k.name] {
                    out += "<data key=\"e_\(XML.escape(k.name))\">\(XML.escape(Self.plain(v)))</data>"
                }
            }
            out += "</edge>\n"
        }
        return out + "  </graph>\n</graphml>\n"
    }

    func gexf() -> String {
        func type(_ t: String) -> String { t == "int" ? "integer" : t }
        var out = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        out += "<gexf xmlns=\"http://www.gexf.net/1.2draft\" version=\"1.2\">\n"
        out += "  <graph mode=\"static\" defaultedgetype=\"directed\">\n"
        let nodeKeys = keys(nodes.map(\.attributes))
        let edgeKeys = keys(edges.map(\.attributes))
        out += "    <attributes class=\"node\">\n"
        for (n, k) in nodeKeys.enumerated() {
            out += "      <attribute id=\"\(n)\" title=\"\(XML.escape(k.name))\" type=\"\(type(k.type))\"/>\n"
        }
        out += "    </attributes>\n    <attributes class=\"edge\">\n"
        for (n, k) in edgeKeys.enumerated() {
            out += "      <attribute id=\"\(n)\" title=\"\(XML.escape(k.name))\" type=\"\(type(k.type))\"/>\n"
        }
        out += "    </attributes>\n    <nodes>\n"
        for node in nodes {
            let label = node.attributes["label"].map(Self.plain) ?? node.id
            out += "      <node id=\"\(XML.escape(node.id))\" label=\"\(XML.escape(label))\"><attvalues>"
            for (n, k) in nodeKeys.enumerated() {
                if let v = node.attributes[k.name] {
                    out += "<attvalue for=\"\(n)\" value=\"\(XML.escape(Self.plain(v)))\"/>"
                }
            }
            out += "</attvalues></node>\n"
        }
        out += "    </nodes>\n    <edges>\n"
        for (m, e) in edges.enumerated() {
            out +=
                "      <edge id=\"\(m)\" source=\"\(XML.escape(e.source))\" "
                + "target=\"\(XML.escape(e.target))\"><attvalues>"
            for (n, k) in edgeKeys.enumerated() {
                if let v = e.attributes[k.name] {
                    out += "<attvalue for=\"\(n)\" value=\"\(XML.escape(Self.plain(v)))\"/>"
                }
            }
            out += "</attvalues></edge>\n"
        }
        return out + "    </edges>\n  </graph>\n</gexf>\n"
    }

    /// Node-link JSON as NetworkX's `node_link_graph` reads it (`edges="edges"`).
    func json() -> JSONValue {
        func value(_ v: Value) -> JSONValue {
            switch v {
            case .text(let s): return .string(s)
            case .number(let n): return .int(n)
            case .flag(let b): return .bool(b)
            }
        }
        func fields(_ a: [String: Value]) -> [(String, JSONValue)] {
            a.keys.sorted().compactMap { k in a[k].map { (k, value($0)) } }
        }
        return .object([
            ("directed", .bool(true)),
            ("multigraph", .bool(true)),
            ("graph", .object([("name", .string(name))])),
            ("nodes", .array(nodes.map { .object([("id", .string($0.id))] + fields($0.attributes)) })),
            (
                "edges",
                .array(
                    edges.enumerated().map { m, e in
                        .object(
                            [("source", .string(e.source)), ("target", .string(e.target)), ("key", .int(m))]
                                + fields(e.attributes))
                    })
            ),
        ])
    }
}

/// Text in XML or HTML attributes and elements: the five special characters
/// escaped, so no string from a graph file can close a tag or an attribute.
package enum XML {
    package static func escape(_ s: String) -> String {
        var out = ""
        out.reserveCapacity(s.count)
        for c in s.unicodeScalars {
            switch c {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            default: out.unicodeScalars.append(c)
            }
        }
        return out
    }
}
