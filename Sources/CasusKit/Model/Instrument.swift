/// A treaty, agreement, memorandum, declaration, communiqué or proposal.
public struct Instrument: Sendable, Hashable {
    public let id: String
    public let title: String
    /// The label used in diagrams (the id by default).
    public let short: String
    public let form: InstrumentForm
    public let status: InstrumentStatus
    public let force: LegalForce
    public let date: String?
    /// Parties as written (organizations are expanded by the graph).
    public let parties: [String]
    public let source: String?
    public let violatedBy: [String]
    public let clauses: [Clause]
    public let note: String?

    public init(id: String, title: String, short: String, form: InstrumentForm, status: InstrumentStatus,
                force: LegalForce, date: String?, parties: [String], source: String?, violatedBy: [String],
                clauses: [Clause], note: String?) {
        self.id = id; self.title = title; self.short = short; self.form = form; self.status = status
        self.force = force; self.date = date; self.parties = parties; self.source = source
        self.violatedBy = violatedBy; self.clauses = clauses; self.note = note
    }

    /// Proposed, or signed and not in force: it binds only where a scenario adopts it.
    public var isProposal: Bool { status.isUnadopted }
}

/// One operative provision: its triggers (any one suffices), the obligations it
/// creates, and the contested readings of it. A `refrain` clause (a standing
/// undertaking not to use force) has no triggers and no readings.
public struct Clause: Sendable, Hashable {
    public let id: String
    public let cite: String
    public let text: String?
    public let when: [Trigger]
    public let then: [Obligation]
    public let readings: [Reading]
    public let note: String?

    public init(id: String, cite: String, text: String?, when: [Trigger], then: [Obligation],
                readings: [Reading], note: String?) {
        self.id = id; self.cite = cite; self.text = text; self.when = when; self.then = then
        self.readings = readings; self.note = note
    }

    /// A standing undertaking not to use force (every `then` entry is a refrain).
    public var isRefrain: Bool { !then.isEmpty && then.allSatisfy { $0.duty == .refrain } }
}

/// Who a trigger's `attack-on`, `bearers`, `deciders`, `towards` or `by` names.
public enum ActorSet: Sendable, Hashable {
    /// The instrument's parties (organizations expanded).
    case parties
    /// The parties other than the victim (for `towards`: other than the bearer).
    case otherParties
    /// Actors that are not parties (only for `by`).
    case nonParties
    /// Anyone (`by`, `attack-on`).
    case any
    /// The obligation's bearers (only for `deciders`).
    case bearers
    /// Listed ids: actors, organizations (expanded) and, for `attack-on`, deployments.
    case listed([String])
}

/// Where a trigger's `in` looks.
public enum PlaceRef: Sendable, Hashable {
    /// The territory of any party.
    case parties
    /// The victim's own territory.
    case victim
    case place(String)
}

extension PlaceRef {
    /// The word a graph file writes for it (`parties`, `victim` or a place id).
    public var word: String {
        switch self {
        case .parties: return "parties"
        case .victim: return "victim"
        case .place(let id): return id
        }
    }
}

extension ActorSet {
    /// The keyword a graph file writes for it; nil for a list of ids.
    public var keyword: String? {
        switch self {
        case .parties: return "parties"
        case .otherParties: return "other-parties"
        case .nonParties: return "non-parties"
        case .any: return "any"
        case .bearers: return "bearers"
        case .listed: return nil
        }
    }

    /// The ids of a list; empty for a keyword.
    public var listedIDs: [String] {
        if case .listed(let ids) = self { return ids }
        return []
    }
}

/// One alternative of a clause's `when`.
public struct Trigger: Sendable, Hashable {
    public let attackOn: ActorSet
    /// What may be hit: `[.any]` for anything.
    public let targets: [TargetKind]
    /// Which kinds of event answer it (default: armed attack only).
    public let kinds: [EventKind]
    /// nil: anywhere.
    public let within: [PlaceRef]?
    /// Places excluded from the trigger (transitively): occupied territory, say.
    public let except: [String]
    public let by: ActorSet
    public let unprovoked: Bool
    public let nuclear: Bool

    public init(attackOn: ActorSet, targets: [TargetKind] = [.any], kinds: [EventKind] = [.armedAttack],
                within: [PlaceRef]? = nil, except: [String] = [], by: ActorSet = .any,
                unprovoked: Bool = false, nuclear: Bool = false) {
        self.attackOn = attackOn
        self.targets = targets
        self.kinds = kinds
        self.within = within
        self.except = except
        self.by = by
        self.unprovoked = unprovoked
        self.nuclear = nuclear
    }
}

/// A response window in hours: a single number or a range; `immediately` is 0.
public struct Hours: Sendable, Hashable {
    /// The largest window a graph may state: one year of hours. Bounding it keeps
    /// every sum along a chain far from overflow.
    public static let limit = 8760
    public let lower: Int
    public let upper: Int
    public init(lower: Int, upper: Int) {
        self.lower = lower
        self.upper = upper
    }
}

/// One obligation a met clause creates for its bearers.
public struct Obligation: Sendable, Hashable {
    public let bearers: ActorSet
    public let duty: Duty
    public let engages: Bool
    public let within: Hours?
    public let decision: Decision
    public let deciders: ActorSet
    public let subjectTo: [String]
    /// Overrides the instrument's force for this clause.
    public let force: LegalForce?
    /// Each organization among `bearers` bears this as one actor (its members do not).
    public let collective: Bool
    /// For a `refrain`: who the bearers undertake not to use force against.
    public let towards: ActorSet

    public init(bearers: ActorSet = .otherParties, duty: Duty, engages: Bool? = nil, within: Hours? = nil,
                decision: Decision = .individual, deciders: ActorSet = .bearers, subjectTo: [String] = [],
                force: LegalForce? = nil, collective: Bool = false, towards: ActorSet = .otherParties) {
        self.bearers = bearers
        self.duty = duty
        self.engages = engages ?? duty.engagesByDefault
        self.within = within
        self.decision = decision
        self.deciders = deciders
        self.subjectTo = subjectTo
        self.force = force
        self.collective = collective
        self.towards = towards
    }
}

/// The fields a reading's `then` replaces in each of its clause's obligations.
public struct ObligationPatch: Sendable, Hashable {
    public var bearers: ActorSet?
    public var duty: Duty?
    public var engages: Bool?
    public var within: Hours?
    public var decision: Decision?
    public var deciders: ActorSet?
    public var subjectTo: [String]?
    public var force: LegalForce?
    public var collective: Bool?

    public init() {}

    /// The obligation as it reads under this patch. A new duty without an explicit
    /// `engages` takes that duty's default.
    public func applied(to o: Obligation) -> Obligation {
        Obligation(bearers: bearers ?? o.bearers, duty: duty ?? o.duty,
                   engages: engages ?? (duty.map(\.engagesByDefault) ?? o.engages),
                   within: within ?? o.within, decision: decision ?? o.decision,
                   deciders: deciders ?? o.deciders, subjectTo: subjectTo ?? o.subjectTo,
                   force: force ?? o.force, collective: collective ?? o.collective, towards: o.towards)
    }
}

/// A contested interpretation of a clause: one more trigger alternative, a
/// different obligation, or both, holding only while the reading is relied on.
public struct Reading: Sendable, Hashable {
    public let id: String
    public let claim: String
    public let when: Trigger?
    public let then: ObligationPatch?
    public let note: String?

    public init(id: String, claim: String, when: Trigger?, then: ObligationPatch?, note: String? = nil) {
        self.id = id; self.claim = claim; self.when = when; self.then = then; self.note = note
    }
}
