import CasusKit

/// The names a reader sees in a diagram for the ids a graph file uses: an
/// actor's, place's or deployment's `name`, an instrument's `short`. An id the
/// graph does not know (a graph built in code) stands for itself.
struct NameBook {
    let graph: Graph

    func actor(_ id: String) -> String { graph.actor(id)?.name ?? id }

    /// A place's name; a state's territory is a place too, named as the state.
    func place(_ id: String) -> String {
        graph.place(id)?.name ?? actor(id)
    }

    func instrument(_ id: String) -> String { graph.instrument(id)?.short ?? id }

    /// An attack's target as written (`tripwire-east`, `UKR`, `forces:GBR@UKR-east`),
    /// read as the analysis reads it (`Graph.target(_:)`).
    func target(_ written: String) -> String {
        switch try? graph.target(written) {
        case .deployment(let id)?:
            return graph.deployment(id)?.name ?? id
        case .state(let id)?:
            return actor(id)
        case .forces(let state, let at)?:
            return "\(actor(state)) forces at \(place(at))"
        case .vessels(let state, let at)?:
            return "\(actor(state)) vessels at \(place(at))"
        case .shipping(let state, let at)?:
            return "\(actor(state))-flagged shipping at \(place(at))"
        case .place?, nil:
            // A target the graph cannot resolve stands for itself (or names an actor).
            return place(written)
        }
    }

    /// `France (territory)`, `France: forces at Eastern Ukraine`, with a kind
    /// below an armed attack and nuclear use spelt out.
    func event(_ a: AttackStep) -> String {
        var what: String
        switch a.target {
        case .territory:
            what =
                a.place == a.victim
                ? "\(actor(a.victim)) (territory)" : "\(actor(a.victim)): territory at \(place(a.place))"
        case .forces, .vessels, .any:
            what = "\(actor(a.victim)): \(a.target.rawValue) at \(place(a.place))"
        case .shipping:
            what = "\(actor(a.victim)): flagged shipping at \(place(a.place))"
        }
        if a.event != .armedAttack {
            what += " (\(a.event.rawValue))"
        }
        if a.nuclear {
            what += " (nuclear)"
        }
        return what
    }

    /// The hover text of an actor: its name and id, tags and note.
    func actorTooltip(_ id: String) -> String {
        guard let a = graph.actor(id) else { return id }
        var s = "\(a.name) (\(a.id))"
        if !a.tags.isEmpty { s += " [\(a.tags.joined(separator: ", "))]" }
        if let note = a.note { s += "\nNote: " + note }
        return s
    }

    /// A place's note, for the hover text of an event there.
    func placeNote(_ id: String) -> String? {
        graph.place(id)?.note
    }
}
