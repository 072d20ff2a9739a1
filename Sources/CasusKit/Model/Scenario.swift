/// What an attack hits: a deployment, a state's territory, a place inside a
/// state, one state's forces at a place (`forces:STATE@PLACE`), or its public
/// vessels and aircraft there (`vessels:STATE@PLACE`).
public enum AttackTarget: Sendable, Hashable, CustomStringConvertible {
    case deployment(String)
    case state(String)
    case place(String)
    case forces(state: String, at: String)
    case vessels(state: String, at: String)

    /// The target as the command line and the JSON contract write it.
    public var description: String {
        switch self {
        case .deployment(let id), .state(let id), .place(let id): return id
        case .forces(let state, let place): return "forces:\(state)@\(place)"
        case .vessels(let state, let place): return "vessels:\(state)@\(place)"
        }
    }
}

public struct Attack: Sendable, Hashable {
    public let target: AttackTarget
    /// nil: the graph's default attacker.
    public let by: String?
    public let kind: EventKind
    public let nuclear: Bool

    public init(target: AttackTarget, by: String? = nil, kind: EventKind = .armedAttack, nuclear: Bool = false) {
        self.target = target
        self.by = by
        self.kind = kind
        self.nuclear = nuclear
    }
}

/// The question put to the engine: which attacks, how deep, under which
/// readings, proposals and removals, counting which duties.
public struct Scenario: Sendable, Hashable {
    public var id: String?
    public var title: String?
    public var attacks: [Attack]
    /// nil: the graph's default depth.
    public var depth: Int?
    public var accept: [String]
    public var reject: [String]
    /// Reject every contested reading not accepted (the `--strict` flag).
    public var strict: Bool
    public var adopt: [String]
    public var without: [String]
    public var aligned: [String]
    /// Deciders that withhold consent in every consensus or unanimity decision they take part in.
    public var vetoes: [String]
    /// Only these duties count in the outputs (empty: all).
    public var duties: [Duty]
    /// The day the world is read as of (dated facts decide); nil: as written.
    public var asOf: Day?
    public var note: String?

    public init(id: String? = nil, title: String? = nil, attacks: [Attack], depth: Int? = nil,
                accept: [String] = [], reject: [String] = [], strict: Bool = false, adopt: [String] = [],
                without: [String] = [], aligned: [String] = [], vetoes: [String] = [], duties: [Duty] = [],
                asOf: Day? = nil, note: String? = nil) {
        self.id = id
        self.title = title
        self.attacks = attacks
        self.depth = depth
        self.accept = accept
        self.reject = reject
        self.strict = strict
        self.adopt = adopt
        self.without = without
        self.aligned = aligned
        self.vetoes = vetoes
        self.duties = duties
        self.asOf = asOf
        self.note = note
    }
}

public struct Defaults: Sendable, Hashable {
    public let attacker: String?
    public let depth: Int
    public init(attacker: String? = nil, depth: Int = 1) { self.attacker = attacker; self.depth = depth }
}

/// A source document listed at the top level of a graph.
public struct Source: Sendable, Hashable {
    public let id: String
    public let title: String?
    public let url: String?
    public let note: String?
    public init(id: String, title: String?, url: String?, note: String?) {
        self.id = id; self.title = title; self.url = url; self.note = note
    }
}
