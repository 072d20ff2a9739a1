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
}

public enum InstrumentStatus: String, FormatWord {
    case inForce = "in-force", signed, proposed, violated, lapsed

    /// Violated and lapsed instruments never produce obligations (they are reported inactive).
    public var isInactive: Bool { self == .violated || self == .lapsed }
    /// Proposed and signed-not-in-force instruments bind only if a scenario adopts them.
    public var isUnadopted: Bool { self == .proposed || self == .signed }
}

public enum LegalForce: String, FormatWord, Comparable {
    case binding, political
    public static func < (a: LegalForce, b: LegalForce) -> Bool { a == .binding && b == .political }
}

public enum Duty: String, FormatWord {
    case defend, assist, aid, consult, sanction, supply
    case seekUNAction = "seek-un-action"

    /// Whether discharging the duty engages the bearer in the fighting (drives escalation).
    public var engagesByDefault: Bool { self == .defend || self == .assist }
}

public enum TargetKind: String, FormatWord { case territory, forces, any }

public enum Decision: String, FormatWord { case individual, consensus, unanimity }
