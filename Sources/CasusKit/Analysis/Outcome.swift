/// How firmly an actor is obligated, from its best chain (analysis.md, "status").
/// Cases are in the JSON contract's actor order.
public enum Status: String, Sendable, CaseIterable, Codable {
    case attacker, victim, bound, committed, escalation, contested, proposed, blocked

    /// The order of the JSON contract's actor list.
    public var order: Int { Status.allCases.firstIndex(of: self) ?? 0 }
}

/// Why a clause that matched produced no obligation for some bearers.
public enum BlockReason: String, Sendable, Codable, CaseIterable {
    /// The bearer is the attacker, or on the attacker's side.
    case bearerIsAdversary = "bearer-is-adversary"
    /// A consensus or unanimity decision a decider withholds: one on the attacker's
    /// side, or one the scenario names in `vetoes`.
    case veto
    /// The clause covers only unprovoked attacks, and the victim's side started it.
    case provoked
}

/// An event in a chain: an initial one from the scenario or a hypothetical strike.
public struct AttackStep: Sendable, Hashable {
    public let victim: String
    public let target: TargetKind
    public let place: String
    public let by: String
    public let deployment: String?
    /// Armed attack, incursion, threat or cyber (the JSON's `event`).
    public let event: EventKind
    public let nuclear: Bool
    public let hypothetical: Bool

    /// `GBR forces at UKR-east`, `UKR territory`, `UKR territory at UKR-west`,
    /// `POL territory (incursion)`; a hypothetical strike reads `if RUS strikes FRA territory`.
    public var summary: String {
        var what: String
        switch target {
        case .forces, .vessels, .any: what = "\(victim) \(target.rawValue) at \(place)"
        case .territory: what = place == victim ? "\(victim) territory" : "\(victim) territory at \(place)"
        }
        if event != .armedAttack {
            what += " (\(event.rawValue))"
        }
        if nuclear {
            what += " (nuclear)"
        }
        return hypothetical ? "if \(by) strikes \(what)" : what
    }
}

/// A clause met, and the obligation it put on one bearer.
public struct ClauseStep: Sendable, Hashable {
    public let instrument: String
    public let clause: String
    public let cite: String
    /// The reading relied on (accepted or not), if the clause matched through one.
    public let reading: String?
    public let bearer: String
    public let owedTo: String
    public let duty: Duty
    public let force: LegalForce
    public let within: Hours?
    public let subjectTo: [String]
    public let decision: Decision
}

public enum Step: Sendable, Hashable {
    case attack(AttackStep)
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
    public let force: LegalForce
    public let duty: Duty
    /// The final obligation's own window: lower bound (0 for `immediately`), nil when it states none.
    public let hours: Int?
    public let hoursMax: Int?
    /// Sums of the `within` bounds along the whole chain; nil when no step states one.
    public let chainHours: Int?
    public let chainHoursMax: Int?
    public let subjectTo: [String]
    public let steps: [Step]

    /// The last clause step: the obligation this chain ends in.
    public var final: ClauseStep? {
        if case .clause(let c)? = steps.last { return c }
        return nil
    }

    /// The status of the chain cut after step `k`: the weakest assumption of
    /// its first k+1 steps (an unadopted proposal, then a contested reading,
    /// then a hypothetical strike), else bound or committed by the force of the
    /// last clause step among them — the rule that gives an actor its status,
    /// so `status(through: steps.count - 1)` is the status of the whole chain.
    /// A diagram colours an intermediate bearer by it: the USA engaged under a
    /// contested reading is `contested` on that path, whatever its own row says.
    public func status(through k: Int) -> Status {
        var status = Status.bound
        var rank = 0   // 3 proposed, 2 contested, 1 escalation, 0 by force
        for step in steps.prefix(k + 1) {
            switch step {
            case .attack(let a):
                if a.hypothetical && rank < 1 {
                    rank = 1
                }
            case .clause(let c):
                if proposals.contains(c.instrument) {
                    rank = 3
                } else if let r = c.reading, readings.contains(r), rank < 2 {
                    rank = 2
                }
                status = c.force == .political ? .committed : .bound
            }
        }
        switch rank {
        case 3: return .proposed
        case 2: return .contested
        case 1: return .escalation
        default: return status
        }
    }
}

public struct ActorOutcome: Sendable, Hashable {
    public let id: String
    public let name: String
    public let status: Status
    /// Best first; at most the scenario's chains-per-actor.
    public let chains: [Chain]
}

public struct BlockedClause: Sendable, Hashable {
    public let instrument: String
    public let clause: String
    public let cite: String
    public let reason: BlockReason
    public let bearers: [String]
    /// Who holds the veto (reason veto); empty otherwise.
    public let by: [String]
    /// Whether the instrument is an unadopted proposal (such a block makes nobody `blocked`).
    public let proposal: Bool
    /// The reading of the variant that was blocked, when the scenario did not accept it.
    public let reading: String?
    public let duties: [Duty]
    /// The events the clause was met by when it was blocked, by depth: the
    /// scenario's own attack, or the hypothetical strike a provoked clause answers.
    public let events: [BlockedEvent]
}

/// An event at which a clause was blocked, and its escalation round.
public struct BlockedEvent: Sendable, Hashable {
    public let event: AttackStep
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
    public let instrument: String
    public let clause: String
    public let cite: String
    public let by: String
    public let towards: String
}

public struct InactiveClause: Sendable, Hashable {
    public let instrument: String
    public let clause: String
    public let cite: String
    public let status: InstrumentStatus
    public let violatedBy: [String]
    /// Who would have been bound had the instrument been active.
    public let bearers: [String]
}

/// What was analysed, defaults filled in (the JSON `scenario` echo).
public struct AnalysedScenario: Sendable, Hashable {
    public struct AttackEcho: Sendable, Hashable {
        public let target: String
        public let by: String
        public let kind: EventKind
        public let nuclear: Bool
    }
    public let id: String?
    public let title: String?
    public let attacks: [AttackEcho]
    public let depth: Int
    public let accept: [String]
    public let reject: [String]
    public let adopt: [String]
    public let without: [String]
    public let aligned: [String]
    public let vetoes: [String]
    public let duties: [Duty]
    /// The day the world was read as of; nil when read as written.
    public let asOf: Day?
}

/// The engine's answer for one scenario.
public struct Outcome: Sendable, Hashable {
    public let scenario: AnalysedScenario
    public let actors: [ActorOutcome]
    public let blocked: [BlockedClause]
    public let inactive: [InactiveClause]
    public let breached: [BreachedClause]
    /// States not removed and not listed in `actors`: counted, and named in `unaffectedIDs`.
    public let unaffected: Int
    public let unaffectedIDs: [String]

    public func actor(_ id: String) -> ActorOutcome? { actors.first { $0.id == id } }
}
