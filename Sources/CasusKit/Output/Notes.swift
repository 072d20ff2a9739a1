/// The notes a reader must see beside an answer: the caveats written on the
/// scenario, the actors, places, deployments, instruments and clauses it rests
/// on ("sovereignty disputed", "text not public"). Collected in the order they
/// are met, each once.
public struct Note: Sendable, Hashable {
    /// What the note qualifies: `place UKR-east`, `actor TWN`, `nat/art5`, …
    public let subject: String
    /// The note.
    public let text: String
}

package struct NoteCollector {
    let graph: Graph
    package private(set) var notes: [Note] = []
    private var seen = Set<String>()

    package init(graph: Graph) { self.graph = graph }

    package mutating func scenario(_ id: String?) {
        guard let id, let s = graph.scenario(id) else { return }
        add("scenario \(id)", s.note)
    }

    package mutating func actor(_ id: String) {
        add("actor \(id)", graph.actor(id)?.note)
    }

    package mutating func place(_ id: String) {
        if let p = graph.place(id) {
            add("place \(id)", p.note)
        } else {
            actor(id)
        }
    }

    package mutating func deployment(_ id: String) {
        guard let d = graph.deployment(id) else { return }
        add("deployment \(id)", d.note)
        place(d.at)
    }

    /// The instrument's note, then the clause's.
    package mutating func clause(_ instrument: String, _ clause: String) {
        guard let i = graph.instrument(instrument) else { return }
        add("instrument \(instrument)", i.note)
        add("\(instrument)/\(clause)", i.clauses.first { $0.id == clause }?.note)
    }

    /// Everything a chain names: events (victim, place, deployment), clauses, bearers.
    package mutating func chain(_ c: Chain) {
        for step in c.steps {
            switch step {
            case .attack(let a):
                actor(a.victim)
                if let d = a.deployment { deployment(d) }
                place(a.place)
            case .clause(let s):
                clause(s.instrument, s.clause)
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
            case .forces(_, let at)?, .vessels(_, let at)?:
                place(at)
            case .state?, .place?, nil:
                place(a.target)
            }
        }
    }

    private mutating func add(_ subject: String, _ text: String?) {
        guard let text, seen.insert(subject).inserted else { return }
        // A folded YAML block ends in a line break; the note itself does not.
        let trimmed = String(text.reversed().drop { $0.isWhitespace }.reversed())
        notes.append(Note(subject: subject, text: trimmed))
    }
}
