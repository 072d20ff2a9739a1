/// How firmly an actor is obligated, from its best chain (analysis.md, "status").
/// Cases are in the JSON contract's actor order.
public enum Status: String, Sendable, CaseIterable, Codable {
    /// It attacks, or is aligned with an attacker.
    case attacker
    /// It is the victim of an initial event.
    case victim
    /// Version 3 (`joins`): it joins the victim's side by the scenario's choice; its chains are its
    /// own duties, as a victim's are.
    case joined
    /// Its best chain rests on nothing contested, and binds.
    case bound
    /// Its best chain rests on nothing contested, and is political.
    case committed
    /// Its best chain needs the war to spread (depth > 0).
    case escalation
    /// Its best chain relies on a contested reading.
    case contested
    /// Its best chain relies on an unadopted proposal.
    case proposed
    /// No chain, but a block of settled law names it.
    case blocked
    /// Every chain is a permission (`modality: may`): a right to act, not a duty (version 3).
    case permitted

    /// The attacker, a victim or a state that joined: one of the war's own sides, whose chains are
    /// duties it bears itself (listed under its row), not responses to the attack.
    public var standsInTheWar: Bool { self == .attacker || self == .victim || self == .joined }

    /// The order of the JSON contract's actor list.
    public var order: Int { Status.allCases.firstIndex(of: self) ?? 0 }

    /// How firm an obligation the status names, the one home of "weaker" and
    /// "firmer": bound 5, committed 4, escalation 3, contested 2, proposed 1; the
    /// attacker, the victim, a state that joined by choice, blocked and permitted name no obligation (0).
    public var firmness: Int {
        switch self {
        case .bound: return 5
        case .committed: return 4
        case .escalation: return 3
        case .contested: return 2
        case .proposed: return 1
        case .attacker, .victim, .joined, .blocked, .permitted: return 0
        }
    }

    /// The less firm of two; `nil` stands for none yet.
    static func weaker(_ a: Status?, _ b: Status) -> Status {
        guard let a, a.firmness <= b.firmness else { return b }
        return a
    }
}

/// Why a clause that matched produced no obligation for some bearers.
public enum BlockReason: String, Sendable, Codable, CaseIterable {
    /// The bearer is the attacker, or on the attacker's side.
    case bearerIsAdversary = "bearer-is-adversary"
    /// A consensus or unanimity decision a decider withholds: one on the attacker's
    /// side, or one the scenario names in `vetoes`.
    case veto
    /// A majority decision the deciders on the attacker's side and those the scenario names
    /// as vetoing leave short of its share (version 3).
    case noMajority = "no-majority"
    /// The clause covers only unprovoked attacks, and the struck state's own side began the hostilities.
    case provoked
    /// Version 3: the duty would engage the bearer's force against a state it undertook not to
    /// attack in an instrument that prevails over this one (`prevails-over`).
    case inConflict = "in-conflict"
}

/// An event in a chain: an initial one from the scenario or a hypothetical strike.
public struct AttackStep: Sendable, Hashable {
    /// The victim state's id.
    public let victim: String
    /// What is hit: territory, forces or vessels.
    public let target: TargetKind
    /// Where.
    public let place: String
    /// The attacker's id.
    public let by: String
    /// The deployment hit, if the attack was on one.
    public let deployment: String?
    /// Armed attack, incursion, threat or cyber (the JSON's `event`).
    public let event: EventKind
    /// Whether nuclear weapons are used.
    public let nuclear: Bool
    /// Whether it is a hypothetical strike of escalation.
    public let hypothetical: Bool

    /// `GBR forces at UKR-east`, `UKR territory`, `UKR territory at UKR-west`,
    /// `POL territory (incursion)`; a hypothetical strike reads `if RUS strikes FRA territory`.
    public var summary: String {
        hypothetical ? "if \(by) strikes \(struck)" : struck
    }

    /// What is struck, without the striker: `FRA territory`, `GBR forces at UKR-east (nuclear)`.
    public var struck: String {
        var what: String
        switch target {
        case .forces, .vessels, .any: what = "\(victim) \(target.rawValue) at \(place)"
        case .shipping: what = "\(victim)-flagged shipping at \(place)"
        case .territory: what = place == victim ? "\(victim) territory" : "\(victim) territory at \(place)"
        }
        if event != .armedAttack {
            what += " (\(event.rawValue))"
        }
        if nuclear {
            what += " (nuclear)"
        }
        return what
    }
}

/// A state's choice to join the victim's side, under no pledge: the scenario's assumption
/// (`joins`), which every chain through that state rests on.
public struct JoinStep: Sendable, Hashable {
    /// The state (or group) that joins.
    public let state: String
    /// The victims of the scenario's attacks, whose side it joins.
    public let sideOf: [String]

    /// `RUS joins on YUG's side (by choice)`.
    public var summary: String {
        "\(state) joins on \(sideOf.joined(separator: ", "))'s side (by choice)"
    }
}

/// A clause met, and the obligation it put on one bearer.
public struct ClauseStep: Sendable, Hashable {
    /// The instrument's id.
    public let instrument: String
    /// The clause's id.
    public let clause: String
    /// How the clause is cited.
    public let cite: String
    /// The reading relied on (accepted or not), if the clause matched through one; readings
    /// that combine (version 3) are joined by `+` (`ships+means-assist`: no id holds a `+`).
    public let reading: String?

    /// The written readings the step relies on: `reading`'s members.
    public var readings: [String] { reading.map(Self.members) ?? [] }

    /// The ids a step's or a blocked entry's `reading` names: one, or those that combine.
    public static func members(_ reading: String) -> [String] {
        reading.split(separator: "+").map(String.init)
    }
    /// Who bears the obligation.
    public let bearer: String
    /// Whom it is owed to: the victim, or for an offense pledge the ally whose war it answers.
    public let owedTo: String
    /// An offense pledge (`attack-by`): owed to the attacker, at its side in the war it wages.
    public var offense = false

    /// `owed to GMY, whose war it answers` for an offense pledge's step (nil for any other): what the
    /// text table and the diagram say, so no reader takes the duty for the victim's.
    public var offensePhrase: String? { offense ? "owed to \(owedTo), whose war it answers" : nil }
    /// What it asks.
    public let duty: Duty
    /// How firmly it binds.
    public let force: LegalForce
    /// Its own window, if the text states one.
    public let within: Hours?
    /// Its conditions.
    public let subjectTo: [String]
    /// How its bearers decide.
    public let decision: Decision
    /// The share in favour a `majority` decision needs; nil for any other.
    public var majority: Share? = nil
    /// `must` (an obligation) or `may` (a permission).
    public let modality: Modality
    /// How the bearer meets the duty, as the text says; nil when it does not say.
    public let means: Means?

    /// Whether this step grants a right rather than imposing a duty.
    public var isPermission: Bool { modality == .may }

    /// `subject to constitutional processes, request of the victim`: the clause's
    /// conditions as words (nil when it has none), one phrase for every output.
    public var conditionsPhrase: String? { Chain.conditionsPhrase(subjectTo) }
}

/// One step of a chain: an event, or a clause met.
public enum Step: Sendable, Hashable {
    /// A state the scenario has join the victim's side by its own choice (version 3, `joins`).
    case join(JoinStep)
    /// An event: the scenario's attack or a hypothetical strike.
    case attack(AttackStep)
    /// A clause met, and the obligation it put on one bearer.
    case clause(ClauseStep)
}

/// The sequence of steps from an initial attack to one obligation, with every
/// assumption it rests on.
public struct Chain: Sendable, Hashable {
    /// The escalation round of its final event (0 for an initial event).
    public let depth: Int
    /// Contested readings relied on that the scenario did not accept.
    public let readings: [String]
    /// Unadopted proposals passed through.
    public let proposals: [String]
    /// The states whose choice to join (`joins`) the chain passes through, sorted.
    public var choices: [String] = []
    /// The final obligation's force.
    public let force: LegalForce
    /// The final obligation's duty.
    public let duty: Duty
    /// The final obligation's own window: lower bound (0 for `immediately`), nil when it states none.
    public let hours: Int?
    /// The final obligation's window: upper bound.
    public let hoursMax: Int?
    /// Sums of the `within` bounds along the whole chain; nil when no step states one.
    public let chainHours: Int?
    /// The sum of the windows' upper bounds along the chain.
    public let chainHoursMax: Int?
    /// Every condition along the chain, sorted.
    public let subjectTo: [String]
    /// The steps, from the initial event to the final obligation.
    public let steps: [Step]

    /// The last clause step: the obligation this chain ends in.
    public var final: ClauseStep? {
        if case .clause(let c)? = steps.last { return c }
        return nil
    }

    /// Whether it ends in a permission, not an obligation.
    public var isPermission: Bool { final?.isPermission ?? false }

    /// Every condition along the chain as words (nil when there are none): the
    /// caveats every output shows beside it.
    public var conditionsPhrase: String? { Self.conditionsPhrase(subjectTo) }

    static func conditionsPhrase(_ labels: [String]) -> String? {
        guard !labels.isEmpty else { return nil }
        return "subject to " + labels.map { $0.replacingOccurrences(of: "-", with: " ") }.joined(separator: ", ")
    }

    /// The duty as outputs name it: `assist`, or `may assist` for a permission.
    public var dutyPhrase: String { isPermission ? "may \(duty.rawValue)" : duty.rawValue }

    /// The status of the chain cut after step `k`: the weakest assumption of
    /// its first k+1 steps (an unadopted proposal, then a contested reading,
    /// then a hypothetical strike), else bound or committed by the force of the
    /// last clause step among them — the rule that gives an actor its status,
    /// so `status(through: steps.count - 1)` is the status of the whole chain.
    /// A diagram colours an intermediate bearer by it: the USA engaged under a
    /// contested reading is `contested` on that path, whatever its own row says.
    public func status(through k: Int) -> Status {
        var status = Status.bound
        // What the chain rests on, the weakest kept: an escalation, a contested
        // reading, an unadopted proposal (Status.firmness orders them).
        var hedge: Status?
        for step in steps.prefix(k + 1) {
            switch step {
            case .join:
                // A choice is no duty: what follows it is a hypothetical strike, which hedges.
                break
            case .attack(let a):
                if a.hypothetical {
                    hedge = Status.weaker(hedge, .escalation)
                }
            case .clause(let c):
                if proposals.contains(c.instrument) {
                    hedge = Status.weaker(hedge, .proposed)
                } else if c.readings.contains(where: readings.contains) {
                    hedge = Status.weaker(hedge, .contested)
                }
                status = c.force == .political ? .committed : .bound
            }
        }
        // A permission is never an obligation, whatever it rests on (its assumptions
        // stay listed on the chain); only a final step can be one (it never engages).
        if case .clause(let c)? = steps.prefix(k + 1).last, c.isPermission {
            return .permitted
        }
        return hedge ?? status
    }
}

/// One actor in play: its status and best chains.
public struct ActorOutcome: Sendable, Hashable {
    /// The actor's id.
    public let id: String
    /// The actor's name.
    public let name: String
    /// Its status, from its best chain.
    public let status: Status
    /// Best first; at most the scenario's chains-per-actor.
    public let chains: [Chain]
}

/// A clause that met an event but obliges some bearers nothing, and why.
public struct BlockedClause: Sendable, Hashable {
    /// The instrument's id.
    public let instrument: String
    /// The clause's id.
    public let clause: String
    /// How the clause is cited.
    public let cite: String
    /// Why it is blocked.
    public let reason: BlockReason
    /// Whom it would have obliged.
    public let bearers: [String]
    /// Who holds the veto (reason veto); empty otherwise.
    public let by: [String]
    /// Whether the instrument is an unadopted proposal (such a block makes nobody `blocked`).
    public let proposal: Bool
    /// The reading of the variant that was blocked, when the scenario did not accept it.
    public let reading: String?
    /// The duties blocked.
    public let duties: [Duty]
    /// The events the clause was met by when it was blocked, by depth: the
    /// scenario's own attack, or the hypothetical strike a provoked clause answers.
    public let events: [BlockedEvent]
    /// For `no-majority`: how many decided, how many withheld, and the share needed.
    public var vote: MajorityVote? = nil
    /// For `in-conflict`: the refrain clauses that prevail, each once.
    public var prevails: [PrevailingClause] = []
}

/// A refrain clause of an instrument that prevails over a conflicting duty (version 3).
public struct PrevailingClause: Sendable, Hashable {
    /// The prevailing instrument's id.
    public let instrument: String
    /// The refrain clause's id.
    public let clause: String
    /// How the refrain clause is cited.
    public let cite: String
    /// The attackers the duty would engage force against whom the bearers undertook there not to attack.
    public let towards: [String]
}

/// The count behind a majority decision withheld: of `deciders`, `withholding`
/// (those in `by`) left fewer in favour than `share` needs.
public struct MajorityVote: Sendable, Hashable {
    /// How many decided (removed actors not counted).
    public let deciders: Int
    /// How many of them withheld: on the attacker's side, or named in `vetoes`.
    public let withholding: Int
    /// The share in favour the decision needed.
    public let share: Share

    /// How many in favour the share needed.
    public var needed: Int { share.needed(of: deciders) }
}

/// An event at which a clause was blocked, and its escalation round.
public struct BlockedEvent: Sendable, Hashable {
    /// The event.
    public let event: AttackStep
    /// Its escalation round (0 for the scenario's own attack).
    public let depth: Int
}

extension BlockedClause {
    /// The events, those alike but for the attacker merged (at depth 1 every
    /// engaged state's strike on the same territory is one line): each with its
    /// attackers, in the order of `events`.
    public var eventsByStriker: [(event: BlockedEvent, attackers: [String])] {
        var out: [(event: BlockedEvent, attackers: [String])] = []
        for e in events {
            let n = out.firstIndex { $0.event.depth == e.depth && $0.event.event.differsOnlyInAttacker(from: e.event) }
            if let n {
                out[n].attackers.append(e.event.by)
            } else {
                out.append((e, [e.event.by]))
            }
        }
        return out
    }
}

extension AttackStep {
    func differsOnlyInAttacker(from other: AttackStep) -> Bool {
        victim == other.victim && target == other.target && place == other.place && deployment == other.deployment
            && event == other.event && nuclear == other.nuclear && hypothetical == other.hypothetical
    }
}

/// A standing undertaking not to use force that the attack breaks.
public struct BreachedClause: Sendable, Hashable {
    /// The instrument's id.
    public let instrument: String
    /// The clause's id.
    public let clause: String
    /// How the clause is cited.
    public let cite: String
    /// Who broke the undertaking (the attacker).
    public let by: String
    /// Whom it had undertaken not to attack.
    public let towards: String
    /// nil: the scenario's attack breaks it; N: a hypothetical strike at depth N would
    /// (version 3, reported for prevailing instruments' refrains only).
    public var depth: Int? = nil

    /// `hypothetical: if GRX strikes BOR (depth 1)`; nil for the scenario's own attack.
    public var hypotheticalPhrase: String? {
        depth.map { "hypothetical: if \(by) strikes \(towards) (depth \($0))" }
    }
}

/// A clause that would have applied but whose instrument has lapsed.
public struct InactiveClause: Sendable, Hashable {
    /// The instrument's id.
    public let instrument: String
    /// The clause's id.
    public let clause: String
    /// How the clause is cited.
    public let cite: String
    /// The instrument's status: lapsed (version 3: a breach withholds nothing).
    public let status: InstrumentStatus
    /// The parties in breach.
    public let violatedBy: [String]
    /// Who would have been bound had the instrument been active.
    public let bearers: [String]
}

extension InactiveClause {
    /// `lapsed`, or `lapsed by RUS` where parties are in breach: one wording for
    /// the text table, `explain` and the reports.
    public var statusPhrase: String {
        status.rawValue + (violatedBy.isEmpty ? "" : " by " + violatedBy.joined(separator: ", "))
    }
}

/// What was analysed, defaults filled in (the JSON `scenario` echo).
public struct AnalysedScenario: Sendable, Hashable {
    /// One attack as analysed.
    public struct AttackEcho: Sendable, Hashable {
        /// The target as written.
        public let target: String
        /// The attacker's id.
        public let by: String
        /// The kind of event.
        public let kind: EventKind
        /// Whether nuclear weapons are used.
        public let nuclear: Bool
    }
    /// The scenario's id; nil for an ad-hoc attack.
    public let id: String?
    /// The scenario's title.
    public let title: String?
    /// The attacks, in the scenario's order.
    public let attacks: [AttackEcho]
    /// The escalation depth analysed.
    public let depth: Int
    /// Readings accepted, sorted.
    public let accept: [String]
    /// Readings rejected (every unaccepted one with `strict`), sorted.
    public let reject: [String]
    /// Proposals adopted, sorted.
    public let adopt: [String]
    /// Actors removed, sorted.
    public let without: [String]
    /// Actors aligned with the attacker, sorted.
    public let aligned: [String]
    /// States that chose to join the victim's side, sorted.
    public var joins: [String] = []
    /// Actors withholding consent, sorted.
    public let vetoes: [String]
    /// The duties that count (empty: all).
    public let duties: [Duty]
    /// The day the world was read as of; nil when read as written.
    public let asOf: Day?
}

/// The engine's answer for one scenario.
public struct Outcome: Sendable, Hashable {
    /// What was analysed.
    public let scenario: AnalysedScenario
    /// Every actor in play, by status then id, with its best chains.
    public let actors: [ActorOutcome]
    /// Clauses met but blocked.
    public let blocked: [BlockedClause]
    /// Clauses met but inactive (their instrument has lapsed).
    public let inactive: [InactiveClause]
    /// Standing undertakings not to use force that the attack breaks.
    public let breached: [BreachedClause]
    /// States not removed and not listed in `actors`: counted, and named in `unaffectedIDs`.
    public let unaffected: Int
    /// The unaffected states, by id.
    public let unaffectedIDs: [String]
    /// The actors on the attacker's side when the walk ended: the attackers, those aligned with them,
    /// and those an offense pledge put there (what "what would it take?" must not count as help).
    package var attackersSide: Set<String> = []

    /// The actor's row, if it is in play.
    public func actor(_ id: String) -> ActorOutcome? { actors.first { $0.id == id } }
}
