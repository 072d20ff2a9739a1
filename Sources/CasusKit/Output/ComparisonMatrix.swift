/// One row per actor any scenario reaches, one column per scenario, the status
/// and the best chain's duty in each (`bound/assist`): a row that says `bound`
/// must not hide that the duty is to consult. Rows where the scenarios differ
/// come first. Shared by `casus compare` and the reports.
public struct ComparisonMatrix: Sendable {
    /// One actor across the scenarios.
    public struct Row: Sendable, Hashable {
        /// The actor's id.
        public let actor: String
        /// The actor's name.
        public let name: String
        /// One per scenario; nil where the actor is unaffected.
        public let statuses: [Status?]
        /// The duty of the actor's best chain in each scenario; nil without a chain.
        public let duties: [Duty?]
        /// Whether its status differs between scenarios.
        public var differs: Bool {
            Set(zip(statuses, duties).map { "\($0?.rawValue ?? "")/\($1?.rawValue ?? "")" }).count > 1
        }

        /// `bound/assist`, `blocked`, `-` (unaffected).
        public func cell(_ n: Int) -> String {
            guard let status = statuses[n] else { return ComparisonMatrix.unaffected }
            return duties[n].map { "\(status.rawValue)/\($0.rawValue)" } ?? status.rawValue
        }
    }

    /// The scenarios' ids, in column order.
    public let scenarios: [String]
    /// Each column's scenario title, where it has one.
    public let titles: [String?]
    /// One row per actor any scenario reaches, those that differ first.
    public let rows: [Row]

    /// The matrix of several outcomes, each with its scenario's id.
    public init(outcomes: [(id: String, outcome: Outcome)]) {
        scenarios = outcomes.map(\.id)
        titles = outcomes.map(\.outcome.scenario.title)
        var names: [String: String] = [:]
        for (_, o) in outcomes { for a in o.actors { names[a.id] = a.name } }
        let rows = names.keys.map { id in
            Row(
                actor: id, name: names[id] ?? id, statuses: outcomes.map { $0.outcome.actor(id)?.status },
                duties: outcomes.map { $0.outcome.actor(id)?.chains.first?.duty })
        }
        // Differing rows first; then by the firmest status anywhere in the row, then id.
        func firmest(_ r: Row) -> Int { r.statuses.compactMap { $0?.order }.min() ?? Status.allCases.count }
        self.rows = rows.sorted {
            ($0.differs ? 0 : 1, firmest($0), $0.actor) < ($1.differs ? 0 : 1, firmest($1), $1.actor)
        }
    }

    static let unaffected = "-"

    func cells(_ r: Row) -> [String] { r.statuses.indices.map(r.cell) }

    /// The matrix as a text table, after a line per titled column saying which question it asks.
    public func text() -> String {
        var t = TextTable(header: ["ACTOR"] + scenarios)
        for r in rows { t.add([r.actor] + cells(r)) }
        return columnTitles().map { "\($0.id): \($0.title)\n" }.joined() + (titles.contains { $0 != nil } ? "\n" : "")
            + t.rendered()
    }

    /// The titled columns: id and title.
    func columnTitles() -> [(id: String, title: String)] {
        zip(scenarios, titles).compactMap { id, title in title.map { (id, $0) } }
    }

    /// The matrix as JSON.
    public func json() -> JSONValue {
        .object([
            ("scenarios", .strings(scenarios)),
            ("titles", .array(titles.map { $0.map(JSONValue.string) ?? .null })),
            (
                "rows",
                .array(
                    rows.map { r in
                        .object([
                            ("actor", .string(r.actor)), ("name", .string(r.name)), ("differs", .bool(r.differs)),
                            ("statuses", .array(r.statuses.map { $0.map { .string($0.rawValue) } ?? .null })),
                            ("duties", .array(r.duties.map { $0.map { .string($0.rawValue) } ?? .null })),
                        ])
                    })
            ),
        ])
    }

    /// RFC 4180: CRLF line ends, fields quoted when they hold a comma, quote or
    /// line break; text from the graph neutralised against formulas (`CSV.text`).
    public func csv() -> String {
        var rows = [["actor", "name"].map(CSV.field) + scenarios.map(CSV.text)]
        for r in self.rows {
            rows.append([CSV.text(r.actor), CSV.text(r.name)] + cells(r).map(CSV.field))
        }
        return CSV.document(rows)
    }

    /// The matrix as a Markdown table.
    public func markdown() -> String {
        var out = columnTitles().map { "- **\(Markdown.text($0.id))**: \(Markdown.text($0.title))\n" }.joined()
        if !out.isEmpty { out += "\n" }
        out += "| Actor | " + scenarios.map(Markdown.cell).joined(separator: " | ") + " |\n"
        out += "|---|" + scenarios.map { _ in "---" }.joined(separator: "|") + "|\n"
        for r in rows { out += "| \(Markdown.cell(r.actor)) | " + cells(r).joined(separator: " | ") + " |\n" }
        return out
    }
}
