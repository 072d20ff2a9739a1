/// Readings shared across clauses (version 3, issue 29): declared once under an instrument's or
/// the world's `readings`, named by id in the `readings` of every clause they affect, accepted or
/// rejected once. Phase two puts each named reading into its clause's list where it was written.
extension GraphBuilder {
    struct SharedReading {
        let reading: Reading
        /// The instrument it is declared under; nil for the world's `readings`.
        let scope: String?
        let at: Located
        let site: PatchSite?
    }

    /// A clause's `readings` item that is a name.
    struct NamedReading {
        let id: String
        let at: Located
        let instrument: String
        let clause: String
        /// Where in the clause's list it was written.
        let position: Int
        let then: [Obligation]
        /// Whether the clause's own triggers answer an ally's own attack (`attack-by`); nil when it has none.
        let offense: Bool?
    }

    func readSharedReading(_ item: Located, scope: String?) {
        guard let (reading, site) = readReadingDeclaration(item) else { return }
        // A duplicate id is reported with every other duplicate; the first declaration is the one named.
        if sharedReadings[reading.id] == nil {
            sharedReadings[reading.id] = SharedReading(reading: reading, scope: scope, at: item, site: site)
        }
    }

    /// Every name resolved to its declaration and checked against the clause's entries; the
    /// instruments rebuilt with the shared readings in place. A declaration no clause names is an error.
    func resolveNamedReadings() {
        // Every id some clause names, rightly or not: a misplaced name is reported once, where it is.
        let mentioned = Set(namedReadings.map(\.id))
        var inserts: [String: [String: [(position: Int, reading: Reading)]]] = [:]
        for name in namedReadings {
            guard let shared = sharedReading(for: name) else { continue }
            let already = inserts[name.instrument]?[name.clause]?.contains { $0.reading.id == name.id } ?? false
            if already {
                name.at.error("clause '\(name.clause)' names reading '\(name.id)' twice")
                continue
            }
            checkPatch(shared.site, against: name.then)
            checkOffense(shared.reading, named: name)
            inserts[name.instrument, default: [:]][name.clause, default: []].append((name.position, shared.reading))
        }
        for (id, shared) in sharedReadings.sorted(by: { $0.key < $1.key }) where !mentioned.contains(id) {
            let under = shared.scope.map { "instrument '\($0)'" } ?? "the world's 'readings'"
            shared.at.error(
                "reading '\(id)' is declared under \(under) but no clause names it; name it in the 'readings' of the "
                    + "clauses it affects")
        }
        guard !inserts.isEmpty else { return }
        instruments = instruments.map { i in
            guard let byClause = inserts[i.id] else { return i }
            return i.replacingClauses(
                i.clauses.map { c in
                    guard let added = byClause[c.id] else { return c }
                    var readings = c.readings
                    // In the order written: every earlier position is filled when a name is put in place.
                    for (position, reading) in added.sorted(by: { $0.position < $1.position }) {
                        readings.insert(reading, at: min(position, readings.count))
                    }
                    return c.replacingReadings(readings)
                })
        }
    }

    /// A shared reading agrees with the clause that names it on whom its duties are owed to (`attack-by`).
    private func checkOffense(_ reading: Reading, named name: NamedReading) {
        let offense = name.offense ?? (reading.when?.attackBy != nil)
        if let when = reading.when, (when.attackBy != nil) != offense {
            name.at.error(
                "reading '\(name.id)' has a trigger of the other kind than clause '\(name.clause)''s: a clause's "
                    + "triggers all answer an ally's own attack ('attack-by') or none do")
            return
        }
        if let duty = reading.then?.duty {
            checkOffenseDuty(duty, offense: offense, at: name.at)
        }
    }

    /// The declaration a name points to: the instrument's own first, then the world's.
    private func sharedReading(for name: NamedReading) -> SharedReading? {
        if let shared = sharedReadings[name.id] {
            guard let scope = shared.scope, scope != name.instrument else { return shared }
            name.at.error(
                "reading '\(name.id)' is declared under instrument '\(scope)'; a clause of '\(name.instrument)' can "
                    + "name it only if it is declared under the world's 'readings'")
            return nil
        }
        let own = declared[name.id]?.contains { $0.kind == .reading } ?? false
        if own {
            name.at.error(
                "reading '\(name.id)' is a clause's own; to share it, declare it under the instrument's or the "
                    + "world's 'readings' and name it in each clause")
            return nil
        }
        let candidates = sharedReadings.filter { $0.value.scope == nil || $0.value.scope == name.instrument }.map(\.key)
        let guess = Suggestion.nearest(to: name.id, in: candidates.sorted()).map { " (did you mean '\($0)'?)" } ?? ""
        name.at.error(
            "unknown reading '\(name.id)'; expected a reading declared under the instrument's or the world's "
                + "'readings'\(guess)")
        return nil
    }
}
