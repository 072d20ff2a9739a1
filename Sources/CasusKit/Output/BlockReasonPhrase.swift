/// One home for the words a blocked entry's reason reads in, for the text table,
/// diagrams and reports alike: each in the clause's own terms.
extension BlockedClause {
    /// `veto held by HUN`; `the bearer is on the attacker's side`; for `provoked`,
    /// "RUS's own armed attack began the hostilities: a strike on RUS in self-defence
    /// is not an attack CST Art. 4 answers" — the legal test behind `unprovoked`,
    /// naming the struck state, never "the victim" (a reader takes that for the state attacked first).
    public func reasonPhrase(short: String, attackers: Set<String>, name: (String) -> String = { $0 }) -> String {
        switch reason {
        case .veto:
            return "veto held by " + by.map(name).joined(separator: ", ")
        case .noMajority:
            let who = by.map(name).joined(separator: ", ")
            guard let vote else { return "no majority: withheld by \(who)" }
            return "no \(vote.share) majority: \(vote.withholding) of \(vote.deciders) deciders withhold (\(who)), "
                + "leaving \(vote.deciders - vote.withholding) in favour where \(vote.needed) are needed"
        case .bearerIsAdversary:
            return "the bearer is on the attacker's side"
        case .inConflict:
            let clauses = prevails.map { "\($0.instrument) \($0.cite)" }.joined(separator: ", ")
            let against = Set(events.map(\.event.by)).sorted().map(name).joined(separator: ", ")
            return "in conflict: the duty would engage force against \(against), whom the bearer undertook not to "
                + "attack in \(clauses), which prevails over \(short)"
        case .provoked:
            var struck: [String] = []
            for e in events where !struck.contains(e.event.victim) {
                struck.append(e.event.victim)
            }
            let names = struck.map(name).joined(separator: ", ")
            let own = struck.allSatisfy(attackers.contains)
            let began =
                own
                ? "\(names)'s own armed attack began the hostilities"
                : "\(names) \(struck.count == 1 ? "is" : "are") on the side whose armed attack began the hostilities"
            return "\(began): a strike on \(names) in self-defence is not an attack \(short) \(cite) answers"
        }
    }
}

extension BlockedClause {
    /// What the block rests on, when not on settled law: `under reading X, not
    /// accepted`, `under an unadopted proposal`; nil for a block of settled law
    /// (the only kind that makes an actor `blocked`).
    public var assumptionPhrase: String? {
        var parts: [String] = []
        if proposal { parts.append("under an unadopted proposal") }
        if let reading { parts.append("under reading \(reading), not accepted") }
        return parts.isEmpty ? nil : parts.joined(separator: "; ")
    }
}
