// The closed word lists of the format (format.md). Each raw value is the word a
// graph file writes; `allWords` drives the "expected one of …" error messages.

public protocol FormatWord: RawRepresentable, CaseIterable, Sendable, Hashable where RawValue == String {}

extension FormatWord {
    /// Every word the format accepts here, in the order format.md lists them.
    public static var allWords: [String] { allCases.map(\.rawValue) }
}

public enum ActorKind: String, FormatWord { case state, organization }

public enum DeploymentConfig: String, FormatWord {
    case enforcement, reassurance, tripwire, monitoring, training, other
}

public enum DeploymentStatus: String, FormatWord { case proposed, deployed, withdrawn }

public enum InstrumentForm: String, FormatWord {
    case treaty, agreement, memorandum, declaration, communique, proposal
    /// A state's own law (the Taiwan Relations Act).
    case statute
    case unilateral
}

public enum InstrumentStatus: String, FormatWord {
    case inForce = "in-force", signed, proposed, violated, lapsed

    /// Violated or lapsed: at least some of its obligations are withheld (drawn dimmed).
    public var isInactive: Bool { self == .violated || self == .lapsed }
    /// Proposed and signed-not-in-force instruments bind only if a scenario adopts them.
    public var isUnadopted: Bool { self == .proposed || self == .signed }
}

public enum LegalForce: String, FormatWord, Comparable {
    case binding, political
    public static func < (a: LegalForce, b: LegalForce) -> Bool { a == .binding && b == .political }
}

/// What a clause's `then` asks of a bearer, in format.md's order.
public enum Duty: String, FormatWord {
    case defend, assist, aid, consult, sanction, supply
    case seekUNAction = "seek-un-action"
    /// Give no help to the attacker (ATOP neutrality pledges).
    case neutral
    /// A standing undertaking not to use force against `towards`: never a response.
    case refrain

    /// Whether discharging the duty engages the bearer in the fighting (drives escalation).
    public var engagesByDefault: Bool { self == .defend || self == .assist }

    /// Rank in analysis.md's order of strength, strongest first (0 = defend).
    /// `refrain` is never a chain's duty; it ranks last.
    public var strengthRank: Int {
        switch self {
        case .defend: return 0
        case .assist: return 1
        case .aid: return 2
        case .supply: return 3
        case .sanction: return 4
        case .seekUNAction: return 5
        case .neutral: return 6
        case .consult: return 7
        case .refrain: return 8
        }
    }

    /// The duties a response can carry (every duty but `refrain`), for messages and flags.
    public static var responseWords: [String] { allWords.filter { $0 != Duty.refrain.rawValue } }
}

/// What an attack hits: a state's territory, its forces, or its public vessels
/// and aircraft (coast guard included). `any` appears only in triggers.
public enum TargetKind: String, FormatWord { case territory, forces, vessels, any }

/// What kind of event a clause answers (analysis.md, "Events").
public enum EventKind: String, FormatWord, Comparable {
    case armedAttack = "armed-attack"
    /// A violation of territory or airspace below an armed attack.
    case incursion
    case threat
    case cyber

    public static func < (a: EventKind, b: EventKind) -> Bool { a.rawValue < b.rawValue }
}

public enum Decision: String, FormatWord { case individual, consensus, unanimity }
