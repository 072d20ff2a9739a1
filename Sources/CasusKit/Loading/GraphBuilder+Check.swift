/// Phase two of loading: with every file read, check the ids and references
/// across files and assemble the graph.
extension GraphBuilder {
    func finish() throws(GraphLoadFailure) -> Graph {
        checkDuplicates()
        checkReferences()
        checkCycles()
        // Scenario targets are resolved even when other errors were found, so
        // that every error of the graph is reported in one run.
        let defaults = Defaults(attacker: defaultAttacker?.id, depth: defaultDepth ?? 1)
        let draft = Graph(title: title, description: description, defaults: defaults, sources: sources, places: places,
                          actors: actors, deployments: deployments, instruments: instruments, scenarios: [])
        checkDeployments(draft.index)
        let resolved = scenarios.map { resolve($0, in: draft) }
        if !sink.errors.isEmpty { throw GraphLoadFailure(errors: sink.errors) }
        return draft.with(scenarios: resolved)
    }

    private func firstDeclaration(_ id: String) -> Declared? { declared[id]?.first }

    private func checkDuplicates() {
        for (id, decls) in declared where decls.count > 1 {
            let first = decls[0]
            for d in decls.dropFirst() {
                d.at.error("duplicate id '\(id)'; already declared as a \(first.kind.rawValue) at \(first.at.file):\(first.at.line)")
            }
        }
    }

    private func checkReferences() {
        let proposals = Set(instruments.filter { $0.status.isUnadopted }.map(\.id))
        for ref in refs {
            let kind = firstDeclaration(ref.id)?.kind
            let (ok, expected, candidates): (Bool, String, [IDKind]) = {
                switch ref.rule {
                case .place: return (kind == .place || kind == .state, "a place or state", [.place, .state])
                case .actor: return (kind == .state || kind == .organization, "an actor (state or organization)", [.state, .organization])
                case .state: return (kind == .state, "a state", [.state])
                case .actorOrDeployment: return (kind == .state || kind == .organization || kind == .deployment,
                                                 "an actor, organization or deployment", [.state, .organization, .deployment])
                case .reading: return (kind == .reading, "a reading", [.reading])
                case .proposal: return (kind == .instrument && proposals.contains(ref.id),
                                        "a proposed or signed instrument", [.instrument])
                }
            }()
            if ok { continue }
            if let kind {
                let extra = ref.rule == .proposal && kind == .instrument ? " that is not yet in force (status proposed or signed)" : ""
                ref.at.error("'\(ref.id)' is a \(kind.rawValue); expected \(expected)\(extra)")
            } else {
                let pool = declared.filter { candidates.contains($0.value[0].kind) }.map(\.key)
                ref.at.error("unknown id '\(Located.clip(ref.id))'; expected \(expected)",
                             suggestion: Suggestion.nearest(to: ref.id, in: pool))
            }
        }
    }

    /// `within` (places and states) and `members` (organizations) must be acyclic.
    private func checkCycles() {
        var up: [String: [String]] = [:]
        for p in places { up[p.id] = p.within }
        for a in actors where a.kind == .state { up[a.id] = a.within }
        reportCycles(in: up, relation: "within") { placeAt[$0] ?? actorAt[$0] }
        var members: [String: [String]] = [:]
        for a in actors where a.kind == .organization { members[a.id] = a.members }
        reportCycles(in: members, relation: "members") { actorAt[$0] }
    }

    private func reportCycles(in edges: [String: [String]], relation: String, at: (String) -> Located?) {
        var state: [String: Int] = [:]   // 1 visiting, 2 done
        var reported = Set<String>()
        func visit(_ n: String, _ stack: [String]) {
            if state[n] == 2 { return }
            if state[n] == 1 {
                guard let start = stack.firstIndex(of: n) else { return }
                let cycle = Array(stack[start...])
                let key = cycle.sorted().joined(separator: ",")
                if reported.insert(key).inserted, let loc = at(cycle.min() ?? n) {
                    loc.error("'\(relation)' forms a cycle: \((cycle + [n]).joined(separator: " → ")); containment must be acyclic")
                }
                return
            }
            state[n] = 1
            for m in edges[n] ?? [] { visit(m, stack + [n]) }
            state[n] = 2
        }
        for n in edges.keys.sorted() { visit(n, []) }
    }

    /// A deployment's `at` must lie within its host; without a host, in no state (at sea).
    private func checkDeployments(_ probe: GraphIndex) {
        for d in deployments {
            guard let at = probe.placeIndex[d.at] else { continue }
            let loc = deploymentAt[d.id]?.atField ?? deploymentAt[d.id]?.at
            guard let hostID = d.host else {
                if let state = probe.territoryOf[at] ?? probe.containers[at].first(where: { probe.actorIndex[probe.placeIDs[$0]] != nil }) {
                    loc?.error("'\(d.at)' lies in the state '\(probe.placeIDs[state])'; name it as 'host', or place a deployment without a host at sea (a place in no state)")
                }
                continue
            }
            guard let host = probe.placeIndex[hostID] else { continue }
            if !probe.place(at, liesIn: host) {
                loc?.error("'\(d.at)' does not lie within the host '\(hostID)'; a deployment's place must be inside its host")
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
        Graph(title: title, description: description, defaults: defaults, sources: sources, places: places,
              actors: actors, deployments: deployments, instruments: instruments, scenarios: scenarios, index: index, triggers: triggers)
    }
}
