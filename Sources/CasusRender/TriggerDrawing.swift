import CasusKit

/// The state of one trigger diagram while it is drawn: the DOT so far, what is
/// already drawn (each node and line once), the styles used (for the legend)
/// and, per actor, the names of everything on its paths (for the HTML report).
///
/// Node names: `attack:N` (the scenario's attacks), `actor:ID:STATUS` (one per
/// actor and status of the obligation on that path; victims are `:victim`),
/// `group:N` (actors sharing a chain), `strike:…` (a hypothetical strike),
/// `clause:INSTRUMENT/CLAUSE`, and `blocked:…`, `inactive:…`, `breached:…`.
struct TriggerDrawing {
    let graph: Graph
    let outcome: Outcome
    let names: NameBook
    var b = DOTBuilder()
    var legend = DiagramLegend()
    var drawnNodes = Set<String>()
    var drawnEdges = Set<String>()
    var usedClauses: [String: (Instrument, Clause)] = [:]
    /// Actor → node names and `from→to` edge keys on its paths.
    var pathNames: [String: Set<String>] = [:]

    /// Draw every chain of each actor (an explanation), not only its best.
    var everyChain = false
    /// Where to look for actors holding the same chain as an intermediate bearer.
    var peers: Outcome?

    init(graph: Graph, outcome: Outcome) {
        self.graph = graph
        self.outcome = outcome
        self.names = NameBook(graph: graph)
    }

    /// Actors drawn together: same status and the same best chain but for its bearer.
    struct Group {
        var members: [ActorOutcome]
        let chain: Chain
        let status: Status
    }

    static func actorNode(_ id: String, _ s: Status) -> String { "actor:\(id):\(s.rawValue)" }

    static func strikeNode(_ a: AttackStep) -> String {
        "strike:\(a.by)>\(a.victim)/\(a.target.rawValue)@\(a.place)/\(a.event.rawValue)\(a.nuclear ? "/nuclear" : "")"
    }

    // MARK: Attacks and victims

    mutating func drawAttacks() {
        for (n, a) in outcome.scenario.attacks.enumerated() {
            let attacker = DOT.wrap(names.actor(a.by), width: 26)
            let target = DOT.wrap(names.target(a.target), width: 26)
            var label = "\(attacker)\n\(Self.verb(a.kind))\n\(target)"
            if a.nuclear { label += "\n(nuclear)" }
            var tooltip = "\(a.by) \(a.kind.rawValue): \(a.target)"
            if let d = graph.deployment(a.target) {
                tooltip += "\n\(d.name): \(d.config.rawValue), \(d.status.rawValue), at \(names.place(d.at))"
                if let note = d.note { tooltip += "\nNote: " + note }
            }
            let style = a.kind == .armedAttack ? Style.attackNode : Style.lesserEventNode
            if a.kind != .armedAttack { legend.lesserEvent = true }
            b.node("attack:\(n)", style + [("label", label), ("tooltip", tooltip), ("class", "event attack")])
        }
        let victims = outcome.actors.filter { $0.status == .victim }
        for v in victims {
            drawActor(v.id, .victim)
        }
        // A state that joined by choice is drawn even when no chain passes through it.
        for j in outcome.actors where j.status == .joined {
            drawActor(j.id, .joined)
        }
        for (n, a) in outcome.scenario.attacks.enumerated() {
            for (victim, how, place) in initialVictims(of: a) where victims.contains(where: { $0.id == victim }) {
                let node = Self.actorNode(victim, .victim)
                var tooltip = "\(names.actor(victim)): \(how)"
                if let note = names.placeNote(place) { tooltip += "\nNote on \(names.place(place)): " + note }
                connect("attack:\(n)", node, .established, [("label", how), ("tooltip", tooltip)])
                pathNames[victim, default: []].formUnion(["attack:\(n)", node, "attack:\(n)→\(node)"])
            }
        }
    }

    static func verb(_ kind: EventKind) -> String {
        switch kind {
        case .armedAttack: return "attacks"
        case .incursion: return "makes an incursion into"
        case .threat: return "threatens"
        case .cyber: return "makes a cyber attack on"
        }
    }

    /// Who an attack makes a victim of, how, and where (for the first lines).
    func initialVictims(of a: AnalysedScenario.AttackEcho) -> [(victim: String, how: String, place: String)] {
        let index = graph.index
        switch index.resolveTarget(a.target) {
        case .success(.deployment(let id)):
            guard let d = graph.deployment(id) else { return [] }
            let contributors = Set(d.contributors.flatMap { index.states(of: $0) }.map { index.actorIDs[$0] })
            let host = d.host.map { [($0, "territory at \(names.place(d.at))", d.at)] } ?? []
            return contributors.sorted().map { ($0, "forces at \(names.place(d.at))", d.at) } + host
        case .success(.forces(let state, let place)):
            return [(state, "forces at \(names.place(place))", place)]
        case .success(.vessels(let state, let place)):
            return [(state, "vessels at \(names.place(place))", place)]
        case .success(.shipping(let state, let place)):
            return [(state, "flagged shipping at \(names.place(place))", place)]
        case .success(.state(let id)):
            return [(id, "territory", id)]
        case .success(.place(let id)):
            guard let p = index.placeIndex[id], let s = index.territoryState(of: p) else { return [] }
            return [(index.actorIDs[s], "territory at \(names.place(id))", id)]
        case .failure:
            return []
        }
    }

    // MARK: Chains

    mutating func drawChains() {
        let groups = self.groups()
        // Every (actor, status) an intermediate step needs: such an actor never
        // also sits in a group of that status, so it has exactly one node.
        var via = Set<String>()
        for group in groups {
            for (k, step) in group.chain.steps.enumerated() where k < group.chain.steps.count - 1 {
                if case .clause(let c) = step {
                    via.insert(Self.actorNode(c.bearer, group.chain.status(through: k)))
                }
            }
        }
        for (n, group) in groups.enumerated() {
            let own = group.members.filter { via.contains(Self.actorNode($0.id, group.status)) }
            let rest = group.members.filter { !via.contains(Self.actorNode($0.id, group.status)) }
            var finals: [(node: String, members: [ActorOutcome])] = own.map {
                (Self.actorNode($0.id, group.status), [$0])
            }
            if rest.count == 1, let only = rest.first {
                finals.append((Self.actorNode(only.id, group.status), rest))
            } else if !rest.isEmpty {
                finals.append(("group:\(n)", rest))
            }
            for (node, members) in finals {
                if members.count == 1, let only = members.first {
                    drawActor(only.id, group.status)
                } else {
                    drawGroup(node, members, group.status)
                }
                let onPath = drawPath(group.chain, to: node)
                for m in members {
                    pathNames[m.id, default: []].formUnion(onPath)
                }
            }
        }
    }

    func groups() -> [Group] {
        var out: [Group] = []
        var index: [String: Int] = [:]
        // The war's own sides' duties (Status.standsInTheWar) are not drawn as responses to the attack.
        for a in outcome.actors where !a.status.standsInTheWar && a.status != .blocked {
            if everyChain {
                // Each chain in its own status: the explained actor appears once per status it holds.
                for c in a.chains {
                    out.append(Group(members: [a], chain: c, status: c.status(through: c.steps.count - 1)))
                }
                continue
            }
            guard let c = a.chains.first else { continue }
            let key = signature(c, status: a.status)
            if let n = index[key] {
                out[n].members.append(a)
            } else {
                index[key] = out.count
                out.append(Group(members: [a], chain: c, status: a.status))
            }
        }
        return out
    }

    /// The chain with its final bearer blanked: actors sharing it share a node.
    func signature(_ c: Chain, status: Status) -> String {
        let terms = [
            c.duty.rawValue, c.force.rawValue,
            "\(c.hours.map(String.init) ?? "none")-\(c.hoursMax.map(String.init) ?? "none")",
            c.subjectTo.joined(separator: ","),
        ]
        return Self.stepsSignature(c.steps, status: status) + "|" + terms.joined(separator: "|")
    }

    /// Draws a chain's steps into `final`; returns the names on the path. The
    /// line into a clause or strike takes the status of the chain before it,
    /// the line out of a clause the status of the obligation it creates.
    mutating func drawPath(_ chain: Chain, to final: String) -> Set<String> {
        var onPath: Set<String> = [final]
        var previous: String?
        // Whether the last node drawn is a state that joined by choice.
        var joinedOut = false
        for (k, step) in chain.steps.enumerated() {
            let before = k == 0 ? Status.bound : chain.status(through: k - 1)
            switch step {
            case .join(let j):
                // The first step: the state on the victim's side by choice; the line out of it says so.
                let node = drawActor(j.state, .joined)
                onPath.insert(node)
                previous = node
                joinedOut = true
            case .attack(let a):
                let node = a.hypothetical ? drawStrike(a, strikers: [a.by]) : drawActor(a.victim, .victim)
                if !a.hypothetical {
                    for n in outcome.scenario.attacks.indices {
                        onPath.formUnion(["attack:\(n)", "attack:\(n)→\(node)"])
                    }
                }
                if let p = previous {
                    onPath.insert(connect(p, node, joinedOut ? .choice : .of(before)))
                }
                joinedOut = false
                onPath.insert(node)
                previous = node
            case .clause(let c):
                guard let inst = graph.instrument(c.instrument),
                    let clause = inst.clauses.first(where: { $0.id == c.clause })
                else { continue }
                let clauseNode = "clause:\(c.instrument)/\(c.clause)"
                usedClauses[clauseNode] = (inst, clause)
                if let p = previous {
                    onPath.insert(connect(p, clauseNode, .of(before)))
                }
                let after = chain.status(through: k)
                let isLast = k == chain.steps.count - 1
                // An intermediate bearer is drawn in the status of the chain so far, together
                // with every actor that holds the same chain but for its bearer: a picture
                // never singles out one of several actors in the same position.
                let target = isLast ? final : drawIntermediate(chain, through: k, bearer: c.bearer, status: after)
                let verb = c.isPermission ? "may" : "owes"
                var tooltip =
                    "\(inst.short) \(c.cite): \(names.actor(c.bearer)) \(verb) \(names.actor(c.owedTo)) "
                    + "\(c.duty.rawValue)"
                if let m = c.means { tooltip += " — \(m.phrase)" }
                onPath.formUnion([clauseNode, target])
                onPath.insert(
                    connect(clauseNode, target, .of(after), [("label", edgeLabel(inst, c)), ("tooltip", tooltip)]))
                previous = target
            }
        }
        return onPath
    }

    /// The node of an intermediate bearer: its own, or a group of every actor whose
    /// chain is the same as this one's first k+1 steps but for the final bearer.
    mutating func drawIntermediate(_ chain: Chain, through k: Int, bearer: String, status: Status) -> String {
        // Each actor keeps one node per status: an actor whose own row has this
        // status is drawn there, so it joins no group of it.
        guard outcome.actor(bearer)?.status != status else { return drawActor(bearer, status) }
        let key = Self.stepsSignature(Array(chain.steps.prefix(k + 1)), status: status)
        let holders = (peers ?? outcome).actors.filter { a in
            a.id == bearer
                || (a.status != status && a.status != .attacker && a.status != .victim
                    && a.chains.contains {
                        Self.stepsSignature($0.steps, status: $0.status(through: $0.steps.count - 1)) == key
                    })
        }
        guard holders.count > 1 else { return drawActor(bearer, status) }
        let node = "alike:" + key
        drawGroup(node, holders, status)
        return node
    }

    /// Steps with the last bearer blanked, and the status: chains alike in a picture.
    static func stepsSignature(_ steps: [Step], status: Status) -> String {
        var parts = [status.rawValue]
        for (k, s) in steps.enumerated() {
            switch s {
            case .join(let j):
                parts.append("j:\(j.state)")
            case .attack(let a):
                parts.append(
                    "a:\(a.victim):\(a.target.rawValue):\(a.place):\(a.by):"
                        + "\(a.event.rawValue):\(a.nuclear):\(a.hypothetical)"
                )
            case .clause(let x):
                let bearer = k == steps.count - 1 ? "" : x.bearer
                parts.append(
                    "c:\(x.instrument)/\(x.clause)/\(x.reading ?? ""):\(bearer):\(x.owedTo):"
                        + "\(x.duty.rawValue):\(x.modality.rawValue)"
                )
            }
        }
        return parts.joined(separator: "|")
    }

    func edgeLabel(_ inst: Instrument, _ c: ClauseStep) -> String {
        var s = "\(inst.short) \(c.cite)\n\(c.isPermission ? "may " : "")\(c.duty.rawValue)"
        // An offense pledge's duty is owed to the attacker: a diagram read alone must not show it as the victim's.
        if let owed = c.offensePhrase { s += "\n(\(owed))" }
        if let m = c.means { s += "\n(\(m.phrase))" }
        if let w = c.within {
            let window = OutcomeText.window(lower: w.lower, upper: w.upper)
            s += window == "immediately" ? " · immediately" : " · \(window) h"
        }
        if let r = c.reading {
            s += "\nreading: \(r)"
        }
        // The clause's conditions are caveats a diagram read alone must carry too.
        if let conditions = c.conditionsPhrase {
            s += "\n" + DOT.wrap(conditions, width: 30)
        }
        return s
    }

    // MARK: Nodes

    /// One line in a basis's style, drawn once; returns its `from→to` key.
    @discardableResult
    mutating func connect(_ from: String, _ to: String, _ basis: Style.Basis, _ attributes: [(String, String)] = [])
        -> String
    {
        let key = "\(from)→\(to)"
        if drawnEdges.insert(key + "#" + basis.rawValue).inserted {
            legend.bases.insert(basis)
            b.edge(from, to, basis.edge + attributes + [("class", "line basis-\(basis.rawValue)")])
        }
        return key
    }

    /// One actor in one status, drawn once: its name, wrapped, and the status
    /// word. Returns the node's name.
    @discardableResult
    mutating func drawActor(_ id: String, _ status: Status) -> String {
        let node = Self.actorNode(id, status)
        guard drawnNodes.insert(node).inserted else { return node }
        let collective = graph.actor(id)?.kind == .organization
        legend.statuses.insert(status)
        if collective { legend.collective = true }
        let label =
            DOT.wrap(names.actor(id), width: 22) + (collective ? "\n(as one actor)" : "") + "\n" + status.rawValue
        b.node(
            node,
            Style.actorNode(status, collective: collective)
                + [
                    ("label", label), ("tooltip", names.actorTooltip(id)),
                    ("class", "actor status-\(status.rawValue) a-\(id)"),
                ])
        return node
    }

    mutating func drawGroup(_ node: String, _ members: [ActorOutcome], _ status: Status) {
        guard drawnNodes.insert(node).inserted else { return }
        legend.statuses.insert(status)
        let tooltip = members.map { names.actorTooltip($0.id) }.joined(separator: "\n")
        let classes = members.map { "a-\($0.id)" }.joined(separator: " ")
        b.node(
            node,
            Style.actorNode(status) + [
                ("label", groupLabel(members.map(\.id)) + "\n" + status.rawValue), ("tooltip", tooltip),
                ("class", "actor status-\(status.rawValue) \(classes)"),
            ])
    }

    /// Names for a group: up to five listed; more as the share of the smallest
    /// organization whose members they all are (with those left out named),
    /// else the first four and a count. The full list is in the hover text.
    func groupLabel(_ ids: [String]) -> String {
        if ids.count <= 5 {
            return DOT.wrap(ids.map(names.actor).joined(separator: ", "), width: 26)
        }
        let wanted = Set(ids)
        let index = graph.index
        var best: (name: String, states: [String])?
        for org in graph.actors where org.kind == .organization {
            let states = index.states(of: org.id).map { index.actorIDs[$0] }
            guard wanted.isSubset(of: states), states.count - wanted.count <= 6 else { continue }
            if best == nil || states.count < (best?.states.count ?? 0) {
                best = (org.name, states)
            }
        }
        if let best {
            let missing = best.states.filter { !wanted.contains($0) }.sorted().map(names.actor)
            var s = "\(ids.count) of the \(best.states.count) members of \(best.name)"
            if !missing.isEmpty {
                s += " (all but " + missing.joined(separator: ", ") + ")"
            }
            return DOT.wrap(s, width: 28)
        }
        let first = ids.prefix(4).map(names.actor).joined(separator: ", ")
        return DOT.wrap("\(first) and \(ids.count - 4) others (hover for the list)", width: 28)
    }

    /// A hypothetical strike, drawn once; several strikers alike but for the striker
    /// share one node. Returns the node's name.
    @discardableResult
    mutating func drawStrike(_ a: AttackStep, strikers: [String]) -> String {
        let node = strikers.count == 1 ? Self.strikeNode(a) : "strikes:" + Self.strikeNode(a)
        guard drawnNodes.insert(node).inserted else { return node }
        legend.strike = true
        let who = strikers.count == 1 ? names.actor(a.by) : "any of \(strikers.count) engaged states"
        var tooltip = "Hypothetical escalation: if \(who) strikes \(names.event(a))"
        if strikers.count > 1 { tooltip += "\nStrikers: " + strikers.map(names.actor).joined(separator: ", ") }
        if let note = names.placeNote(a.place) { tooltip += "\nNote on \(names.place(a.place)): " + note }
        b.node(
            node,
            Style.strikeNode + [
                ("label", "if \(DOT.wrap(who, width: 24)) strikes\n\(DOT.wrap(names.event(a), width: 26))"),
                ("tooltip", tooltip), ("class", "event strike"),
            ])
        return node
    }

    mutating func drawClauses() {
        for key in usedClauses.keys.sorted() {
            guard let (inst, clause) = usedClauses[key] else { continue }
            var label = "\(inst.short)\n\(clause.cite)"
            if inst.status.isUnadopted {
                label +=
                    outcome.scenario.adopt.contains(inst.id)
                    ? "\n(adopted in this scenario)" : "\n(\(inst.status.rawValue), not adopted)"
            }
            if inst.status == .violated && !inst.violatedBy.isEmpty {
                // Version 3: the breach is shown, and it releases nobody.
                label += "\n(violated by \(inst.violatedBy.joined(separator: ", "));\nbinds every party)"
            }
            var attrs =
                Style.clauseNode + [
                    ("label", label), ("tooltip", ClauseDescription.tooltip(inst, clause)), ("class", "clause"),
                ]
            if let url = DOT.safeLink(inst.source) { attrs += [("URL", url), ("target", "_blank")] }
            b.node(key, attrs)
        }
    }

    /// Closes the cluster around the drawing with the legend as its bottom label.
    mutating func closeWithLegend() {
        if !legend.isEmpty {
            b.line(
                "graph [label=\(legend.label()), labelloc=\"b\", labeljust=\"l\", pencolor=\"transparent\", "
                    + "fontsize=\"10\"];"
            )
        }
        b.close()
    }

    func paths() -> [String: [String]] {
        var out: [String: [String]] = [:]
        for (actor, keys) in pathNames {
            out[actor] = keys.compactMap { $0.contains("→") ? b.edgeIDs[$0] : b.nodeIDs[$0] }.sorted()
        }
        return out
    }
}
