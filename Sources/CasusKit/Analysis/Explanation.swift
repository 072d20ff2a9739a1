/// `casus explain`: every chain to one actor, and every clause that would have
/// reached it but was blocked or inactive, with the reason.
public struct Explanation: Sendable {
    /// The actor explained.
    public let actor: String
    /// The whole outcome it was drawn from.
    public let outcome: Outcome
    /// For every clause that concerns the actor and gave it nothing, the nearest miss.
    public let misses: [Miss]

    package init(actor: String, outcome: Outcome, misses: [Miss] = []) {
        self.actor = actor
        self.outcome = outcome
        self.misses = misses
    }

    /// The actor's row; nil when it is unaffected.
    public var entry: ActorOutcome? { outcome.actor(actor) }
    /// Blocked clauses that name the actor as bearer or veto holder.
    public var blocked: [BlockedClause] {
        outcome.blocked.filter { $0.bearers.contains(actor) || $0.by.contains(actor) }
    }
    /// Inactive clauses that would have obliged the actor.
    public var inactive: [InactiveClause] { outcome.inactive.filter { $0.bearers.contains(actor) } }
    /// Undertakings to refrain from force that this actor broke, or that were broken towards it.
    public var breached: [BreachedClause] { outcome.breached.filter { $0.by == actor || $0.towards == actor } }

    /// The outcome cut down to this actor: what a diagram of the explanation shows.
    public var focused: Outcome {
        Outcome(
            scenario: outcome.scenario,
            actors: outcome.actors.filter { $0.id == actor || $0.status == .attacker || $0.status == .victim }
                .map { $0.id == actor ? $0 : ActorOutcome(id: $0.id, name: $0.name, status: $0.status, chains: []) },
            blocked: blocked, inactive: inactive, breached: breached, unaffected: 0, unaffectedIDs: [])
    }
}
