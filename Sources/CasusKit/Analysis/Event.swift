/// An armed attack as the engine sees it: `(victim, target, place, attacker,
/// deployment?, nuclear)`, all interned. Initial events come from the scenario;
/// hypothetical ones are the strikes of escalation.
struct Event: Hashable {
    let victim: Int
    let forces: Bool
    let place: Int
    let attacker: Int
    /// -1 when the event is not an attack on a deployment.
    let deployment: Int
    let nuclear: Bool
    let hypothetical: Bool

    /// What makes two events the same attack for "already reached": a
    /// hypothetical strike that repeats an initial attack adds nothing.
    struct Key: Hashable {
        let victim: Int, forces: Bool, place: Int, attacker: Int, nuclear: Bool
    }
    var key: Key { Key(victim: victim, forces: forces, place: place, attacker: attacker, nuclear: nuclear) }
}

/// One step of a chain in interned form.
enum InternalStep: Hashable {
    case attack(Event)
    case clause(InternalClauseStep)
}

struct InternalClauseStep: Hashable {
    /// Compiled clause number (TriggerIndex.clauses).
    let clause: Int
    let reading: Int?
    /// Whether the reading is contested (relied on, not accepted).
    let contested: Bool
    /// The instrument number when it is an unadopted proposal.
    let proposal: Int?
    let bearer: Int
    let owedTo: Int
    let duty: Duty
    let engages: Bool
    let force: LegalForce
    let within: Hours?
    let subjectTo: [String]
    let decision: Decision
}

/// A chain in interned form with its ranking measures computed once.
struct InternalChain {
    let steps: [InternalStep]
    let depth: Int
    let readings: [Int]
    let proposals: [Int]
    let hours: Int?
    let hoursMax: Int?
    let subjectTo: [String]

    init(steps: [InternalStep], depth: Int) {
        self.steps = steps
        self.depth = depth
        var readings = Set<Int>(), proposals = Set<Int>(), subject = Set<String>()
        var lo: Int?, hi: Int?
        for case .clause(let c) in steps {
            if c.contested, let r = c.reading { readings.insert(r) }
            if let p = c.proposal { proposals.insert(p) }
            subject.formUnion(c.subjectTo)
            if let w = c.within { lo = (lo ?? 0) + w.lower; hi = (hi ?? 0) + w.upper }
        }
        self.readings = readings.sorted()
        self.proposals = proposals.sorted()
        self.subjectTo = subject.sorted()
        self.hours = lo
        self.hoursMax = hi
    }

    /// The ranking's measures before the step-by-step tie-break.
    var measure: Measure {
        Measure(depth: depth, proposals: proposals.count, readings: readings.count, political: (final?.force ?? .binding) == .political,
                hours: hours ?? Int.max, steps: steps.count)
    }

    var final: InternalClauseStep? {
        if case .clause(let c)? = steps.last { return c }
        return nil
    }

    /// The lexicographic part of the ranking (analysis.md): a candidate whose
    /// measure is worse than a kept chain's can be dropped without being built.
    struct Measure: Comparable {
        let depth: Int, proposals: Int, readings: Int, political: Bool, hours: Int, steps: Int
        static func < (a: Measure, b: Measure) -> Bool {
            (a.depth, a.proposals, a.readings, a.political ? 1 : 0, a.hours, a.steps)
                < (b.depth, b.proposals, b.readings, b.political ? 1 : 0, b.hours, b.steps)
        }
    }

    /// Chains to one actor are kept when they differ in final clause or in assumptions.
    struct Key: Hashable {
        let clause: Int, reading: Int?, readings: [Int], proposals: [Int], hypothetical: Bool
    }
    var key: Key? {
        final.map { Key(clause: $0.clause, reading: $0.reading, readings: readings, proposals: proposals, hypothetical: depth > 0) }
    }
}
