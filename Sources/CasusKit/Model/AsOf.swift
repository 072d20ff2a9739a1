/// The world as of a day (format.md "Dates", analysis.md "As of a date"):
/// dates decide where they are given, `status` where they are not.
extension Graph {
    /// The world on `day`: members and parties only between their `from` and
    /// `to`; an instrument not yet proposed or signed does not exist (its clauses apply to nothing);
    /// signed and not in force it is `signed` (a proposal `adopt` can take); in
    /// force until `ended`, then `lapsed`; a breach counts from its date; a
    /// deployment outside its dates is `withdrawn`; a state outside its dates is
    /// `absent` (the analysis removes it).
    ///
    /// - Complexity: Rebuilds the graph's indices: about one load's indexing.
    public func asOf(_ day: Day) -> Graph {
        let actors = self.actors.map { a -> Actor in
            guard let spans = dated.members[a.id] else { return a }
            let members = Self.candidates(a.members, spans).filter { Self.holds(spans[$0], on: day) }
            return Actor(
                id: a.id, name: a.name, kind: a.kind, within: a.within, tags: a.tags, members: members,
                aliases: a.aliases, note: a.note)
        }
        let instruments = self.instruments.map { instrument(on: day, $0) }
        let deployments = self.deployments.map { d -> Deployment in
            guard let span = dated.deployments[d.id], !span.contains(day) else { return d }
            return Deployment(
                id: d.id, name: d.name, config: d.config, host: d.host, at: d.at,
                contributors: d.contributors, status: .withdrawn, note: d.note)
        }
        let absent = Set(dated.actors.filter { spells in !spells.value.contains { $0.contains(day) } }.map(\.key))
        return Graph(
            title: title, description: description, defaults: defaults, sources: sources, places: places,
            actors: actors, deployments: deployments, instruments: instruments, scenarios: scenarios,
            dated: dated, asOf: day, absent: absent)
    }

    /// The world a scenario asks about: as of its day when it names one (and
    /// this world is not already a reading of some day), else as written.
    public func reading(for scenario: Scenario) -> Graph {
        guard let day = scenario.asOf, asOf == nil else { return self }
        return asOf(day)
    }

    /// The obligation with its listed bearers cut to those that are parties on `day`
    /// (ids that are not dated parties of the instrument stay).
    /// Version 3: bearers written dated (`{id, from, to}`) bear only between their dates.
    static func present(_ o: Obligation, _ spans: [String: [Span]], on day: Day) -> Obligation {
        guard case .listed(let ids) = o.bearers else { return o }
        let kept = bearing(ids, o.bearerSpans, spans, on: day)
        guard kept != ids else { return o }
        return Obligation(
            bearers: .listed(kept), duty: o.duty, engages: o.engages, within: o.within, decision: o.decision,
            deciders: o.deciders, subjectTo: o.subjectTo, force: o.force, collective: o.collective, towards: o.towards,
            modality: o.modality, means: o.means, bearerSpans: o.bearerSpans)
    }

    /// A reading's `then` cut the same way: its listed bearers, when it replaces them,
    /// only while they are parties and inside their own dates.
    static func present(_ p: ObligationPatch, _ spans: [String: [Span]], on day: Day) -> ObligationPatch {
        guard case .listed(let ids)? = p.bearers else { return p }
        let kept = bearing(ids, p.bearerSpans, spans, on: day)
        guard kept != ids else { return p }
        var cut = p
        cut.bearers = .listed(kept)
        return cut
    }

    /// The listed bearers that bear on `day`: parties then (`spans`), and inside their own dates.
    static func bearing(_ ids: [String], _ own: [String: [Span]], _ spans: [String: [Span]], on day: Day) -> [String] {
        candidates(ids, own).filter { holds(spans[$0], on: day) && holds(own[$0], on: day) }
    }

    static func present(_ r: Reading, _ spans: [String: [Span]], on day: Day) -> Reading {
        guard let then = r.then else { return r }
        return Reading(id: r.id, claim: r.claim, when: r.when, then: present(then, spans, on: day), note: r.note)
    }

    /// The ids as written, then those whose every entry has ended (history), by id.
    static func candidates(_ written: [String], _ spans: [String: [Span]]) -> [String] {
        let listed = Set(written)
        return written + spans.keys.filter { !listed.contains($0) }.sorted()
    }

    /// Undated (nil) holds always; otherwise on a day inside one of its spans.
    static func holds(_ spans: [Span]?, on day: Day) -> Bool {
        guard let spans else { return true }
        return spans.contains { $0.contains(day) }
    }

    func instrument(on day: Day, _ i: Instrument) -> Instrument {
        let spans = dated.parties[i.id] ?? [:]
        let parties = Self.candidates(i.parties, spans).filter { Self.holds(spans[$0], on: day) }
        let violators = i.violatedBy.filter { dated.breaches[i.id]?[$0].map { $0 <= day } ?? true }
        // A clause of a phase counts only in its phase; a listed bearer that is a
        // dated party counts only while it is a party.
        var clauses = i.clauses.filter { c in dated.clauses[i.id]?[c.id].map { $0.contains(day) } ?? true }.map { c in
            let plain =
                c.then.allSatisfy { $0.bearerSpans.isEmpty }
                && c.readings.allSatisfy { $0.then?.bearerSpans.isEmpty ?? true }
            return spans.isEmpty && plain
                ? c
                : c.replacing(
                    then: c.then.map { Self.present($0, spans, on: day) },
                    readings: c.readings.map { Self.present($0, spans, on: day) })
        }
        let status: InstrumentStatus
        let dates = dated.instruments[i.id]
        // What "in force" means on this day: violated while a breach counts.
        let applying = violators.isEmpty || i.status != .violated ? InstrumentStatus.inForce : .violated
        if let made = dates?.proposed ?? dates?.signed, day < made {
            // Not yet made: no clause applies and no undertaking stands, but its
            // readings stay known, so a scenario that names one reads the same on every day.
            clauses = clauses.filter { !$0.isRefrain }.map { c in
                c.replacing(
                    when: [],
                    readings: c.readings.map {
                        Reading(id: $0.id, claim: $0.claim, when: nil, then: nil, note: $0.note)
                    })
            }
            status = i.status
        } else if let ended = dates?.ended, day >= ended {
            status = .lapsed
        } else if let signed = dates?.signed, day < signed {
            status = .proposed
        } else if let start = dates?.inForce {
            status = day < start ? .signed : applying
        } else if i.status == .lapsed && dates?.ended != nil {
            // It lapsed later: before that day it was in force.
            status = applying
        } else if i.status == .violated {
            status = applying
        } else {
            status = i.status
        }
        return Instrument(
            id: i.id, title: i.title, short: i.short, form: i.form, status: status, force: i.force,
            date: i.date, parties: parties, source: i.source, violatedBy: status == .violated ? violators : [],
            clauses: clauses, note: i.note, prevailsOver: i.prevailsOver)
    }
}

extension Graph {
    /// `from 1918-11-11 to 1940-06-15`: a state's dates as its `from`/`to` give them; spells one
    /// after another (`from 1918-11-11 to 1940-06-22, from 1991-09-06`).
    func datesPhrase(of id: String) -> String {
        guard let spells = dated.actors[id], !spells.isEmpty else { return "undated" }
        return spells.map { span in
            let from = span.from.map { "from \($0)" }
            let to = span.to.map { "to \($0)" }
            return [from, to].compactMap { $0 }.joined(separator: " ")
        }.joined(separator: ", ")
    }
}
