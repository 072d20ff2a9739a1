/// An event as the engine sees it: `(victim, target, place, attacker,
/// deployment?, kind, nuclear)`, all interned. Initial events come from the
/// scenario; hypothetical ones are the strikes of escalation.
struct Event: Hashable {
    let victim: Int
    let target: TargetKind
    let place: Int
    let attacker: Int
    /// Carried for reporting; not part of the event's identity.
    let deployment: Int?
    let kind: EventKind
    let nuclear: Bool
    let hypothetical: Bool

    /// What makes two events the same (analysis.md, "Identity"): an event is
    /// analysed once, and a strike that repeats one already analysed adds nothing.
    struct Identity: Hashable {
        let victim: Int
        let target: TargetKind
        let place: Int
        let attacker: Int
        let kind: EventKind
        let nuclear: Bool
    }

    var identity: Identity {
        Identity(victim: victim, target: target, place: place, attacker: attacker, kind: kind, nuclear: nuclear)
    }
}

/// A clause met, and the obligation it puts on one bearer, in interned form.
struct InternalClauseStep: Hashable {
    /// Compiled clause number (TriggerIndex.clauses).
    let clause: Int
    /// The reading whose variant matched (accepted or not); nil for the plain clause.
    let reading: Int?
    /// Whether the chain relies on that reading (not accepted).
    let contested: Bool
    /// The instrument number when it is an unadopted proposal.
    let proposal: Int?
    let bearer: Int
    let owedTo: Int
    let duty: Duty
    let force: LegalForce
    let within: Hours?
    /// The number of its `subject-to` list (`TriggerIndex.labelLists`).
    let subjectTo: Int
    let decision: Decision
    /// The share a `majority` decision needs.
    let majority: Share?
    /// `may`: a permission, ranked after every obligation.
    let modality: Modality
    let means: Means?

    /// The same step with another bearer (and, for an `any` permission, another victim).
    func borne(by bearer: Int, owedTo victim: Int? = nil) -> InternalClauseStep {
        InternalClauseStep(
            clause: clause, reading: reading, contested: contested, proposal: proposal, bearer: bearer,
            owedTo: victim ?? owedTo, duty: duty, force: force, within: within, subjectTo: subjectTo,
            decision: decision, majority: majority, modality: modality, means: means)
    }
}

/// One step of a chain in interned form.
enum InternalStep: Hashable {
    /// A state or group the scenario has join the victim's side (its actor number): a choice, no pledge.
    case join(Int)
    case attack(Event)
    case clause(InternalClauseStep)
}
