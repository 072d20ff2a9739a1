// The closed word lists of the format (format.md). Each raw value is the word a
// graph file writes; `allWords` drives the "expected one of …" error messages.

/// A closed list of words a graph file may write in one place; the raw value is the word.
public protocol FormatWord: RawRepresentable, CaseIterable, Sendable, Hashable where RawValue == String {}

extension FormatWord {
    /// Every word the format accepts here, in the order format.md lists them.
    public static var allWords: [String] { allCases.map(\.rawValue) }
}

/// Whether an actor is a state or an organization of states.
public enum ActorKind: String, FormatWord {
    /// A state: it has territory, forces and vessels, and can attack or be attacked.
    case state
    /// An organization: it stands for its member states, or bears a `collective` obligation as one actor.
    case organization
    /// Version 3: a non-state armed group (the Houthis, Hamas). It attacks and is attacked, stands
    /// on a side, and is a party or bearer only where an instrument lists it; it is no state, so
    /// `bearers: any` and "unaffected states" leave it out. An attack on it is on its forces where it
    /// is based (`within`), never on the state it is in.
    case group
}

/// What a force deployment is for (the seed's configurations).
public enum DeploymentConfig: String, FormatWord {
    /// A force that enforces a ceasefire, on the line of contact.
    case enforcement
    /// A force away from the front that reassures the host.
    case reassurance
    /// A small force whose casualties would trigger its contributors' commitments.
    case tripwire
    /// Observers of a ceasefire.
    case monitoring
    /// A training mission.
    case training
    /// Anything else.
    case other
}

/// Whether a deployment is there.
public enum DeploymentStatus: String, FormatWord {
    /// Discussed, not there: analysed as deployed.
    case proposed
    /// There.
    case deployed
    /// Gone: an attack at its place hits only the host's territory.
    case withdrawn
}

/// The kind of document an instrument is.
public enum InstrumentForm: String, FormatWord {
    /// A treaty between states.
    case treaty
    /// An agreement (often political).
    case agreement
    /// A memorandum (the Budapest Memorandum).
    case memorandum
    /// A declaration of several signatories.
    case declaration
    /// A communiqué.
    case communique
    /// A proposal under discussion.
    case proposal
    /// A state's own law (the Taiwan Relations Act).
    case statute
    /// A unilateral statement or assurance.
    case unilateral
}

/// Whether an instrument applies (as written; dates may decide as of a day).
public enum InstrumentStatus: String, FormatWord {
    /// It applies.
    case inForce = "in-force"
    /// Signed but not in force: it binds only where a scenario adopts it.
    case signed
    /// Proposed: it binds only where a scenario adopts it.
    case proposed
    /// In force but breached by `violatedBy`: it still binds every party, its
    /// violators included (version 3: no state invokes its own breach).
    case violated
    /// No longer applies.
    case lapsed

    /// Violated or lapsed: drawn dimmed on the world map (a violated instrument
    /// still binds; see `withholds`).
    public var isInactive: Bool { self == .violated || self == .lapsed }
    /// Whether the instrument withholds its obligations: only a lapsed one does
    /// (version 3: a breach releases nobody, the breaker least of all).
    public var withholds: Bool { self == .lapsed }
    /// Proposed and signed-not-in-force instruments bind only if a scenario adopts them.
    public var isUnadopted: Bool { self == .proposed || self == .signed }
}

/// How firmly an obligation binds.
public enum LegalForce: String, FormatWord, Comparable {
    /// A legal obligation.
    case binding
    /// A political commitment.
    case political
    /// Binding ranks before political.
    public static func < (a: LegalForce, b: LegalForce) -> Bool { a == .binding && b == .political }
}

/// What a clause's `then` asks of a bearer, in format.md's order.
public enum Duty: String, FormatWord {
    /// Take part in the defence with armed force (engaging).
    case defend
    /// Join an ally's war at its side with armed force, whoever began it (an offense
    /// pledge): owed to the attacker a clause's `attack-by` names (engaging).
    case joinWar = "join-war"
    /// Assist, armed force included if the bearer so decides (engaging).
    case assist
    /// Aid by all means in the bearer's power, not necessarily military.
    case aid
    /// Consult with the victim or the other parties.
    case consult
    /// Impose sanctions on the attacker.
    case sanction
    /// Supply arms, equipment or finance.
    case supply
    /// Seek action by the UN Security Council.
    case seekUNAction = "seek-un-action"
    /// Give no help to the attacker (ATOP neutrality pledges).
    case neutral
    /// A standing undertaking not to use force against `towards`: never a response.
    case refrain

    /// Whether discharging the duty engages the bearer in the fighting (drives escalation).
    public var engagesByDefault: Bool { self == .defend || self == .joinWar || self == .assist }

    /// Rank in analysis.md's order of strength, strongest first (0 = defend).
    /// `refrain` is never a chain's duty; it ranks last.
    public var strengthRank: Int {
        switch self {
        case .defend: return 0
        case .joinWar: return 1
        case .assist: return 2
        case .aid: return 3
        case .supply: return 4
        case .sanction: return 5
        case .seekUNAction: return 6
        case .neutral: return 7
        case .consult: return 8
        case .refrain: return 9
        }
    }

    /// The duties a response can carry (every duty but `refrain`), for messages and flags.
    public static var responseWords: [String] { allWords.filter { $0 != Duty.refrain.rawValue } }
}

/// What an attack hits: a state's territory, its forces, or its public vessels
/// and aircraft (coast guard included). `any` appears only in triggers.
public enum TargetKind: String, FormatWord {
    /// A state's territory.
    case territory
    /// A state's armed forces, wherever they are.
    case forces
    /// A state's public vessels and aircraft, coast guard included.
    case vessels
    /// Merchant ships under a state's flag (version 3): covered only by a clause that names it.
    case shipping
    /// Anything but merchant shipping (in triggers only).
    case any
}

/// What kind of event a clause answers (analysis.md, "Events").
public enum EventKind: String, FormatWord, Comparable {
    /// An armed attack (the default).
    case armedAttack = "armed-attack"
    /// A violation of territory or airspace below an armed attack.
    case incursion
    /// A threat of force.
    case threat
    /// A cyber attack.
    case cyber

    /// By the word, for sorted lists.
    public static func < (a: EventKind, b: EventKind) -> Bool { a.rawValue < b.rawValue }
}

/// How the bearers of an obligation decide to act on it.
public enum Decision: String, FormatWord {
    /// Each bearer for itself.
    case individual
    /// Together, by consensus: any decider can withhold it.
    case consensus
    /// Together, unanimously: any decider can veto it.
    case unanimity
    /// Together, by a qualified majority of the deciders (`{ majority: 2/3 }`, version 3):
    /// withheld only when too few are left in favour.
    case majority
}

extension Decision {
    /// How a text says it: `consensus`, `unanimity`, `a 2/3 majority`.
    public func phrase(_ share: Share?) -> String {
        guard self == .majority, let share else { return rawValue }
        return "a \(share) majority"
    }
}

/// The share of its deciders a majority decision needs in favour: at least
/// `numerator`/`denominator` of them (`2/3`: two thirds or more).
public struct Share: Sendable, Hashable, CustomStringConvertible {
    /// N of N/M.
    public let numerator: Int
    /// M of N/M.
    public let denominator: Int

    package init(numerator: Int, denominator: Int) {
        self.numerator = numerator
        self.denominator = denominator
    }

    /// `2/3`, as a graph file writes it; nil unless 0 < N ≤ M ≤ 1000.
    package init?(_ text: String) {
        let parts = text.split(separator: "/", omittingEmptySubsequences: false)
        guard parts.count == 2, let n = Int(parts[0]), let m = Int(parts[1]), n > 0, n <= m, m <= 1000 else {
            return nil
        }
        self.init(numerator: n, denominator: m)
    }

    /// `2/3`, as a graph file writes it.
    public var description: String { "\(numerator)/\(denominator)" }

    /// How many of `deciders` must be in favour: the smallest count at least the share.
    public func needed(of deciders: Int) -> Int {
        (deciders * numerator + denominator - 1) / denominator
    }
}

/// Whether a `then` entry obliges its bearers or only permits them (analysis.md v3, rule 5).
public enum Modality: String, FormatWord {
    /// An obligation (the default).
    case must
    /// A right, not a duty: collective self-defence at the victim's request (UN Charter
    /// art. 51). It never engages, escalates, blocks or counts as an obligation.
    case may
}

/// How a bearer meets its duty, as the text says it (analysis.md v3, rule 6).
/// Duty strength does not change with it: it is stated, never implied.
public enum Means: String, FormatWord {
    /// "Such action as it deems necessary, including the use of armed force" (NAT Art. 5):
    /// armed force is an option the bearer decides on, not a duty.
    case bearerDecides = "bearer-decides"
    /// "By all the means in their power" (TEU Art. 42(7)).
    case allInItsPower = "all-in-its-power"
    /// A duty that can only be met with armed force.
    case armedForce = "armed-force"

    /// The words outputs show beside the duty: "such action as it deems necessary, armed force included".
    public var phrase: String {
        switch self {
        case .bearerDecides: return "such action as it deems necessary, armed force included"
        case .allInItsPower: return "by all the means in its power"
        case .armedForce: return "with armed force"
        }
    }
}
