/// The notes a reader must see beside an answer: the caveats written on the
/// scenario, the actors, places, deployments, instruments and clauses it rests
/// on ("sovereignty disputed", "text not public"). Collected in the order they
/// are met, each once.
public struct Note: Sendable, Hashable {
    /// What kind of thing a note qualifies.
    public enum Kind: String, Sendable {
        /// The scenario.
        case scenario
        /// A state or organization.
        case actor
        /// A place (or a state's territory).
        case place
        /// A deployment.
        case deployment
        /// An instrument.
        case instrument
        /// A clause: its id is `instrument/clause`.
        case clause
        /// A violated instrument a chain passes through: the breach, and that it releases nobody.
        case breach
        /// Version 3: a group attacked inside a state, and that the state is not taken as attacked.
        case group
    }

    /// What kind of thing the note qualifies.
    public let kind: Kind
    /// Its id (`UKR-east`, `TWN`, `nat/art5`).
    public let id: String
    /// The note.
    public let text: String

    /// What the note qualifies, as text and JSON show it: `place UKR-east`, `actor TWN`, `nat/art5`, …
    public var subject: String { kind == .clause ? id : "\(kind.rawValue) \(id)" }
}

package struct NoteCollector {
    let graph: Graph
    package private(set) var notes: [Note] = []
    private var seen = Set<Note.Key>()

    package init(graph: Graph) { self.graph = graph }

    package mutating func scenario(_ id: String?) {
        guard let id, let s = graph.scenario(id) else { return }
        add(.scenario, id, s.note)
    }

    package mutating func actor(_ id: String) {
        add(.actor, id, graph.actor(id)?.note)
    }

    package mutating func place(_ id: String) {
        if let p = graph.place(id) {
            add(.place, id, p.note)
        } else {
            actor(id)
        }
    }

    package mutating func deployment(_ id: String) {
        guard let d = graph.deployment(id) else { return }
        add(.deployment, id, d.note)
        place(d.at)
    }

    /// The instrument's note, its breach, then the clause's, then the notes of the
    /// places its conditions name (`in`, `except`; and the reading's, when relied on):
    /// "the Mediterranean: whether the Black Sea is in it is unconfirmed" belongs
    /// beside every chain through Art. 5, not only beside attacks there.
    package mutating func clause(_ instrument: String, _ clause: String, reading: String? = nil) {
        guard let i = graph.instrument(instrument) else { return }
        add(.instrument, instrument, i.note)
        if i.status == .violated && !i.violatedBy.isEmpty {
            add(.breach, instrument, Self.breachNote(i.violatedBy))
        }
        let c = i.clauses.first { $0.id == clause }
        add(.clause, "\(instrument)/\(clause)", c?.note)
        guard let c else { return }
        var triggers = c.when
        // Readings that combine (`a+b`): each member's trigger.
        let relied = Set(reading.map(ClauseStep.members) ?? [])
        triggers += c.readings.filter { relied.contains($0.id) }.compactMap(\.when)
        for t in triggers {
            conditionPlaces(t)
        }
    }

    /// The places a trigger names as conditions: only places (a state named there
    /// is a party's territory, whose note is the actor's, not the clause's).
    private mutating func conditionPlaces(_ t: Trigger) {
        let named = (t.within ?? []).compactMap { ref -> String? in
            if case .place(let id) = ref { return id }
            return nil
        }
        for id in named + t.except {
            if let p = graph.place(id) {
                add(.place, id, p.note)
            }
        }
    }

    /// Everything a chain names: events (victim, place, deployment), clauses, bearers.
    package mutating func chain(_ c: Chain) {
        for step in c.steps {
            switch step {
            case .join(let j):
                actor(j.state)
            case .attack(let a):
                actor(a.victim)
                if let d = a.deployment { deployment(d) }
                place(a.place)
            case .clause(let s):
                clause(s.instrument, s.clause, reading: s.reading)
                actor(s.bearer)
            }
        }
    }

    /// The scenario's attacks: their targets (a deployment and its place, a state, a place).
    package mutating func attacks(_ s: AnalysedScenario) {
        for a in s.attacks {
            actor(a.by)
            switch try? graph.target(a.target) {
            case .deployment(let id)?:
                deployment(id)
            case .forces(let unit, let at)?:
                place(at)
                groupAttacked(unit, at: at)
            case .vessels(_, let at)?, .shipping(_, let at)?:
                place(at)
            case .state?, .place?, nil:
                place(a.target)
            }
        }
    }

    /// A group struck inside a state: the assumption that the state is not attacked, made visible.
    private mutating func groupAttacked(_ id: String, at place: String) {
        guard graph.actor(id)?.kind == .group, let state = graph.index.territoryStateID(of: place) else { return }
        add(
            .group, id,
            "a group: the attack on it at \(place) is not taken as an attack on \(state); where it was one (made "
                + "without \(state)'s consent, say), add an attack on \(place) to the scenario")
    }

    /// The notes a report shows beside a scenario's table: the places and forces its
    /// attacks and chains name (the places a cited clause's conditions name among
    /// them) and every breach a chain passes through — in the order first met.
    package static func besideTable(_ o: Outcome, graph: Graph) -> [Note] {
        var collector = NoteCollector(graph: graph)
        collector.attacks(o.scenario)
        for a in o.actors {
            for c in a.chains {
                collector.chain(c)
            }
        }
        return collector.notes.filter { [.place, .deployment, .breach, .group].contains($0.kind) }
    }

    /// The name a report gives a note's subject: `NAT (violated)`, a deployment's or a place's name.
    package static func subjectName(_ n: Note, graph: Graph) -> String {
        if n.kind == .breach { return (graph.instrument(n.id)?.short ?? n.id) + " (violated)" }
        if n.kind == .group { return graph.actor(n.id)?.name ?? n.id }
        return graph.deployment(n.id)?.name ?? graph.place(n.id)?.name ?? n.id
    }

    /// The breach notes of every violated instrument the outcome's chains pass
    /// through, as `(instrument, note)`, in the order first met.
    package static func breaches(in o: Outcome, graph: Graph) -> [(instrument: String, text: String)] {
        besideTable(o, graph: graph).filter { $0.kind == .breach }.map { ($0.id, $0.text) }
    }

    /// The groups the scenario attacks inside a state, as `(group, note)`.
    package static func groupsAttacked(in o: Outcome, graph: Graph) -> [(group: String, text: String)] {
        var collector = NoteCollector(graph: graph)
        collector.attacks(o.scenario)
        return collector.notes.filter { $0.kind == .group }.map { ($0.id, $0.text) }
    }

    /// Version 3, rule 1: a breach is reported, never a release.
    static func breachNote(_ violators: [String]) -> String {
        "violated by \(violators.joined(separator: ", ")); the breach releases nobody: every party stays bound, "
            + "the violators included (no state invokes its own breach; the others may suspend only by a decision "
            + "of their own, VCLT art. 60 — ask with the instrument lapsed to see that case)"
    }

    private mutating func add(_ kind: Note.Kind, _ id: String, _ text: String?) {
        guard let text, seen.insert(Note.Key(kind: kind, id: id)).inserted else { return }
        // A folded YAML block ends in a line break; the note itself does not.
        let trimmed = String(text.reversed().drop { $0.isWhitespace }.reversed())
        notes.append(Note(kind: kind, id: id, text: trimmed))
    }
}

extension Note {
    /// A note's subject, so each is collected once.
    struct Key: Hashable {
        let kind: Kind
        let id: String
    }
}
