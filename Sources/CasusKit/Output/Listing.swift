/// What `casus list` shows: a graph's actors, places, instruments,
/// deployments, readings or scenarios — as typed JSON (numbers as numbers,
/// lists as arrays), as CSV, or as a text table of the same fields.
package struct Listing {
    package enum What: String, Sendable, CaseIterable {
        case actors, places, instruments, deployments, readings, scenarios
    }

    package let graph: Graph
    package init(graph: Graph) { self.graph = graph }

    /// One object per entry, every field present (`null` or `[]` when absent).
    package func json(for what: What) -> JSONValue {
        .array(entries(for: what).map { .object($0) })
    }

    /// The text table's and the CSV's columns: every field, lists joined.
    package func rows(for what: What) -> (header: [String], rows: [[String]]) {
        let objects = entries(for: what)
        let keys = objects.first?.map(\.0) ?? []
        return (keys, objects.map { $0.map { Self.cell($0.1) } })
    }

    /// The columns a text table shows: the fields a reader scans for (JSON and CSV have them all).
    static let textColumns: [What: [String]] = [
        .actors: ["id", "kind", "name", "member_count"],
        .places: ["id", "name", "within", "state"],
        .instruments: ["id", "form", "status", "force", "date", "title"],
        .deployments: ["id", "config", "status", "host", "at", "contributors"],
        .readings: ["id", "instrument", "clause", "claim"],
        .scenarios: ["id", "depth", "title"],
    ]

    package func text(for what: What) -> String {
        let columns = Self.textColumns[what] ?? []
        var t = TextTable(header: columns.map { $0.uppercased().replacingOccurrences(of: "_", with: " ") })
        for entry in entries(for: what) {
            let fields = Dictionary(entry, uniquingKeysWith: { first, _ in first })
            t.add(columns.map { fields[$0].map(Self.cell) ?? "" })
        }
        return t.rendered()
    }

    /// RFC 4180, graph text neutralised against spreadsheet formulas (`CSV.text`).
    package func csv(for what: What) -> String {
        let r = rows(for: what)
        return CSV.document([r.header.map(CSV.field)] + r.rows.map { $0.map(CSV.text) })
    }

    /// A field as one cell: lists joined with "; ", objects as `key=value`.
    static func cell(_ v: JSONValue) -> String {
        switch v {
        case .null: return ""
        case .bool(let b): return b ? "true" : "false"
        case .int(let n): return String(n)
        case .string(let s): return s
        case .array(let xs): return xs.map(cell).joined(separator: "; ")
        case .object(let fields): return fields.map { "\($0.0)=\(cell($0.1))" }.joined(separator: " ")
        }
    }

    private func entries(for what: What) -> [[(String, JSONValue)]] {
        switch what {
        case .actors: return graph.actors.map(actor)
        case .places: return graph.places.map(place)
        case .instruments: return graph.instruments.map(instrument)
        case .deployments: return graph.deployments.map(deployment)
        case .readings: return graph.readings.map { reading($0.instrument, $0.clause, $0.reading) }
        case .scenarios: return graph.scenarios.map(scenario)
        }
    }

    private func ids(_ xs: [Int]) -> JSONValue { .strings(xs.map { graph.index.actorIDs[$0] }) }

    private func actor(_ a: Actor) -> [(String, JSONValue)] {
        let organization = a.kind == .organization
        return [
            ("id", .string(a.id)), ("name", .string(a.name)), ("kind", .string(a.kind.rawValue)),
            ("within", .strings(a.within)), ("tags", .strings(a.tags)), ("aliases", .strings(a.aliases)),
            ("members", .strings(a.members)),
            ("member_states", organization ? ids(graph.index.states(of: a.id)) : .array([])),
            ("member_count", organization ? .int(graph.index.states(of: a.id).count) : .null),
            ("note", .optional(a.note)),
        ]
    }

    private func place(_ p: Place) -> [(String, JSONValue)] {
        let state = graph.index.placeIndex[p.id].flatMap { graph.index.territoryState(of: $0) }
        return [
            ("id", .string(p.id)), ("name", .string(p.name)), ("within", .strings(p.within)),
            ("state", .optional(state.map { graph.index.actorIDs[$0] })), ("note", .optional(p.note)),
        ]
    }

    private func instrument(_ i: Instrument) -> [(String, JSONValue)] {
        let clauses: [JSONValue] = i.clauses.map { c in
            .object([
                ("id", .string(c.id)), ("cite", .string(c.cite)),
                ("duties", .strings(c.then.map(\.duty.rawValue))),
                ("triggers", .array(c.when.map(trigger))),
                ("readings", .strings(c.readings.map(\.id))),
            ])
        }
        return [
            ("id", .string(i.id)), ("title", .string(i.title)), ("short", .string(i.short)),
            ("form", .string(i.form.rawValue)),
            ("status", .string(i.status.rawValue)), ("force", .string(i.force.rawValue)), ("date", .optional(i.date)),
            ("parties", .strings(i.parties)), ("party_states", ids(graph.index.statesOfParties(i))),
            ("violated_by", .strings(i.violatedBy)), ("clauses", .array(clauses)), ("source", .optional(i.source)),
            ("note", .optional(i.note)),
        ]
    }

    private func trigger(_ t: Trigger) -> JSONValue {
        .object([
            ("attack_on", Self.actorSet(t.attackOn)),
            ("target", .strings(t.targets.map(\.rawValue))),
            ("kinds", .strings(t.kinds.map(\.rawValue))),
            ("in", t.within.map { refs in .strings(refs.map(\.word)) } ?? .null),
            ("except", .strings(t.except)),
            ("by", Self.actorSet(t.by)),
            ("unprovoked", .bool(t.unprovoked)),
            ("nuclear", .bool(t.nuclear)),
        ])
    }

    static func actorSet(_ s: ActorSet) -> JSONValue {
        s.keyword.map(JSONValue.string) ?? .strings(s.listedIDs)
    }

    private func deployment(_ d: Deployment) -> [(String, JSONValue)] {
        [
            ("id", .string(d.id)), ("name", .string(d.name)), ("config", .string(d.config.rawValue)),
            ("status", .string(d.status.rawValue)), ("host", .optional(d.host)), ("at", .string(d.at)),
            ("contributors", .strings(d.contributors)), ("note", .optional(d.note)),
        ]
    }

    private func reading(_ i: Instrument, _ c: Clause, _ r: Reading) -> [(String, JSONValue)] {
        [
            ("id", .string(r.id)), ("instrument", .string(i.id)), ("clause", .string(c.id)),
            ("claim", .string(r.claim)),
            ("adds_trigger", .bool(r.when != nil)), ("duty", .optional(r.then?.duty?.rawValue)),
            ("note", .optional(r.note)),
        ]
    }

    private func scenario(_ s: Scenario) -> [(String, JSONValue)] {
        let attacks: [JSONValue] = s.attacks.map { a in
            .object([
                ("target", .string(a.target.description)), ("by", .optional(a.by ?? graph.defaults.attacker)),
                ("kind", .string(a.kind.rawValue)), ("nuclear", .bool(a.nuclear)),
            ])
        }
        return [
            ("id", .optional(s.id)), ("title", .optional(s.title)), ("attacks", .array(attacks)),
            ("depth", .int(s.depth ?? graph.defaults.depth)), ("accept", .strings(s.accept)),
            ("reject", .strings(s.reject)),
            ("strict", .bool(s.strict)), ("adopt", .strings(s.adopt)), ("without", .strings(s.without)),
            ("aligned", .strings(s.aligned)), ("joins", .strings(s.joins)), ("vetoes", .strings(s.vetoes)),
            ("duties", .strings(s.duties.map(\.rawValue))),
            ("note", .optional(s.note)),
        ]
    }
}

extension GraphIndex {
    /// An instrument's parties as states (organizations expanded), sorted.
    func statesOfParties(_ i: Instrument) -> [Int] {
        Array(Set(i.parties.flatMap { states(of: $0) })).sorted()
    }
}
