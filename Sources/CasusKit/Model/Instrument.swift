/// A treaty, agreement, memorandum, declaration, communiqué or proposal.
public struct Instrument: Sendable, Hashable {
    /// Its id, unique in the world: `nat`.
    public let id: String
    /// Its full title.
    public let title: String
    /// The label used in diagrams (the id by default).
    public let short: String
    /// The kind of document.
    public let form: InstrumentForm
    /// Whether it applies, as written.
    public let status: InstrumentStatus
    /// How firmly its obligations bind, unless an obligation says otherwise.
    public let force: LegalForce
    /// Its date as a label (dates that decide are in `Graph.dated`).
    public let date: String?
    /// Parties as written (organizations are expanded by the graph).
    public let parties: [String]
    /// A link to its text (http or https).
    public let source: String?
    /// With status violated: the parties in breach, whose own obligations it withholds.
    public let violatedBy: [String]
    /// Its operative clauses.
    public let clauses: [Clause]
    /// A caveat for readers (text unconfirmed, say).
    public let note: String?
    /// Version 3: the instruments this one prevails over where their obligations conflict
    /// (Egypt–Israel Art. VI(5)): a duty under one of them that would engage a bearer's force
    /// against a state this one's refrain clause protects is reported as in conflict.
    public let prevailsOver: [String]

    package init(
        id: String, title: String, short: String, form: InstrumentForm, status: InstrumentStatus,
        force: LegalForce, date: String?, parties: [String], source: String?, violatedBy: [String],
        clauses: [Clause], note: String?, prevailsOver: [String] = []
    ) {
        self.prevailsOver = prevailsOver
        self.id = id
        self.title = title
        self.short = short
        self.form = form
        self.status = status
        self.force = force
        self.date = date
        self.parties = parties
        self.source = source
        self.violatedBy = violatedBy
        self.clauses = clauses
        self.note = note
    }

    /// Proposed, or signed and not in force: it binds only where a scenario adopts it.
    public var isProposal: Bool { status.isUnadopted }

    /// The same instrument with other clauses (the loader puts shared readings in place with it).
    func replacingClauses(_ clauses: [Clause]) -> Instrument {
        Instrument(
            id: id, title: title, short: short, form: form, status: status, force: force, date: date,
            parties: parties, source: source, violatedBy: violatedBy, clauses: clauses, note: note,
            prevailsOver: prevailsOver)
    }
}

/// One operative provision: its triggers (any one suffices), the obligations it
/// creates, and the contested readings of it. A `refrain` clause (a standing
/// undertaking not to use force) has no triggers and no readings.
public struct Clause: Sendable, Hashable {
    /// Its id, unique in its instrument.
    public let id: String
    /// How it is cited: `Art. 5`.
    public let cite: String
    /// Its wording, when known.
    public let text: String?
    /// Its triggers: any one suffices (empty for a refrain, or a clause only its readings carry).
    public let when: [Trigger]
    /// The obligations it creates, each on its own.
    public let then: [Obligation]
    /// Contested readings of it: its own, and (version 3) shared ones it names, in the order written.
    public let readings: [Reading]
    /// A caveat for readers.
    public let note: String?
    /// Version 3 (issue 25): its readings are conditions taken as met all together — the clause
    /// holds under all of them at once, never under one alone (`readings-hold: together`).
    public package(set) var readingsTogether = false

    package init(
        id: String, cite: String, text: String?, when: [Trigger], then: [Obligation],
        readings: [Reading], note: String?
    ) {
        self.id = id
        self.cite = cite
        self.text = text
        self.when = when
        self.then = then
        self.readings = readings
        self.note = note
    }

    /// An offense pledge's clause: its triggers answer a party's own attack (`attack-by`),
    /// and its duties are owed to that attacker (the loader holds every trigger of a clause to one kind).
    public var isOffense: Bool { (when + readings.compactMap(\.when)).contains { $0.attackBy != nil } }

    /// A standing undertaking not to use force (every `then` entry is a refrain).
    public var isRefrain: Bool { !then.isEmpty && then.allSatisfy { $0.duty == .refrain } }

    /// The same clause with other readings.
    func replacingReadings(_ readings: [Reading]) -> Clause {
        replacing(readings: readings)
    }

    /// The same clause with other triggers, obligations or readings; everything else kept.
    func replacing(when: [Trigger]? = nil, then: [Obligation]? = nil, readings: [Reading]? = nil) -> Clause {
        var c = Clause(
            id: id, cite: cite, text: text, when: when ?? self.when, then: then ?? self.then,
            readings: readings ?? self.readings, note: note)
        c.readingsTogether = readingsTogether
        return c
    }
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
    /// The parties on the day, less these (only for `bearers`; version 3).
    case partiesExcept([String])
    /// Every attacker but these, organizations expanded (only for `by`; version 3).
    case allBut([String])
}

/// Where a trigger's `in` looks.
public enum PlaceRef: Sendable, Hashable {
    /// The territory of any party.
    case parties
    /// The victim's own territory.
    case victim
    /// A place or state, by id.
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
        case .listed, .partiesExcept, .allBut: return nil
        }
    }

    /// The ids of a list (for `parties-except`, those taken out); empty for a keyword.
    public var listedIDs: [String] {
        switch self {
        case .listed(let ids), .partiesExcept(let ids), .allBut(let ids): return ids
        default: return []
        }
    }
}

/// One alternative of a clause's `when`.
public struct Trigger: Sendable, Hashable {
    /// Whose attack meets it: the parties, anyone, or listed actors and deployments.
    public let attackOn: ActorSet
    /// An offense pledge's trigger: the attack is made *by* one of these (`parties` or listed
    /// actors), and the clause's duties are owed to that attacker, at its side; nil for a trigger
    /// that answers an attack on `attackOn`, owed to its victim.
    public let attackBy: ActorSet?
    /// What may be hit: `[.any]` for anything.
    public let targets: [TargetKind]
    /// Which kinds of event answer it (default: armed attack only).
    public let kinds: [EventKind]
    /// nil: anywhere.
    public let within: [PlaceRef]?
    /// Places excluded from the trigger (transitively): occupied territory, say.
    public let except: [String]
    /// Which attackers it answers.
    public let by: ActorSet
    /// Not met by a strike on a state whose own side began the hostilities (self-defence against its armed attack).
    public let unprovoked: Bool
    /// Met only by an attack with nuclear weapons.
    public let nuclear: Bool

    package init(
        attackOn: ActorSet, targets: [TargetKind] = [.any], kinds: [EventKind] = [.armedAttack],
        within: [PlaceRef]? = nil, except: [String] = [], by: ActorSet = .any,
        unprovoked: Bool = false, nuclear: Bool = false, attackBy: ActorSet? = nil
    ) {
        self.attackOn = attackOn
        self.attackBy = attackBy
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
    /// The shortest window, in hours (0 for `immediately`).
    public let lower: Int
    /// The longest window, in hours.
    public let upper: Int
    package init(lower: Int, upper: Int) {
        self.lower = lower
        self.upper = upper
    }
}

/// One obligation a met clause creates for its bearers.
public struct Obligation: Sendable, Hashable {
    /// Who bears it (the other parties by default).
    public let bearers: ActorSet
    /// What it asks.
    public let duty: Duty
    /// Whether discharging it engages the bearer in the fighting.
    public let engages: Bool
    /// The response window, if the text states one.
    public let within: Hours?
    /// How the bearers decide to act.
    public let decision: Decision
    /// The share in favour a `majority` decision needs; nil for any other.
    public let majority: Share?
    /// Who decides a consensus, unanimity or majority decision.
    public let deciders: ActorSet
    /// Conditions it is subject to (constitutional processes, a request).
    public let subjectTo: [String]
    /// Overrides the instrument's force for this clause.
    public let force: LegalForce?
    /// Each organization among `bearers` bears this as one actor (its members do not).
    public let collective: Bool
    /// For a `refrain`: who the bearers undertake not to use force against.
    public let towards: ActorSet
    /// An obligation (`must`) or a permission (`may`), which never engages.
    public let modality: Modality
    /// How the bearer meets the duty, when the text says so.
    public let means: Means?
    /// The days each listed bearer written dated (`{id, from, to}`) bears it.
    public let bearerSpans: [String: [Span]]

    package init(
        bearers: ActorSet = .otherParties, duty: Duty, engages: Bool? = nil, within: Hours? = nil,
        decision: Decision = .individual, majority: Share? = nil, deciders: ActorSet = .bearers,
        subjectTo: [String] = [], force: LegalForce? = nil, collective: Bool = false, towards: ActorSet = .otherParties,
        modality: Modality = .must, means: Means? = nil, bearerSpans: [String: [Span]] = [:]
    ) {
        self.bearers = bearers
        self.duty = duty
        self.modality = modality
        self.means = means
        self.bearerSpans = bearerSpans
        // A permission never engages: a right to help is not a side taken.
        self.engages = modality == .may ? false : (engages ?? duty.engagesByDefault)
        self.within = within
        self.decision = decision
        self.majority = decision == .majority ? majority : nil
        self.deciders = deciders
        self.subjectTo = subjectTo
        self.force = force
        self.collective = collective
        self.towards = towards
    }
}

/// The fields a reading's `then` replaces in each of its clause's obligations.
public struct ObligationPatch: Sendable, Hashable {
    /// Replaces the bearers.
    public var bearers: ActorSet?
    /// Replaces the duty.
    public var duty: Duty?
    /// Replaces whether it engages.
    public var engages: Bool?
    /// Replaces the window.
    public var within: Hours?
    /// Replaces the decision rule.
    public var decision: Decision?
    /// The share a replaced `majority` decision needs.
    public var majority: Share?
    /// Replaces the deciders.
    public var deciders: ActorSet?
    /// Replaces the conditions.
    public var subjectTo: [String]?
    /// Replaces the force.
    public var force: LegalForce?
    /// Replaces whether organizations bear it as one actor.
    public var collective: Bool?
    /// Replaces the modality.
    public var modality: Modality?
    /// Replaces the means.
    public var means: Means?
    /// The dated bearers of a replaced `bearers` list.
    public var bearerSpans: [String: [Span]] = [:]

    package init() {}

    /// The obligation as it reads under this patch. A new duty without an explicit
    /// `engages` takes that duty's default.
    public func applied(to o: Obligation) -> Obligation {
        Obligation(
            bearers: bearers ?? o.bearers, duty: duty ?? o.duty,
            engages: engages ?? (duty.map(\.engagesByDefault) ?? o.engages),
            within: within ?? o.within, decision: decision ?? o.decision,
            majority: decision == nil ? o.majority : majority, deciders: deciders ?? o.deciders,
            subjectTo: subjectTo ?? o.subjectTo,
            force: force ?? o.force, collective: collective ?? o.collective, towards: o.towards,
            modality: modality ?? o.modality, means: means ?? o.means,
            bearerSpans: bearers == nil ? o.bearerSpans : bearerSpans)
    }
}

/// A contested interpretation of a clause: one more trigger alternative, a
/// different obligation, or both, holding only while the reading is relied on.
public struct Reading: Sendable, Hashable {
    /// Its id, unique in the world: what `--accept` and `--reject` take.
    public let id: String
    /// The interpretation, in words.
    public let claim: String
    /// The trigger the clause has under this reading (replacing its own), if any.
    public let when: Trigger?
    /// What the clause's obligations become under this reading, if anything.
    public let then: ObligationPatch?
    /// A caveat for readers.
    public let note: String?

    package init(id: String, claim: String, when: Trigger?, then: ObligationPatch?, note: String? = nil) {
        self.id = id
        self.claim = claim
        self.when = when
        self.then = then
        self.note = note
    }
}
