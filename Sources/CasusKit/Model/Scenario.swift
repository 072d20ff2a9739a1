/// What an attack hits: a deployment, a state's territory, a place inside a
/// state, one state's forces at a place (`forces:STATE@PLACE`), or its public
/// vessels and aircraft there (`vessels:STATE@PLACE`).
public enum AttackTarget: Sendable, Hashable, CustomStringConvertible {
    /// A deployment: its contributors' forces and its host's territory.
    case deployment(String)
    /// A state's territory.
    case state(String)
    /// A place inside exactly one state: that state's territory there.
    case place(String)
    /// A state's forces at a place.
    case forces(state: String, at: String)
    /// A state's public vessels and aircraft at a place.
    case vessels(state: String, at: String)
    /// Merchant ships under a state's flag at a place (version 3).
    case shipping(state: String, at: String)

    /// The target as the command line and the JSON contract write it.
    public var description: String {
        switch self {
        case .deployment(let id), .state(let id), .place(let id): return id
        case .forces(let state, let place): return "forces:\(state)@\(place)"
        case .vessels(let state, let place): return "vessels:\(state)@\(place)"
        case .shipping(let state, let place): return "shipping:\(state)@\(place)"
        }
    }
}

/// One attack of a scenario.
public struct Attack: Sendable, Hashable {
    /// What is attacked.
    public let target: AttackTarget
    /// nil: the graph's default attacker.
    public let by: String?
    /// The kind of event (an armed attack by default).
    public let kind: EventKind
    /// Whether it uses nuclear weapons.
    public let nuclear: Bool

    /// An attack; `by` nil takes the graph's default attacker.
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
    /// Its id, for a named scenario.
    public var id: String?
    /// Its title.
    public var title: String?
    /// Its attacks, all by one side.
    public var attacks: [Attack]
    /// nil: the graph's default depth.
    public var depth: Int?
    /// Contested readings taken as settled.
    public var accept: [String]
    /// Contested readings ruled out.
    public var reject: [String]
    /// Reject every contested reading not accepted (the `--strict` flag).
    public var strict: Bool
    /// Proposed or signed instruments treated as in force.
    public var adopt: [String]
    /// Actors removed before the analysis.
    public var without: [String]
    /// Actors on the attacker's side from the start.
    public var aligned: [String]
    /// States (or groups) that choose to join the victim's side, engaged from the start under no
    /// pledge (version 3, `joins`): every chain through one rests on that choice.
    public var joins: [String]
    /// Deciders that withhold consent in every consensus or unanimity decision they take part in.
    public var vetoes: [String]
    /// Only these duties count in the outputs (empty: all).
    public var duties: [Duty]
    /// The day the world is read as of (dated facts decide); nil: as written.
    public var asOf: Day?
    /// A caveat for readers.
    public var note: String?
    /// Instruments taken as lapsed for this run, their obligations withheld as a
    /// lapsed instrument's are: how `critical` removes an instrument without
    /// building the graph and its indices again. Not in the format.
    package var lapsed: [String] = []

    /// A scenario; everything but the attacks is optional.
    public init(
        id: String? = nil, title: String? = nil, attacks: [Attack], depth: Int? = nil,
        accept: [String] = [], reject: [String] = [], strict: Bool = false, adopt: [String] = [],
        without: [String] = [], aligned: [String] = [], joins: [String] = [], vetoes: [String] = [],
        duties: [Duty] = [], asOf: Day? = nil, note: String? = nil
    ) {
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
        self.joins = joins
        self.vetoes = vetoes
        self.duties = duties
        self.asOf = asOf
        self.note = note
    }
}

/// What a scenario takes when it does not say.
public struct Defaults: Sendable, Hashable {
    /// The attacker of an attack that names none.
    public let attacker: String?
    /// The escalation depth (1 unless the graph says).
    public let depth: Int
    package init(attacker: String? = nil, depth: Int = 1) {
        self.attacker = attacker
        self.depth = depth
    }
}

/// A source document listed at the top level of a graph.
public struct Source: Sendable, Hashable {
    /// Its id.
    public let id: String
    /// Its title.
    public let title: String?
    /// A link to it (http or https).
    public let url: String?
    /// What it supports.
    public let note: String?
    package init(id: String, title: String?, url: String?, note: String?) {
        self.id = id
        self.title = title
        self.url = url
        self.note = note
    }
}
