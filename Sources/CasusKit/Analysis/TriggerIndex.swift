/// The clauses of a graph compiled to integer form and indexed by what can
/// trigger them, so an event only looks at clauses that could match it: by the
/// victim state for `attack-on` parties or listed actors, by deployment for
/// listed deployments, and a short list for `attack-on: any`.
///
/// A class so the graph shares one copy between its value copies.
package final class TriggerIndex: Sendable {
    enum Who: Sendable {
        case any, parties, nonParties
        case states(Set<Int>)
        /// Every attacker but these states.
        case allBut(Set<Int>)
    }
    enum Where: Sendable {
        case parties, victim
        case place(Int)
    }
    enum AttackOn: Sendable {
        case parties, any
        case listed(states: Set<Int>, deployments: Set<Int>)
    }

    /// One trigger alternative, compiled.
    // A class, not a struct: the walk copies it per event, and a copy is then one retain.
    final class Alternative: Sendable {
        let attackOn: AttackOn
        /// nil: any target.
        let targets: Set<TargetKind>?
        let kinds: Set<EventKind>
        let within: [Where]?
        let except: [Int]
        let by: Who
        let unprovoked: Bool
        let nuclear: Bool
        /// An offense pledge's allies, whose own attacks meet it (`.parties` or `.states`); nil otherwise.
        let attackBy: Who?

        init(
            attackOn: AttackOn, targets: Set<TargetKind>?, kinds: Set<EventKind>, within: [Where]?, except: [Int],
            by: Who, unprovoked: Bool, nuclear: Bool, attackBy: Who?
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

    // A class, not a struct: the walk copies it per event, and a copy is then one retain.
    final class CompiledObligation: Sendable {
        enum Bearers: Sendable {
            case otherParties, parties
            /// Actor numbers: states, and for a collective entry the organizations themselves.
            case listed([Int])
            /// The parties less some states (version 3), resolved when compiled: the
            /// bearers themselves, sorted. (Kept apart from `listed` so that dated
            /// party-ness is read from the parties, as for `parties`.)
            case partiesExcept([Int])
            /// Every state on the day not on the attacker's side (a permission only).
            case everyState
        }
        enum Deciders: Sendable {
            case bearers, parties
            case listed([Int])
        }

        /// The bearers as written (organizations expanded, except a collective
        /// entry's), the victim and removed actors still among them; `nil` for
        /// every state, resolved per event. The one home of whom an entry names.
        func writtenBearers(in instrument: CompiledInstrument) -> [Int]? {
            switch bearers {
            case .otherParties, .parties: return instrument.parties
            case .listed(let actors): return actors
            case .partiesExcept(let actors): return actors
            case .everyState: return nil
            }
        }
        let bearers: Bearers
        let duty: Duty
        let engages: Bool
        let within: Hours?
        let decision: Decision
        /// The share in favour a `majority` decision needs.
        let majority: Share?
        let deciders: Deciders
        /// The number of its `subject-to` list in `TriggerIndex.labelLists`.
        let subjectTo: Int
        let force: LegalForce?
        let collective: Bool
        let modality: Modality
        let means: Means?

        /// A right, not a duty: never engages, escalates, blocks or counts.
        var isPermission: Bool { modality == .may }

        init(
            bearers: Bearers, duty: Duty, engages: Bool, within: Hours?, decision: Decision, majority: Share?,
            deciders: Deciders, subjectTo: Int, force: LegalForce?, collective: Bool, modality: Modality, means: Means?
        ) {
            self.bearers = bearers
            self.duty = duty
            self.engages = engages
            self.within = within
            self.decision = decision
            self.majority = majority
            self.deciders = deciders
            self.subjectTo = subjectTo
            self.force = force
            self.collective = collective
            self.modality = modality
            self.means = means
        }
    }

    /// One way a clause can be met: plainly (no reading), under a reading, or under readings
    /// that combine (version 3: a number of `readingMembers` with more than one member).
    // A class, not a struct: the walk copies it per event, and a copy is then one retain.
    final class Variant: Sendable {
        /// Global reading number (`readingIDs`); nil for the plain clause.
        let reading: Int?
        let alternatives: [Alternative]
        let obligations: [CompiledObligation]

        init(reading: Int?, alternatives: [Alternative], obligations: [CompiledObligation]) {
            self.reading = reading
            self.alternatives = alternatives
            self.obligations = obligations
        }
    }

    struct CompiledClause: Sendable {
        let instrument: Int
        let clause: Int
        /// The plain clause first, then one variant per reading.
        let variants: [Variant]
        /// An offense pledge: met by an ally's own attack, its duties owed to that attacker, at its side.
        let offense: Bool

        /// Whom the clause's duties are owed to at event `e`, and whom they are against:
        /// the victim and the attacker, or for an offense pledge the attacker (the ally) and its victim.
        func sides(of e: Event) -> (ally: Int, enemy: Int) {
            offense ? (e.attacker, e.victim) : (e.victim, e.attacker)
        }
    }

    /// A standing undertaking not to use force: who bears it, towards whom.
    struct Refrain: Sendable {
        let instrument: Int
        let clause: Int
        let bearers: [Int]
        /// nil: the parties other than the bearer.
        let towards: Set<Int>?
    }

    /// A class: the walk reads one per clause it applies, and a struct of four
    /// collections would cost four reference counts per read instead of one.
    final class CompiledInstrument: Sendable {
        let status: InstrumentStatus
        let force: LegalForce
        let isProposal: Bool
        let parties: [Int]
        let partySet: Set<Int>
        let violatedBy: Set<Int>
        let violatedByList: [Int]

        init(
            status: InstrumentStatus, force: LegalForce, isProposal: Bool, parties: [Int], partySet: Set<Int>,
            violatedBy: Set<Int>, violatedByList: [Int]
        ) {
            self.status = status
            self.force = force
            self.isProposal = isProposal
            self.parties = parties
            self.partySet = partySet
            self.violatedBy = violatedBy
            self.violatedByList = violatedByList
        }
    }

    let instruments: [CompiledInstrument]
    let clauses: [CompiledClause]
    let refrains: [Refrain]
    /// Version 3, `prevails-over`: per instrument number, the refrains of the instruments that prevail over it.
    let prevailingRefrains: [Int: [Int]]
    /// The refrains of instruments that prevail over another, whose hypothetical breaches are reported.
    let refrainsThatPrevail: [Int]
    /// Clause numbers that an attack on this state (actor number) may trigger.
    let byVictim: [Int: [Int]]
    /// Clause numbers that an attack on this deployment may trigger.
    let byDeployment: [Int: [Int]]
    /// Clause numbers with an `attack-on: any` alternative: every event tries them.
    let anyVictim: [Int]
    /// Offense pledges' clause numbers, by the ally (actor number) whose own attack may meet them.
    let byAttacker: [Int: [Int]]
    /// Reading number → id, and id → number. The readings written come first (one number per id,
    /// however many clauses name it), then the combinations, `a+b` (an id never holds a `+`).
    package let readingIDs: [String]
    let readingNumber: [String: Int]
    /// Per reading number, the written readings it stands for: itself, or a combination's members.
    let readingMembers: [[Int]]
    /// How many readings are written (the numbers below it); the rest are combinations.
    let writtenReadings: Int
    /// Interned `subject-to` labels.
    let labels: [String]
    /// Each distinct `subject-to` list as sorted label numbers; list 0 is empty.
    let labelLists: [[Int]]

    init(
        index index: GraphIndex, deployments: [Deployment], instruments source: [Instrument],
        dated: DatedFacts = DatedFacts()
    ) {
        var labelNumber: [String: Int] = [:]
        var labels: [String] = []
        var listNumber: [[Int]: Int] = [[]: 0]
        var labelLists: [[Int]] = [[]]
        var compiler = Compiler(index: index, dated: dated)
        // Every written reading is numbered first, once per id (a shared reading is named by several clauses).
        var readingIDs: [String] = []
        var readingNumber: [String: Int] = [:]
        for inst in source {
            for clause in inst.clauses {
                for r in clause.readings where readingNumber[r.id] == nil {
                    readingNumber[r.id] = readingIDs.count
                    readingIDs.append(r.id)
                }
            }
        }
        let writtenReadings = readingIDs.count
        var readingMembers = readingIDs.indices.map { [$0] }
        var compiledInstruments: [CompiledInstrument] = []
        var compiled: [CompiledClause] = []
        var refrains: [Refrain] = []
        var byVictim: [Int: [Int]] = [:]
        var byDeployment: [Int: [Int]] = [:]
        var anyVictim: [Int] = []
        var byAttacker: [Int: [Int]] = [:]

        func label(_ s: String) -> Int {
            if let n = labelNumber[s] {
                return n
            }
            labelNumber[s] = labels.count
            labels.append(s)
            return labels.count - 1
        }
        func list(_ written: [String]) -> Int {
            let numbers = Array(Set(written.map(label))).sorted()
            if let n = listNumber[numbers] {
                return n
            }
            listNumber[numbers] = labelLists.count
            labelLists.append(numbers)
            return labelLists.count - 1
        }

        for (n, inst) in source.enumerated() {
            let parties = compiler.states(inst.parties)
            compiler.beginInstrument(inst, parties: parties)
            let violators = compiler.states(inst.violatedBy)
            compiledInstruments.append(
                CompiledInstrument(
                    status: inst.status, force: inst.force, isProposal: inst.isProposal,
                    parties: parties, partySet: Set(parties),
                    violatedBy: Set(violators), violatedByList: violators))
            for (c, clause) in inst.clauses.enumerated() {
                if clause.isRefrain {
                    for o in clause.then {
                        refrains.append(compiler.refrain(o, instrument: n, clause: c, parties: parties))
                    }
                    continue
                }
                let plainAlternatives = clause.when.map { compiler.alternative($0) }
                let plainObligations = clause.then.map { compiler.obligation($0, list: list) }
                var variants = [Variant(reading: nil, alternatives: plainAlternatives, obligations: plainObligations)]
                for members in Self.readingSets(clause.readings, together: clause.readingsTogether) {
                    let written = members.map { clause.readings[$0] }
                    let numbers = written.map { readingNumber[$0.id] ?? 0 }
                    // One id per set, however the clauses order it.
                    let id = written.map(\.id).sorted().joined(separator: "+")
                    let number: Int
                    if let known = readingNumber[id] {
                        number = known
                    } else {
                        number = readingIDs.count
                        readingIDs.append(id)
                        readingMembers.append(numbers.sorted())
                        readingNumber[id] = number
                    }
                    // At most one member has a `when`, and the members' `then`s change different terms.
                    let when = written.compactMap(\.when).first
                    let alternatives = when.map { [compiler.alternative($0)] } ?? plainAlternatives
                    let patches = written.compactMap(\.then)
                    let obligations =
                        patches.isEmpty
                        ? plainObligations
                        : clause.then.map { o in
                            compiler.obligation(patches.reduce(o) { $1.applied(to: $0) }, list: list)
                        }
                    variants.append(Variant(reading: number, alternatives: alternatives, obligations: obligations))
                }
                let number = compiled.count
                let offense = clause.isOffense
                compiled.append(CompiledClause(instrument: n, clause: c, variants: variants, offense: offense))
                // An offense pledge is found by its ally, the attacker: `attack-on` only narrows it.
                if offense {
                    var allies = Set<Int>()
                    for a in variants.flatMap(\.alternatives) {
                        switch a.attackBy {
                        case .states(let s)?: allies.formUnion(s)
                        default: allies.formUnion(parties)
                        }
                    }
                    for ally in allies.sorted() { byAttacker[ally, default: []].append(number) }
                    continue
                }
                var victims = Set<Int>()
                var deps = Set<Int>()
                var any = false
                for a in variants.flatMap(\.alternatives) {
                    switch a.attackOn {
                    case .parties: victims.formUnion(parties)
                    case .any: any = true
                    case .listed(let states, let deployments):
                        victims.formUnion(states)
                        deps.formUnion(deployments)
                    }
                }
                if any {
                    anyVictim.append(number)
                    continue
                }
                for v in victims.sorted() { byVictim[v, default: []].append(number) }
                for d in deps.sorted() { byDeployment[d, default: []].append(number) }
            }
        }
        self.instruments = compiledInstruments
        self.clauses = compiled
        self.refrains = refrains
        var prevailing: [Int: [Int]] = [:]
        for (n, r) in refrains.enumerated() {
            for id in source[r.instrument].prevailsOver {
                if let over = index.instrumentIndex[id] { prevailing[over, default: []].append(n) }
            }
        }
        self.prevailingRefrains = prevailing
        self.refrainsThatPrevail = refrains.indices.filter { !source[refrains[$0].instrument].prevailsOver.isEmpty }
        self.byVictim = byVictim
        self.byDeployment = byDeployment
        self.anyVictim = anyVictim
        self.byAttacker = byAttacker
        self.readingIDs = readingIDs
        self.readingNumber = readingNumber
        self.readingMembers = readingMembers
        self.writtenReadings = writtenReadings
        self.labels = labels
        self.labelLists = labelLists
    }

    /// Whether some clause could be triggered by an event whose victim is `state`.
    func anyClause(forVictim state: Int) -> Bool {
        byVictim[state] != nil || !anyVictim.isEmpty
    }

    /// Whether some offense pledge could be met by an attack that `state` makes.
    func anyClause(forAttacker state: Int) -> Bool {
        byAttacker[state] != nil
    }
}

/// Turns the model's triggers and obligations into the index's integer form.
private struct Compiler {
    let index: GraphIndex
    let dated: DatedFacts
    /// The instrument being compiled: its parties on the day (as written: today),
    /// and the states that are its parties on some day through a dated item.
    var parties = Set<Int>()
    var everParties = Set<Int>()

    init(index: GraphIndex, dated: DatedFacts) {
        self.index = index
        self.dated = dated
    }

    /// Version 3, rule 4: a listed bearer that is a party of the instrument through
    /// dated items (its own, or an organization's membership) bears only while it is
    /// one. Without dated facts every party is a party on every day: nothing to do.
    mutating func beginInstrument(_ inst: Instrument, parties: [Int]) {
        self.parties = Set(parties)
        everParties = []
        guard !dated.members.isEmpty || dated.parties[inst.id] != nil else { return }
        let written = Graph.candidates(inst.parties, dated.parties[inst.id] ?? [:])
        var seen = Set<String>()
        var stack = written
        while let id = stack.popLast() {
            guard seen.insert(id).inserted, let n = index.actorIndex[id] else { continue }
            if index.standsForItself(n) {
                everParties.insert(n)
                continue
            }
            stack += index.actorMembers[n] + (dated.members[id].map { Array($0.keys) } ?? [])
        }
        everParties.subtract(self.parties)
    }

    /// Whether a listed bearer bears on this day: not a party that, on this day, is not one.
    func bearsToday(_ state: Int) -> Bool {
        !everParties.contains(state)
    }

    /// The states a list of actor ids stands for, sorted.
    func states(_ ids: [String]) -> [Int] {
        Array(Set(ids.flatMap { index.states(of: $0) })).sorted()
    }

    func who(_ set: ActorSet) -> TriggerIndex.Who {
        switch set {
        case .parties: return .parties
        case .nonParties: return .nonParties
        case .listed(let ids): return .states(Set(states(ids)))
        case .allBut(let ids): return .allBut(Set(states(ids)))
        default: return .any
        }
    }

    func alternative(_ t: Trigger) -> TriggerIndex.Alternative {
        let attackOn: TriggerIndex.AttackOn
        switch t.attackOn {
        case .listed(let ids):
            var onStates = Set<Int>()
            var onDeployments = Set<Int>()
            for id in ids {
                if let d = index.deploymentIndex[id] {
                    onDeployments.insert(d)
                } else {
                    onStates.formUnion(index.states(of: id))
                }
            }
            attackOn = .listed(states: onStates, deployments: onDeployments)
        case .any:
            attackOn = .any
        default:
            attackOn = .parties
        }
        let within: [TriggerIndex.Where]? = t.within.map { refs in
            refs.compactMap { r in
                switch r {
                case .parties: return .parties
                case .victim: return .victim
                case .place(let id): return index.placeIndex[id].map { .place($0) }
                }
            }
        }
        // `any` is every target but merchant shipping, which a clause covers only by naming it.
        var targets = Set(t.targets)
        if targets.remove(.any) != nil { targets.formUnion([.territory, .forces, .vessels]) }
        return TriggerIndex.Alternative(
            attackOn: attackOn, targets: targets, kinds: Set(t.kinds), within: within,
            except: t.except.compactMap { index.placeIndex[$0] }, by: who(t.by),
            unprovoked: t.unprovoked, nuclear: t.nuclear, attackBy: t.attackBy.map(who))
    }

    func obligation(_ o: Obligation, list: (([String]) -> Int)) -> TriggerIndex.CompiledObligation {
        let bearers: TriggerIndex.CompiledObligation.Bearers
        switch o.bearers {
        case .listed(let ids) where o.collective:
            // A collective entry keeps each organization as one bearer; states stand as themselves.
            let actors = ids.compactMap { index.actorIndex[$0] }
            bearers = .listed(Array(Set(actors)).sorted().filter(bearsToday))
        case .listed(let ids):
            bearers = .listed(states(ids).filter(bearsToday))
        case .partiesExcept(let ids):
            let out = Set(states(ids))
            bearers = .partiesExcept(parties.sorted().filter { !out.contains($0) })
        case .any:
            bearers = .everyState
        case .parties:
            bearers = .parties
        default:
            bearers = .otherParties
        }
        let deciders: TriggerIndex.CompiledObligation.Deciders
        switch o.deciders {
        case .listed(let ids): deciders = .listed(states(ids))
        case .parties: deciders = .parties
        default: deciders = .bearers
        }
        let subject = list(o.subjectTo)
        return TriggerIndex.CompiledObligation(
            bearers: bearers, duty: o.duty, engages: o.engages, within: o.within,
            decision: o.decision, majority: o.majority, deciders: deciders, subjectTo: subject,
            force: o.force, collective: o.collective, modality: o.modality, means: o.means)
    }

    func refrain(_ o: Obligation, instrument: Int, clause: Int, parties: [Int]) -> TriggerIndex.Refrain {
        let bearers: [Int]
        switch o.bearers {
        case .listed(let ids): bearers = states(ids)
        default: bearers = parties
        }
        let towards: Set<Int>?
        switch o.towards {
        case .listed(let ids): towards = Set(states(ids))
        default: towards = nil
        }
        return TriggerIndex.Refrain(instrument: instrument, clause: clause, bearers: bearers, towards: towards)
    }
}

extension Graph {
    /// The clauses compiled and indexed by what can trigger them: the engine's
    /// view, built by the analysis the first time it reads this graph.
    package var triggers: TriggerIndex {
        derived.value(TriggerIndex.self) {
            TriggerIndex(index: index, deployments: deployments, instruments: instruments, dated: dated)
        }
    }
}

extension TriggerIndex {
    /// The most readings of one clause that are combined (2^n sets are tried).
    static let combinedLimit = 6

    /// The sets of a clause's readings that make a variant, as positions in its list: each reading
    /// alone, in order, then every combination of two or more (version 3) whose members can all hold
    /// at once — at most one replaces the trigger, and no two change the same term of the obligation
    /// (those are alternatives, not additions). Smaller sets first, then in the written order.
    /// Readings that hold together (`readings-hold: together`) make one set, all of them.
    static func readingSets(_ readings: [Reading], together: Bool = false) -> [[Int]] {
        if together && readings.count > 1 { return [Array(readings.indices)] }
        let single = readings.indices.map { [$0] }
        let n = readings.count
        guard n >= 2 && n <= combinedLimit else { return single }
        var combined: [[Int]] = []
        for mask in 1..<(1 << n) where mask.nonzeroBitCount >= 2 {
            let members = (0..<n).filter { mask & (1 << $0) != 0 }
            let written = members.map { readings[$0] }
            guard written.filter({ $0.when != nil }).count <= 1 else { continue }
            guard ObligationPatch.changeDifferentTerms(written.compactMap(\.then)) else { continue }
            combined.append(members)
        }
        // Smaller sets first; sets of one size keep the order the masks count them in.
        let ordered = combined.enumerated().sorted { ($0.element.count, $0.offset) < ($1.element.count, $1.offset) }
        return single + ordered.map(\.element)
    }
}

extension ObligationPatch {
    /// Whether no two of these patches change the same term: then they combine.
    static func changeDifferentTerms(_ patches: [ObligationPatch]) -> Bool {
        let terms = patches.map(\.termsChanged)
        return terms.reduce(0, { $0 + $1.count }) == Set(terms.joined()).count
    }

    /// The terms of the obligation this patch replaces: two patches that change none in common combine.
    /// A new duty also sets whether it engages (its default), so it changes both.
    var termsChanged: [String] {
        let changed: [(String, Bool)] = [
            ("bearers", bearers != nil), ("duty", duty != nil), ("engages", engages != nil || duty != nil),
            ("within", within != nil), ("decision", decision != nil), ("deciders", deciders != nil),
            ("subject-to", subjectTo != nil), ("force", force != nil), ("collective", collective != nil),
            ("modality", modality != nil), ("means", means != nil),
        ]
        return changed.filter(\.1).map(\.0)
    }
}
