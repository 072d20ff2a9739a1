/// Phase two of loading: with every file read, check the ids and references
/// across files and assemble the graph.
extension GraphBuilder {
    func finish() throws(GraphLoadFailure) -> Graph {
        checkDuplicates()
        checkScenarioFileNames()
        checkReferences()
        resolveNamedReadings()
        // Scenario targets are resolved even when other errors were found, so
        // that every error of the graph is reported in one run.
        let defaults = Defaults(attacker: defaultAttacker?.id, depth: defaultDepth ?? 1)
        let draft = Graph(
            title: title, description: description, defaults: defaults, sources: sources, places: places,
            actors: actors, deployments: deployments, instruments: instruments, scenarios: [], dated: dated)
        checkCycles(draft.index)
        checkDeployments(draft.index)
        let resolved = scenarios.map { resolve($0, in: draft) }
        if !sink.errors.isEmpty { throw GraphLoadFailure(errors: sink.errors) }
        return draft.with(scenarios: resolved)
    }

    private func firstDeclaration(_ id: String) -> Declared? { declared[id]?.first }

    /// `casus report` writes ID.svg, ID.json … beside world.* and report.*: a
    /// scenario id that would overwrite one of those, or another scenario's files
    /// on a case-insensitive file system, is refused here, so `validate` refuses
    /// what `report` would.
    private func checkScenarioFileNames() {
        var taken: [String: String] = ["world": "the world map", "report": "the report"]
        for draft in scenarios {
            guard let id = draft.scenario.id else { continue }
            let key = id.lowercased()
            if let owner = taken[key] {
                // An exact duplicate is reported as a duplicate id.
                if owner != "scenario '\(id)'", let at = declared[id]?.first(where: { $0.kind == .scenario })?.at {
                    at.error(
                        "scenario id '\(id)' would write the same report files as \(owner) (file names ignore case); "
                            + "choose another id"
                    )
                }
                continue
            }
            taken[key] = "scenario '\(id)'"
        }
    }

    private func checkDuplicates() {
        for (id, decls) in declared where decls.count > 1 {
            let first = decls[0]
            for d in decls.dropFirst() {
                d.at.error(
                    "duplicate id '\(id)'; already declared as \(first.kind.withArticle) at "
                        + "\(first.at.file):\(first.at.line)"
                )
            }
        }
    }

    /// How many unknown references get a "did you mean": each suggestion compares
    /// the id with every candidate, so 20,000 dangling references would take minutes.
    static let suggestionLimit = 200

    private func checkReferences() {
        let proposals = Set(instruments.filter { $0.status.isUnadopted }.map(\.id))
        var pools: [[IDKind]: [String]] = [:]
        var suggestionsLeft = Self.suggestionLimit
        for ref in refs {
            let kind = firstDeclaration(ref.id)?.kind
            let (expected, candidates) = ref.rule.expected
            // A proposal must also be unadopted: the one rule that is more than a kind.
            let ok =
                kind.map(candidates.contains) == true && (ref.rule != .proposal || proposals.contains(ref.id))
            if ok { continue }
            if let kind {
                let extra =
                    ref.rule == .proposal && kind == .instrument
                    ? " that is not yet in force (status proposed or signed)" : ""
                ref.at.error("'\(ref.id)' is \(kind.withArticle); expected \(expected)\(extra)")
            } else {
                var suggestion: String?
                if suggestionsLeft > 0 {
                    suggestionsLeft -= 1
                    let pool =
                        pools[candidates]
                        ?? declared.filter { candidates.contains($0.value[0].kind) }.map(\.key).sorted()
                    pools[candidates] = pool
                    suggestion = Suggestion.nearest(to: ref.id, in: pool)
                }
                ref.at.error("unknown id '\(Located.clip(ref.id))'; expected \(expected)", suggestion: suggestion)
            }
        }
    }

    /// `within` (places and states) and `members` (organizations) must be acyclic.
    /// The index's walk tells whether there is a cycle at all (a clean graph
    /// numbers every id once); only then (or when other errors make the
    /// numbering doubtful) are cycles found and reported by id.
    private func checkCycles(_ index: GraphIndex) {
        let clean = sink.errors.isEmpty
        if !clean || index.withinHasCycle {
            // Only what names something can be on a cycle.
            var up: [String: [String]] = [:]
            for p in places where !p.within.isEmpty { up[p.id] = p.within }
            for a in actors where a.kind == .state && !a.within.isEmpty { up[a.id] = a.within }
            reportCycles(in: up, relation: "within") { placeAt[$0] ?? actorAt[$0] }
        }
        if !clean || index.membershipHasCycle {
            var members: [String: [String]] = [:]
            for a in actors where a.kind == .organization && !a.members.isEmpty { members[a.id] = a.members }
            reportCycles(in: members, relation: "members") { actorAt[$0] }
        }
    }

    /// Reports each cycle once, at its smallest id. Iterative (an explicit stack),
    /// so a chain of 10⁵ nested places cannot overflow the call stack.
    private func reportCycles(in edges: [String: [String]], relation: String, at: (String) -> Located?) {
        enum Mark { case visiting, done }
        var mark: [String: Mark] = [:]
        var reported = Set<String>()
        for root in edges.keys.sorted() where mark[root] == nil {
            // The path from the root, with each node's next child to visit.
            var path: [(node: String, next: Int)] = [(root, 0)]
            var onPath: [String: Int] = [root: 0]
            mark[root] = .visiting
            while let top = path.last {
                let children = edges[top.node] ?? []
                guard top.next < children.count else {
                    mark[top.node] = .done
                    onPath[top.node] = nil
                    path.removeLast()
                    continue
                }
                path[path.count - 1].next += 1
                let child = children[top.next]
                if let start = onPath[child] {
                    let cycle = path[start...].map(\.node)
                    let key = cycle.sorted().joined(separator: ",")
                    if reported.insert(key).inserted, let loc = at(cycle.min() ?? child) {
                        loc.error(
                            "'\(relation)' forms a cycle: \(Self.shown(cycle + [child])); containment must be acyclic")
                    }
                    continue
                }
                if mark[child] != nil { continue }
                mark[child] = .visiting
                onPath[child] = path.count
                path.append((child, 0))
            }
        }
    }

    /// A cycle as a message shows it: in full when short, else its ends and its length.
    static func shown(_ cycle: [String]) -> String {
        guard cycle.count > 12 else { return cycle.joined(separator: " → ") }
        let head = cycle.prefix(5).joined(separator: " → ")
        let tail = cycle.suffix(5).joined(separator: " → ")
        return "\(head) → … → \(tail) (\(cycle.count - 1) links)"
    }

    /// A deployment's `at` must lie within its host; without a host, in no state (at sea).
    private func checkDeployments(_ probe: GraphIndex) {
        for d in deployments {
            guard let at = probe.placeIndex[d.at] else { continue }
            let loc = deploymentAt[d.id]?.atField ?? deploymentAt[d.id]?.at
            guard let hostID = d.host else {
                if let state = probe.states(containing: at).first {
                    loc?.error(
                        "'\(d.at)' lies in the state '\(probe.placeIDs[state])'; name it as 'host', or place a "
                            + "deployment without a host at sea (a place in no state)"
                    )
                }
                continue
            }
            guard let host = probe.placeIndex[hostID] else { continue }
            if !probe.place(at, liesIn: host) {
                loc?.error(
                    "'\(d.at)' does not lie within the host '\(hostID)'; a deployment's place must be inside its host")
            }
        }
    }

    private func resolve(_ draft: ScenarioDraft, in graph: Graph) -> Scenario {
        var s = draft.scenario
        for a in draft.attacks {
            switch graph.index.resolveTarget(a.target) {
            case .success(let t): s.attacks.append(Attack(target: t, by: a.by, kind: a.kind, nuclear: a.nuclear))
            case .failure(let e): a.targetAt.error(e.message, suggestion: e.suggestion)
            }
            if a.by == nil && defaultAttacker == nil {
                a.targetAt.error("attack names no attacker ('by') and the graph has no 'defaults.attacker'")
            }
        }
        return s
    }
}

extension Graph {
    func with(scenarios: [Scenario]) -> Graph {
        Graph(
            title: title, description: description, defaults: defaults, sources: sources, places: places,
            actors: actors, deployments: deployments, instruments: instruments, scenarios: scenarios, index: index,
            derived: Derived(), dated: dated, asOf: asOf, absent: absent)
    }
}
