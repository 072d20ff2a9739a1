import CasusKit

/// The trigger diagram: the attack on the left, then the victims, the clauses
/// met and the obligated actors, coloured by status; edges styled by what the
/// chain rests on; blocked and inactive clauses dimmed; a legend and a title.
/// Actors whose best chains differ only in the bearer are drawn as one node.
public struct TriggerDiagram {
    public let graph: Graph
    public let outcome: Outcome
    public let title: String?

    public init(graph: Graph, outcome: Outcome, title: String? = nil) {
        self.graph = graph; self.outcome = outcome; self.title = title
    }

    /// Actors drawn together: same status and the same best chain but for its bearer.
    struct Group {
        var members: [ActorOutcome]
        let chain: Chain
        let status: Status
    }

    public func dot() -> String { render().dot }

    /// The DOT text and, with an `idPrefix`, each actor's path through the
    /// diagram as SVG element ids (what the HTML report highlights).
    public func render(idPrefix: String? = nil) -> (dot: String, paths: [String: [String]]) {
        var b = DOTBuilder()
        b.idPrefix = idPrefix
        var pathNames: [String: Set<String>] = [:]   // actor → node names and "from→to" edge keys
        let victims = outcome.actors.filter { $0.status == .victim }

        for (n, a) in outcome.scenario.attacks.enumerated() {
            let by = graph.actor(a.by)?.name ?? a.by
            b.node("attack:\(n)", Style.attackNode + [("label", "\(by) attacks\n\(targetLabel(a.target))\(a.nuclear ? "\n(nuclear)" : "")"),
                                                      ("tooltip", "\(a.by) attacks \(a.target)")])
        }
        for v in victims {
            b.node("actor:\(v.id)", Style.actorNode(.victim) + [("label", "\(v.id)\n\(DOT.clip(v.name, 28))\nvictim"), ("tooltip", v.name)])
        }
        for (n, a) in outcome.scenario.attacks.enumerated() {
            for (victim, how) in initialVictims(of: a) where victims.contains(where: { $0.id == victim }) {
                b.edge("attack:\(n)", "actor:\(victim)", Style.Basis.established.edge + [("label", how)])
                pathNames[victim, default: []].formUnion(["attack:\(n)", "actor:\(victim)", "attack:\(n)→actor:\(victim)"])
            }
        }

        var drawnEdges = Set<String>()
        var drawnNodes = Set<String>(victims.map { "actor:\($0.id)" })
        var usedClauses: [String: (Instrument, Clause)] = [:]
        let groups = self.groups()

        for (n, g) in groups.enumerated() {
            let ids = g.members.map(\.id)
            let label = DOT.wrap(ids.count > 12 ? ids.prefix(11).joined(separator: " ") + " … +\(ids.count - 11)" : ids.joined(separator: " "), width: 24)
            b.node("group:\(n)", Style.actorNode(g.status) + [("label", "\(label)\n\(g.status.rawValue)"),
                                                             ("tooltip", g.members.map { "\($0.id) \($0.name)" }.joined(separator: "\n"))])
            drawnNodes.insert("group:\(n)")
            var names: Set<String> = ["group:\(n)"]
            defer { for m in g.members { pathNames[m.id, default: []].formUnion(names) } }
            var previous: String? = nil
            // Each segment is styled by what the chain rests on up to that point.
            var basis = Style.Basis.established
            func rest(on b: Style.Basis) {
                let order: [Style.Basis] = [.established, .contested, .proposal, .escalation]
                if (order.firstIndex(of: b) ?? 0) > (order.firstIndex(of: basis) ?? 0) { basis = b }
            }
            for (k, step) in g.chain.steps.enumerated() {
                let isLast = k == g.chain.steps.count - 1
                switch step {
                case .attack(let a) where a.hypothetical: rest(on: .escalation)
                case .clause(let c):
                    if g.chain.proposals.contains(c.instrument) { rest(on: .proposal) }
                    if let r = c.reading, g.chain.readings.contains(r) { rest(on: .contested) }
                default: break
                }
                switch step {
                case .attack(let a):
                    let node: String
                    if a.hypothetical {
                        node = "strike:\(a.by)>\(a.victim)"
                        if drawnNodes.insert(node).inserted {
                            b.node(node, Style.strikeNode + [("label", "if \(a.by) strikes\n\(a.victim) territory"),
                                                             ("tooltip", "Hypothetical escalation: \(a.by) strikes the territory of \(a.victim)")])
                        }
                    } else {
                        node = "actor:\(a.victim)"
                        if drawnNodes.insert(node).inserted {
                            b.node(node, Style.actorNode(.victim) + [("label", a.victim)])
                        }
                        for k in outcome.scenario.attacks.indices { names.formUnion(["attack:\(k)", "attack:\(k)→\(node)"]) }
                    }
                    if let p = previous, drawnEdges.insert("\(p)→\(node)").inserted { b.edge(p, node, basis.edge) }
                    if let p = previous { names.insert("\(p)→\(node)") }
                    names.insert(node)
                    previous = node
                case .clause(let c):
                    guard let inst = graph.instrument(c.instrument), let clause = inst.clauses.first(where: { $0.id == c.clause }) else { continue }
                    let cnode = "clause:\(c.instrument)/\(c.clause)"
                    usedClauses[cnode] = (inst, clause)
                    if let p = previous, drawnEdges.insert("\(p)→\(cnode)").inserted { b.edge(p, cnode, basis.edge) }
                    if let p = previous { names.insert("\(p)→\(cnode)") }
                    // An intermediate bearer is drawn on its own ("via"), even when it also
                    // sits in a group, so the path reads bearer by bearer.
                    let target = isLast ? "group:\(n)" : "via:\(c.bearer)"
                    if !isLast, drawnNodes.insert(target).inserted {
                        b.node(target, Style.actorNode(outcome.actor(c.bearer)?.status ?? .bound)
                               + [("label", c.bearer), ("tooltip", "\(graph.actor(c.bearer)?.name ?? c.bearer), engaged on this path")])
                    }
                    if drawnEdges.insert("\(cnode)→\(target)").inserted {
                        b.edge(cnode, target, basis.edge + [("label", edgeLabel(inst, c, hours: isLast ? g.chain : nil)),
                                                            ("tooltip", "\(inst.short) \(c.cite): \(c.duty.rawValue) owed to \(c.owedTo)")])
                    }
                    names.formUnion([cnode, target, "\(cnode)→\(target)"])
                    previous = target
                }
            }
        }
        for key in usedClauses.keys.sorted() {
            guard let (inst, clause) = usedClauses[key] else { continue }
            var attrs = Style.clauseNode + [("label", "\(inst.short)\n\(clause.cite)\(inst.status.isUnadopted ? (outcome.scenario.adopt.contains(inst.id) ? "\n(adopted in this scenario)" : "\n(\(inst.status.rawValue), not adopted)") : "")"),
                                            ("tooltip", ClauseDescription.tooltip(inst, clause))]
            if let url = DOT.safeLink(inst.source) { attrs += [("URL", url), ("target", "_blank")] }
            b.node(key, attrs)
        }
        for (actor, names) in drawBlockedAndInactive(into: &b) { pathNames[actor, default: []].formUnion(names) }
        Style.legend(into: &b, statuses: Status.allCases)
        var paths: [String: [String]] = [:]
        if idPrefix != nil {
            for (actor, names) in pathNames {
                paths[actor] = names.compactMap { $0.contains("→") ? b.edgeIDs[$0] : b.nodeIDs[$0] }.sorted()
            }
        }
        return (b.document(name: "casus", graphAttributes: [
            ("label", heading()), ("labelloc", "t"), ("fontname", Style.font), ("fontsize", "16"), ("rankdir", "LR"),
            ("nodesep", "0.25"), ("ranksep", "0.6"), ("newrank", "true"), ("tooltip", heading()),
        ], node: [("fontname", Style.font), ("fontsize", "11")], edge: [("fontname", Style.font), ("fontsize", "9")]), paths)
    }

    func groups() -> [Group] {
        var out: [Group] = []
        var index: [String: Int] = [:]
        for a in outcome.actors where a.status != .attacker && a.status != .victim && a.status != .blocked {
            guard let c = a.chains.first else { continue }
            let key = signature(c, status: a.status)
            if let n = index[key] { out[n].members.append(a) } else { index[key] = out.count; out.append(Group(members: [a], chain: c, status: a.status)) }
        }
        return out
    }

    /// The chain with its final bearer blanked: actors sharing it share a node.
    func signature(_ c: Chain, status: Status) -> String {
        var parts = [status.rawValue, c.duty.rawValue, c.force.rawValue, "\(c.hours ?? -1)-\(c.hoursMax ?? -1)", c.subjectTo.joined(separator: ",")]
        for (k, s) in c.steps.enumerated() {
            switch s {
            case .attack(let a): parts.append("a:\(a.victim):\(a.target.rawValue):\(a.place):\(a.by):\(a.hypothetical)")
            case .clause(let x): parts.append("c:\(x.instrument)/\(x.clause)/\(x.reading ?? ""):\(k == c.steps.count - 1 ? "" : x.bearer):\(x.owedTo)")
            }
        }
        return parts.joined(separator: "|")
    }

    func edgeLabel(_ inst: Instrument, _ c: ClauseStep, hours chain: Chain?) -> String {
        var s = "\(inst.short) \(c.cite)\n\(c.duty.rawValue)"
        if let w = c.within {
            let window = OutcomeText.window(lower: w.lower, upper: w.upper)
            s += window == "immediately" ? " · immediately" : " · \(window) h"
        }
        if let r = c.reading { s += "\n[\(r)]" }
        return s
    }

    func heading() -> String {
        let s = outcome.scenario
        var t = title ?? s.title ?? s.attacks.map { "\($0.by) attacks \($0.target)" }.joined(separator: "; ")
        if let id = s.id, title == nil { t += " (\(id))" }
        var assumptions = ["depth \(s.depth)"]
        if !s.accept.isEmpty { assumptions.append("accepting " + s.accept.joined(separator: ", ")) }
        if !s.reject.isEmpty { assumptions.append("rejecting " + s.reject.joined(separator: ", ")) }
        if !s.adopt.isEmpty { assumptions.append("adopting " + s.adopt.joined(separator: ", ")) }
        if !s.without.isEmpty { assumptions.append("without " + s.without.joined(separator: ", ")) }
        if !s.aligned.isEmpty { assumptions.append("aligned " + s.aligned.joined(separator: ", ")) }
        if !s.vetoes.isEmpty { assumptions.append("vetoes by " + s.vetoes.joined(separator: ", ")) }
        let kinds = Set(s.attacks.map(\.kind)).subtracting([.armedAttack]).map(\.rawValue).sorted()
        if !kinds.isEmpty { assumptions.append("event: " + kinds.joined(separator: ", ")) }
        if s.attacks.contains(where: \.nuclear) { assumptions.append("nuclear") }
        if !s.duties.isEmpty { assumptions.append("duties " + s.duties.map(\.rawValue).joined(separator: ", ")) }
        return t + "\n" + assumptions.joined(separator: " · ")
    }

    func targetLabel(_ target: String) -> String {
        if let d = graph.deployment(target) { return "\(d.name)\n(\(d.id), \(d.at))" }
        if let a = graph.actor(target) { return a.name }
        return target
    }

    /// Who an attack makes a victim of, and how (for the first edges).
    func initialVictims(of a: AnalysedScenario.AttackEcho) -> [(String, String)] {
        let ix = graph.index
        switch ix.resolveTarget(a.target) {
        case .success(.deployment(let id)):
            guard let d = graph.deployment(id) else { return [] }
            let contributors = Set(d.contributors.flatMap { ix.states(of: $0) }.map { ix.actorIDs[$0] })
            let host = d.host.map { [($0, "territory at \(d.at)")] } ?? []
            return contributors.sorted().map { ($0, "forces at \(d.at)") } + host
        case .success(.forces(let state, let place)): return [(state, "forces at \(place)")]
        case .success(.vessels(let state, let place)): return [(state, "vessels at \(place)")]
        case .success(.state(let id)): return [(id, "territory")]
        case .success(.place(let id)):
            guard let p = ix.placeIndex[id], let s = ix.territoryState(of: p) else { return [] }
            return [(ix.actorIDs[s], "territory at \(id)")]
        case .failure: return []
        }
    }

    /// Draws the blocked and inactive clauses; returns, per bearer, the names drawn for it.
    func drawBlockedAndInactive(into b: inout DOTBuilder) -> [String: Set<String>] {
        var names: [String: Set<String>] = [:]
        let f = OutcomeText(graph: graph)
        for bc in outcome.blocked {
            let id = "blocked:\(bc.instrument)/\(bc.clause)/\(bc.reason.rawValue)" + (bc.reading.map { "/" + $0 } ?? "")
            let inst = graph.instrument(bc.instrument)
            let bearers = bc.bearers.count > 10 ? bc.bearers.prefix(9).joined(separator: " ") + " … +\(bc.bearers.count - 9)" : bc.bearers.joined(separator: " ")
            var label = "\(inst?.short ?? bc.instrument) \(bc.cite)\nblocked: \(f.reasonText(bc))"
            if bc.proposal { label += "\n(unadopted proposal)" }
            if let r = bc.reading { label += "\n(under reading \(r))" }
            var attrs = Style.blockedNode + [("label", label + "\n\(DOT.wrap(bearers, width: 30))")]
            if let inst, let clause = inst.clauses.first(where: { $0.id == bc.clause }) {
                attrs.append(("tooltip", ClauseDescription.tooltip(inst, clause) + "\nBlocked for: " + bc.bearers.joined(separator: ", ")))
                if let url = DOT.safeLink(inst.source) { attrs += [("URL", url), ("target", "_blank")] }
            }
            b.node(id, attrs)
            b.edge("attack:0", id, Style.blockedEdge + [("label", bc.reason.rawValue)])
            for bearer in bc.bearers { names[bearer, default: []].formUnion([id, "attack:0→\(id)"]) }
        }
        for ic in outcome.inactive {
            let id = "inactive:\(ic.instrument)/\(ic.clause)"
            let inst = graph.instrument(ic.instrument)
            // Name whose obligations are withheld: a breach releases only the party in breach.
            let bearers = ic.bearers.count > 6 ? "\(ic.bearers.count) bearers" : ic.bearers.joined(separator: ", ")
            var label = "\(inst?.short ?? ic.instrument) \(ic.cite)\ninactive for \(bearers): \(ic.status.rawValue)"
            if !ic.violatedBy.isEmpty {
                label += " by " + ic.violatedBy.joined(separator: ", ")
            }
            var attrs = Style.inactiveNode + [("label", label)]
            if let inst, let clause = inst.clauses.first(where: { $0.id == ic.clause }) {
                attrs.append(("tooltip", ClauseDescription.tooltip(inst, clause)))
                if let url = DOT.safeLink(inst.source) { attrs += [("URL", url), ("target", "_blank")] }
            }
            b.node(id, attrs)
            b.edge("attack:0", id, Style.blockedEdge + [("label", "inactive")])
        }
        for br in outcome.breached {
            let id = "breached:\(br.instrument)/\(br.clause)/\(br.by)/\(br.towards)"
            let inst = graph.instrument(br.instrument)
            let label = "\(inst?.short ?? br.instrument) \(br.cite)\nbreached: \(br.by) undertook\nto refrain from force against \(br.towards)"
            var attrs = Style.inactiveNode + [("label", label)]
            if let inst, let clause = inst.clauses.first(where: { $0.id == br.clause }) {
                attrs.append(("tooltip", ClauseDescription.tooltip(inst, clause)))
                if let url = DOT.safeLink(inst.source) { attrs += [("URL", url), ("target", "_blank")] }
            }
            b.node(id, attrs)
            b.edge("attack:0", id, Style.blockedEdge + [("label", "breached")])
        }
        return names
    }
}
