/// What `casus list` shows: the same rows as text columns or JSON objects.
public struct Listing {
    public let graph: Graph
    public init(graph: Graph) { self.graph = graph }

    public func rows(for what: String) -> (header: [String], rows: [[String]]) {
        let objects = entries(for: what)
        guard let first = objects.first else { return (headers[what] ?? [], []) }
        return (first.map { $0.0.uppercased() }, objects.map { $0.map(\.1) })
    }

    public func json(for what: String) -> JSONValue {
        .array(entries(for: what).map { .object($0.map { ($0.0, .string($0.1)) }) })
    }

    private var headers: [String: [String]] {
        ["actors": ["ID", "KIND", "NAME", "MEMBERS"], "instruments": ["ID", "FORM", "STATUS", "FORCE", "DATE", "CLAUSES", "TITLE"],
         "deployments": ["ID", "CONFIG", "STATUS", "AT", "CONTRIBUTORS", "NAME"],
         "readings": ["ID", "CLAUSE", "CLAIM"], "scenarios": ["ID", "ATTACKS", "DEPTH", "TITLE"]]
    }

    private func entries(for what: String) -> [[(String, String)]] {
        switch what {
        case "actors":
            return graph.actors.map { a in
                [("id", a.id), ("kind", a.kind.rawValue), ("name", a.name),
                 ("members", a.kind == .organization ? "\(graph.index.states(of: a.id).count)" : "")]
            }
        case "instruments":
            return graph.instruments.map { i in
                [("id", i.id), ("form", i.form.rawValue), ("status", i.status.rawValue), ("force", i.force.rawValue),
                 ("date", i.date ?? ""), ("clauses", i.clauses.map(\.id).joined(separator: ",")), ("title", i.title)]
            }
        case "deployments":
            return graph.deployments.map { d in
                [("id", d.id), ("config", d.config.rawValue), ("status", d.status.rawValue), ("at", d.at),
                 ("contributors", d.contributors.joined(separator: ",")), ("name", d.name)]
            }
        case "readings":
            return graph.readings.map { r in [("id", r.reading.id), ("clause", "\(r.instrument.id)/\(r.clause.id)"), ("claim", r.reading.claim)] }
        default:
            return graph.scenarios.map { s in
                [("id", s.id ?? ""), ("attacks", s.attacks.map { "\($0.target)" + ($0.by.map { " by \($0)" } ?? "") }.joined(separator: "; ")),
                 ("depth", s.depth.map(String.init) ?? "\(graph.defaults.depth)"), ("title", s.title ?? "")]
            }
        }
    }
}
