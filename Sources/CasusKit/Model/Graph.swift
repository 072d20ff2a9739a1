/// A loaded, valid world: everything a graph file says, plus the interned
/// indices every stage works on (the engine's own index is the analysis's:
/// `Graph.triggers`, kept in `derived`). Built only by the loader (or by
/// code that has checked the same rules), so everything after loading may
/// assume every reference resolves.
public struct Graph: Sendable {
    /// The world's title.
    public let title: String?
    /// What the world is about.
    public let description: String?
    /// The default attacker and escalation depth.
    public let defaults: Defaults
    /// The sources the world cites.
    public let sources: [Source]
    /// Every place, in file order.
    public let places: [Place]
    /// Every state and organization, in file order.
    public let actors: [Actor]
    /// Every deployment, in file order.
    public let deployments: [Deployment]
    /// Every instrument, in file order.
    public let instruments: [Instrument]
    /// Every named scenario, in file order.
    public let scenarios: [Scenario]
    /// Interned ids and derived relations (membership, containment, readings).
    package let index: GraphIndex
    /// What later stages derive from this graph, built on first use.
    package let derived: Derived
    /// Every dated fact (format.md, "Dates"); empty for an undated world.
    public let dated: DatedFacts
    /// For a world read as of a day (`asOf(_:)`), that day; nil for the world as written.
    public let asOf: Day?
    /// States that do not exist on `asOf` (their `from`/`to`): the analysis removes them.
    package let absent: Set<String>

    package init(
        title: String?, description: String?, defaults: Defaults, sources: [Source], places: [Place],
        actors: [Actor], deployments: [Deployment], instruments: [Instrument], scenarios: [Scenario],
        dated: DatedFacts = DatedFacts(), asOf: Day? = nil, absent: Set<String> = []
    ) {
        let index = GraphIndex(places: places, actors: actors, deployments: deployments, instruments: instruments)
        self.init(
            title: title, description: description, defaults: defaults, sources: sources, places: places,
            actors: actors, deployments: deployments, instruments: instruments, scenarios: scenarios, index: index,
            derived: Derived(), dated: dated, asOf: asOf, absent: absent)
    }

    init(
        title: String?, description: String?, defaults: Defaults, sources: [Source], places: [Place],
        actors: [Actor], deployments: [Deployment], instruments: [Instrument], scenarios: [Scenario], index: GraphIndex,
        derived: Derived, dated: DatedFacts, asOf: Day?, absent: Set<String>
    ) {
        self.title = title
        self.description = description
        self.defaults = defaults
        self.sources = sources
        self.places = places
        self.actors = actors
        self.deployments = deployments
        self.instruments = instruments
        self.scenarios = scenarios
        self.index = index
        self.derived = derived
        self.dated = dated
        self.asOf = asOf
        self.absent = absent
    }

    /// The actor with this id, if any.
    public func actor(_ id: String) -> Actor? { index.actorIndex[id].map { actors[$0] } }
    /// The instrument with this id, if any.
    public func instrument(_ id: String) -> Instrument? { index.instrumentIndex[id].map { instruments[$0] } }
    /// The place with this id, if any (a state's territory is the state, not a place).
    public func place(_ id: String) -> Place? {
        // The index lists the places first, then the states' territories.
        index.placeIndex[id].flatMap { $0 < places.count ? places[$0] : nil }
    }
    /// The deployment with this id, if any.
    public func deployment(_ id: String) -> Deployment? { index.deploymentIndex[id].map { deployments[$0] } }
    /// The named scenario with this id, if any.
    public func scenario(_ id: String) -> Scenario? { scenarios.first { $0.id == id } }

    /// What an attack's target names, written as a graph file or the command
    /// line writes it: a deployment, a state, a place inside a state,
    /// `forces:STATE@PLACE` or `vessels:STATE@PLACE`.
    /// - Throws: `UnknownName`, with the nearest id as a suggestion, when nothing in the world has that name.
    public func target(_ written: String) throws(UnknownName) -> AttackTarget {
        try index.resolveTarget(written).get()
    }

    /// The actors that are states.
    public var states: [Actor] { actors.filter { $0.kind == .state } }

    /// Every reading with the instrument and clause it belongs to, in file order: a shared
    /// reading (version 3) once per clause that names it.
    public var readings: [(instrument: Instrument, clause: Clause, reading: Reading)] {
        instruments.flatMap { i in i.clauses.flatMap { c in c.readings.map { (i, c, $0) } } }
    }

    /// Every reading once, with the first clause that names it: what a run accepts or rejects.
    public var distinctReadings: [(instrument: Instrument, clause: Clause, reading: Reading)] {
        var seen = Set<String>()
        return readings.filter { seen.insert($0.reading.id).inserted }
    }
}

/// The interned form of a graph: dense integer ids and precomputed relations.
package final class GraphIndex: Sendable {
    /// Actor ids in file order; `actorIndex[id]` is the position.
    package let actorIDs: [String]
    package let actorIndex: [String: Int]
    /// Names and `aliases`, for suggestions ("PRC" is China, not PRK).
    let actorNames: [String]
    let actorAliases: [[String]]
    package let isState: [Bool]
    /// Version 3: a group (a non-state armed group) — no state, but, like one, an actor that
    /// stands for itself, attacks and is attacked.
    package let isGroup: [Bool]
    /// Each actor's members as written (empty for a state).
    package let actorMembers: [[String]]
    /// The actor numbers of every state, in file order.
    package let stateNumbers: [Int]
    /// For each actor: the states it stands for (itself for a state or a group, the
    /// expanded members for an organization), sorted.
    package let statesOf: [[Int]]
    /// For each actor: the place an attack on it falls on when none is named — a state's
    /// territory, a group's first base (`within`); nil for an organization.
    package let homePlace: [Int?]

    /// Place ids: the places, then every state (its territory).
    package let placeIDs: [String]
    package let placeIndex: [String: Int]
    /// For each place: the places and states its `within` names.
    let parents: [[Int]]
    /// Per place number: written `overseas: false` (home waters: the state's regions too).
    let homeWaters: [Bool]
    /// Whether `within` or `members` lead back to where they start (a load
    /// error: the loader then finds and reports each cycle by id).
    let withinHasCycle: Bool
    let membershipHasCycle: Bool
    /// For each place: the one state whose territory it is (itself for a state);
    /// nil for a place in no state or in more than one.
    package let territoryOf: [Int?]
    /// For each place: the actor number of the state it is the territory of, when
    /// the place is a state itself (nil for other places).
    package let stateOfPlace: [Int?]

    package let deploymentIndex: [String: Int]
    package let instrumentIndex: [String: Int]
    /// Each id's position in sorted order, for the deterministic tie-breaks of ranking.
    package let actorRank: [Int]
    package let placeRank: [Int]
    package let instrumentRank: [Int]
    package let deploymentRank: [Int]

    init(places: [Place], actors: [Actor], deployments: [Deployment], instruments: [Instrument]) {
        actorIDs = actors.map(\.id)
        actorNames = actors.map(\.name)
        actorAliases = actors.map(\.aliases)
        var ai = [String: Int]()
        for (n, a) in actors.enumerated() where ai[a.id] == nil { ai[a.id] = n }
        actorIndex = ai
        isState = actors.map { $0.kind == .state }
        isGroup = actors.map { $0.kind == .group }
        actorMembers = actors.map(\.members)
        stateNumbers = actors.indices.filter { actors[$0].kind == .state }

        // Members before the organizations that name them, so one pass expands them all.
        let memberLists = actors.map { a in a.kind != .organization ? [] : a.members.compactMap { ai[$0] } }
        var expanded = [[Int]](repeating: [], count: actors.count)
        let membership = PostOrder(count: actors.count, children: { memberLists[$0] })
        membershipHasCycle = membership.meetsCycle
        for n in membership.order {
            if actors[n].kind != .organization {
                expanded[n] = [n]
            } else {
                expanded[n] = Array(Set(memberLists[n].flatMap { expanded[$0] })).sorted()
            }
        }
        statesOf = expanded

        var pids = places.map(\.id)
        pids += actors.filter { $0.kind == .state }.map(\.id)
        placeIDs = pids
        var pi = [String: Int]()
        for (n, p) in pids.enumerated() where pi[p] == nil { pi[p] = n }
        placeIndex = pi
        var parents = [[Int]](repeating: [], count: pids.count)
        var stateParent = [Bool](repeating: false, count: pids.count)
        for (n, p) in places.enumerated() { parents[n] = p.within.compactMap { pi[$0] } }
        for a in actors where a.kind == .state { if let n = pi[a.id] { parents[n] = a.within.compactMap { pi[$0] } } }
        for n in pids.indices { stateParent[n] = ai[pids[n]].map { actors[$0].kind == .state } ?? false }
        stateOfPlace = pids.indices.map { stateParent[$0] ? ai[pids[$0]] : nil }
        homePlace = actors.map { a in
            switch a.kind {
            case .state: return pi[a.id]
            case .group: return a.within.first.flatMap { pi[$0] }
            case .organization: return nil
            }
        }

        self.parents = parents
        var home = [Bool](repeating: false, count: pids.count)
        for (n, p) in places.enumerated() where p.overseas == false { home[n] = true }
        homeWaters = home
        // The state whose territory a place is: the one state it lies in. A place
        // in no state (a region, the sea) or in more than one has none. States are
        // gathered parents first; two are enough to know there is not one.
        var statesAbove = [[Int]](repeating: [], count: pids.count)
        let containment = PostOrder(count: pids.count, children: { parents[$0] })
        withinHasCycle = containment.meetsCycle
        for n in containment.order {
            var found: [Int] = stateParent[n] ? [n] : []
            for p in parents[n] where found.count < 2 {
                for s in statesAbove[p] where !found.contains(s) && found.count < 2 {
                    found.append(s)
                }
            }
            statesAbove[n] = found
        }
        territoryOf = statesAbove.map { $0.count == 1 ? $0[0] : nil }

        var di = [String: Int]()
        for (n, d) in deployments.enumerated() where di[d.id] == nil { di[d.id] = n }
        deploymentIndex = di
        var ii = [String: Int]()
        for (n, i) in instruments.enumerated() where ii[i.id] == nil { ii[i.id] = n }
        instrumentIndex = ii
        func ranks(_ ids: [String]) -> [Int] {
            var r = [Int](repeating: 0, count: ids.count)
            for (pos, n) in ids.indices.sorted(by: { ids[$0] < ids[$1] }).enumerated() { r[n] = pos }
            return r
        }
        actorRank = ranks(actorIDs)
        placeRank = ranks(placeIDs)
        instrumentRank = ranks(instruments.map(\.id))
        deploymentRank = ranks(deployments.map(\.id))
    }

    /// Every place `p` lies in, itself included (format.md's transitive
    /// containment with the overseas exception), sorted. Computed on demand by
    /// an iterative walk: a chain of 10⁵ nested places costs time in proportion
    /// to its length, not its square, and no stack.
    package func containers(of p: Int) -> [Int] {
        var included: Set<Int> = [p]
        var expanded = Set<Int>()
        var stack = [p]
        while let n = stack.popLast() {
            guard expanded.insert(n).inserted else { continue }
            let names = parents[n]
            // A place inside a state that also names a region of its own (an
            // overseas territory) does not inherit the state's regions, unless it
            // is written `overseas: false` (a territorial sea: home territory).
            let overseas =
                !homeWaters[n] && names.contains { stateOfPlace[$0] != nil }
                && names.contains { stateOfPlace[$0] == nil }
            for q in names {
                included.insert(q)
                if !(overseas && stateOfPlace[q] != nil) {
                    stack.append(q)
                }
            }
        }
        return included.sorted()
    }

    /// Whether place `inner` lies (transitively) in place `outer`.
    package func place(_ inner: Int, liesIn outer: Int) -> Bool {
        containers(of: inner).contains(outer)
    }

    /// The states place `p` lies in (itself if it is one).
    package func states(containing p: Int) -> [Int] {
        containers(of: p).filter { stateOfPlace[$0] != nil }
    }

    /// Whether actor `n` stands for itself — a state or a group, not an organization: who can
    /// attack, be struck, and be a party in its own right.
    package func standsForItself(_ n: Int) -> Bool {
        isState[n] || isGroup[n]
    }

    /// The states an id stands for: a state (or a group) itself, an organization's members; empty otherwise.
    package func states(of id: String) -> [Int] {
        actorIndex[id].map { statesOf[$0] } ?? []
    }
}

/// A depth-first post-order of a graph's nodes, children before parents, by an
/// explicit stack: cycles are cut, never followed, and noted, so the loader can
/// tell from the index's own walk whether there is any cycle to report.
struct PostOrder {
    /// Every node, children before parents.
    let order: [Int]
    /// Whether some node leads back to itself.
    let meetsCycle: Bool

    init(count: Int, children: (Int) -> [Int]) {
        enum Mark { case unseen, onPath, done }
        var order: [Int] = []
        order.reserveCapacity(count)
        var meetsCycle = false
        var mark = [Mark](repeating: .unseen, count: count)
        for root in 0..<count where mark[root] == .unseen {
            mark[root] = .onPath
            var stack: [(node: Int, next: Int)] = [(root, 0)]
            while let top = stack.last {
                let kids = children(top.node)
                if top.next < kids.count {
                    stack[stack.count - 1].next += 1
                    let child = kids[top.next]
                    switch mark[child] {
                    case .unseen:
                        mark[child] = .onPath
                        stack.append((child, 0))
                    case .onPath:
                        meetsCycle = true
                    case .done:
                        break
                    }
                } else {
                    mark[top.node] = .done
                    order.append(top.node)
                    stack.removeLast()
                }
            }
        }
        self.order = order
        self.meetsCycle = meetsCycle
    }
}
