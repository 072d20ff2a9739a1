/// Phase one of loading: reads each file's YAML into model values, noting every
/// id it declares and every id it refers to. Phase two (`GraphBuilder+Check`)
/// resolves the references once all files are read.
final class GraphBuilder {
    enum IDKind: String {
        case place, state, organization, group, deployment, instrument, scenario, reading

        /// "a state", "an instrument", "an organization".
        var withArticle: String {
            ["instrument", "organization"].contains(rawValue) ? "an \(rawValue)" : "a \(rawValue)"
        }
    }
    struct Declared {
        let kind: IDKind
        let at: Located
    }

    enum RefRule {
        /// A place or a state (its territory).
        case place
        /// A state, an organization or a group.
        case actor
        /// A state or an organization: a member of an organization, a deployment's contributor.
        case member
        case state
        /// A state or a group: who can attack.
        case attacker
        /// A state, an organization, a group or a deployment (`attack-on`).
        case actorOrDeployment
        case reading
        /// An instrument with status proposed or signed (`adopt`).
        case proposal
        /// Any instrument (`prevails-over`).
        case instrument

        /// What the error says was expected, and the kinds of id that meet the rule.
        var expected: (text: String, kinds: [IDKind]) {
            switch self {
            case .place: return ("a place or state", [.place, .state])
            case .actor: return ("an actor (state, organization or group)", [.state, .organization, .group])
            case .member: return ("a state or organization", [.state, .organization])
            case .state: return ("a state", [.state])
            case .attacker: return ("a state or a group", [.state, .group])
            case .actorOrDeployment:
                return ("an actor, organization, group or deployment", [.state, .organization, .group, .deployment])
            case .reading: return ("a reading", [.reading])
            case .proposal: return ("a proposed or signed instrument", [.instrument])
            case .instrument: return ("an instrument", [.instrument])
            }
        }
    }
    struct PendingRef {
        let id: String
        let rule: RefRule
        let at: Located
    }

    struct AttackDraft {
        let target: String
        let targetAt: Located
        let by: String?
        let kind: EventKind
        let nuclear: Bool
    }
    struct ScenarioDraft {
        var scenario: Scenario
        let attacks: [AttackDraft]
        let at: Located
    }

    let sink = ErrorSink()
    var title: String?
    var description: String?
    var defaultAttacker: (id: String, at: Located)?
    var defaultDepth: Int?
    var sources: [Source] = []
    var places: [Place] = []
    var actors: [Actor] = []
    var deployments: [Deployment] = []
    var instruments: [Instrument] = []
    var scenarios: [ScenarioDraft] = []
    var dated = DatedFacts()
    var declared: [String: [Declared]] = [:]
    var refs: [PendingRef] = []
    /// Readings declared under an instrument's or the world's `readings` (version 3), by id.
    var sharedReadings: [String: SharedReading] = [:]
    /// The clauses' `readings` items that name a shared reading, resolved in phase two.
    var namedReadings: [NamedReading] = []
    /// Where each place, actor and deployment was written, for phase-two messages.
    var placeAt: [String: Located] = [:]
    var actorAt: [String: Located] = [:]
    var deploymentAt: [String: (at: Located, atField: Located?)] = [:]

    // MARK: Files

    func read(root: Located) {
        guard let f = root.mapping(allowed: Keys.top, required: ["casus"]) else { return }
        if let v = f["casus"] {
            if let n = v.int, !FormatVersion.supported.contains(n) {
                v.error(
                    "format version \(n) is not understood; this casus reads version "
                        + "\(FormatVersion.supported.map(String.init).joined(separator: ", ")) (write 'casus: 1')"
                )
                return
            }
        }
        if let t = f["title"]?.string { if title == nil { title = t } }
        if let d = f["description"]?.string { if description == nil { description = d } }
        if let d = f["defaults"], let df = d.mapping(allowed: Keys.defaults) {
            if let a = df["attacker"], let id = a.string {
                defaultAttacker = (id, a)
                refs.append(.init(id: id, rule: .attacker, at: a))
            }
            if let dep = df["depth"], let n = dep.int {
                if n < 0 { dep.error("found \(n); expected a depth of 0 or more") } else { defaultDepth = n }
            }
        }
        for item in f["sources"]?.list() ?? [] { readSource(item) }
        for item in f["places"]?.list() ?? [] { readPlace(item) }
        for item in f["actors"]?.list() ?? [] { readActor(item) }
        for item in f["deployments"]?.list() ?? [] { readDeployment(item) }
        for item in f["readings"]?.list() ?? [] { readSharedReading(item, scope: nil) }
        for item in f["instruments"]?.list() ?? [] { readInstrument(item) }
        for item in f["scenarios"]?.list() ?? [] { readScenario(item) }
    }

    // MARK: Ids and references

    /// Reads an id field, checks its syntax and records it in the shared namespace.
    func declare(_ f: Fields, as kind: IDKind) -> String? {
        guard let v = f["id"], let id = v.string else { return nil }
        guard IDRules.isValid(id) else {
            v.error(
                "invalid id '\(Located.clip(id))'; ids start with a letter and use only letters, digits, '_', '.' and "
                    + "'-' (at most 64)"
            )
            return nil
        }
        declared[id, default: []].append(Declared(kind: kind, at: v))
        return id
    }

    func refer(_ v: Located?, _ rule: RefRule) -> String? {
        guard let v, let id = v.string else { return nil }
        refs.append(PendingRef(id: id, rule: rule, at: v))
        return id
    }

    func referList(_ v: Located?, _ rule: RefRule) -> [String] {
        guard let v, let items = v.list() else { return [] }
        return items.compactMap { refer($0, rule) }
    }

    func text(_ f: Fields, _ key: String) -> String? { f[key]?.string }

    func labels(_ v: Located?) -> [String] { v?.strings ?? [] }

    // MARK: Sections

    func readSource(_ item: Located) {
        guard let f = item.mapping(allowed: Keys.source, required: ["id"]) else { return }
        guard let idField = f["id"], let id = idField.string else { return }
        if !IDRules.isValid(id) {
            idField.error(
                "invalid id '\(Located.clip(id))'; ids start with a letter and use only letters, digits, '_', '.' and "
                    + "'-' (at most 64)"
            )
        }
        let url = f["url"]?.string
        if let u = url, !WebLink.isSafe(u) {
            f["url"]?.error("found '\(Located.clip(u))'; expected an http:// or https:// link")
        }
        sources.append(Source(id: id, title: text(f, "title"), url: url, note: text(f, "note")))
    }

    func readPlace(_ item: Located) {
        guard let f = item.mapping(allowed: Keys.place, required: ["id"]), let id = declare(f, as: .place) else {
            return
        }
        placeAt[id] = item
        if let s = span(f) { dated.places[id] = s }
        let overseas = f["overseas"].flatMap { $0.bool }
        places.append(
            Place(
                id: id, name: text(f, "name") ?? id, within: referList(f["within"], .place), overseas: overseas,
                note: text(f, "note")))
    }

    func readActor(_ item: Located) {
        guard let f = item.mapping(allowed: Keys.actor, required: ["id", "name", "kind"]),
            let kind = f["kind"]?.word(ActorKind.self, what: "actor kind"),
            let id = declare(f, as: Self.declaredKind(kind))
        else { return }
        actorAt[id] = item
        if kind != .organization, let m = f["members"] {
            m.error("a \(kind.rawValue) has no members; 'members' is for organizations (kind: organization)")
        }
        if kind == .organization, let w = f["within"] {
            w.error("an organization has no territory; 'within' is for states, groups and places")
        }
        if kind == .group, f["within"] == nil {
            item.error(
                "a group needs 'within': the places it is based in (an attack on it, with no place named, falls on "
                    + "its forces at the first)")
        }
        if let spells = spells(f) { dated.actors[id] = spells }
        let members = kind == .organization ? datedRefs(f["members"], .member) : (ids: [], spans: [:])
        if !members.spans.isEmpty { dated.members[id] = members.spans }
        actors.append(
            Actor(
                id: id, name: text(f, "name") ?? id, kind: kind,
                within: kind == .organization ? [] : referList(f["within"], .place),
                tags: labels(f["tags"]),
                members: members.ids,
                aliases: labels(f["aliases"]), note: text(f, "note")))
    }

    static func declaredKind(_ kind: ActorKind) -> IDKind {
        switch kind {
        case .state: return .state
        case .organization: return .organization
        case .group: return .group
        }
    }

    func readDeployment(_ item: Located) {
        guard let f = item.mapping(allowed: Keys.deployment, required: ["id", "config", "contributors", "status"]),
            let id = declare(f, as: .deployment)
        else { return }
        let config = f["config"]?.word(DeploymentConfig.self, what: "deployment config")
        let status = f["status"]?.word(DeploymentStatus.self, what: "deployment status")
        let host = refer(f["host"], .state)
        let at = refer(f["at"], .place)
        let contributors = referList(f["contributors"], .member)
        if let c = f["contributors"], contributors.isEmpty, c.list()?.isEmpty == true {
            c.error("found an empty list; a deployment needs at least one contributor")
        }
        deploymentAt[id] = (item, f["at"])
        if let s = span(f) { dated.deployments[id] = s }
        guard let config, let status else { return }
        guard let place = at ?? host else {
            if f["host"] == nil {
                item.error(
                    "a deployment needs a 'host' (a state), or an 'at' that lies in no state (a deployment at sea)")
            }
            return
        }
        deployments.append(
            Deployment(
                id: id, name: text(f, "name") ?? id, config: config, host: host, at: place,
                contributors: contributors, status: status, note: text(f, "note")))
    }

    func readInstrument(_ item: Located) {
        guard
            let f = item.mapping(
                allowed: Keys.instrument, required: ["id", "title", "form", "status", "force", "parties", "clauses"]),
            let id = declare(f, as: .instrument)
        else { return }
        let form = f["form"]?.word(InstrumentForm.self, what: "instrument form")
        let status = f["status"]?.word(InstrumentStatus.self, what: "instrument status")
        let force = f["force"]?.word(LegalForce.self, what: "force")
        let date = f["date"]?.string
        if let d = date, !IDRules.isDate(d) {
            f["date"]?.error("found '\(Located.clip(d))'; expected a date as YYYY, YYYY-MM or YYYY-MM-DD")
        }
        let source = f["source"]?.string
        if let s = source, !WebLink.isSafe(s) {
            f["source"]?.error("found '\(Located.clip(s))'; expected an http:// or https:// link")
        }
        let parties = datedRefs(f["parties"], .actor)
        if !parties.spans.isEmpty { dated.parties[id] = parties.spans }
        let breaches = datedBreaches(f["violated-by"])
        if !breaches.from.isEmpty { dated.breaches[id] = breaches.from }
        if let dates = instrumentDates(f) { dated.instruments[id] = dates }
        if let v = f["violated-by"], let status, status != .violated {
            v.error("'violated-by' goes with 'status: violated'; this instrument's status is \(status.rawValue)")
        }
        for r in f["readings"]?.list() ?? [] { readSharedReading(r, scope: id) }
        var clauses: [Clause] = []
        var clauseIDs: [String: Located] = [:]
        for c in f["clauses"]?.list() ?? [] {
            guard let clause = readClause(c, of: id) else { continue }
            if let first = clauseIDs[clause.id] {
                c.error("duplicate clause id '\(clause.id)' in instrument '\(id)'; first at line \(first.line)")
            } else {
                clauseIDs[clause.id] = c
            }
            clauses.append(clause)
        }
        guard let form, let status, let force else { return }
        instruments.append(
            Instrument(
                id: id, title: text(f, "title") ?? id, short: text(f, "short") ?? id, form: form,
                status: status, force: force, date: date, parties: parties.ids, source: source,
                violatedBy: breaches.ids, clauses: clauses, note: text(f, "note"),
                prevailsOver: referList(f["prevails-over"], .instrument)))
    }

    func readClause(_ item: Located, of instrument: String) -> Clause? {
        guard let f = item.mapping(allowed: Keys.clause, required: ["id", "cite", "then"]) else { return nil }
        guard let idField = f["id"], let id = idField.string else { return nil }
        if let s = span(f) { dated.clauses[instrument, default: [:]][id] = s }
        guard IDRules.isValid(id) else {
            idField.error(
                "invalid clause id '\(Located.clip(id))'; ids start with a letter and use only letters, digits, '_', "
                    + "'.' and '-' (at most 64)"
            )
            return nil
        }
        let whenItems = f["when"]?.oneOrMany() ?? []
        let when = whenItems.compactMap { readTrigger($0) }
        let then = f["then"]?.oneOrMany().compactMap { readObligation($0) } ?? []
        let together = readingsHold(f)
        var readings: [Reading] = []
        for (position, r) in (f["readings"]?.list() ?? []).enumerated() {
            // A name: a reading declared under the instrument's or the world's `readings` (version 3).
            if r.isScalar, let name = r.string {
                if together {
                    r.error(
                        "a clause whose readings hold together writes them out; a shared reading is taken on its own "
                            + "in every clause that names it")
                    continue
                }
                let offense = when.isEmpty ? nil : when.contains { $0.attackBy != nil }
                namedReadings.append(
                    NamedReading(
                        id: name, at: r, instrument: instrument, clause: id, position: position, then: then,
                        offense: offense))
            } else if let reading = readReading(r, clauseThen: then, bare: together) {
                readings.append(reading)
            }
        }
        if together { checkTogether(f, readings) }
        checkRefrain(f, then: then)
        // A trigger already refused says nothing of which kind the clause is: no second error follows from it.
        if when.count == whenItems.count { checkOffense(f, when: when, then: then, readings: readings) }
        var clause = Clause(
            id: id, cite: text(f, "cite") ?? id, text: text(f, "text"), when: when, then: then,
            readings: readings, note: text(f, "note"))
        clause.readingsTogether = together
        return clause
    }

    /// `readings-hold`: `apart` (each reading on its own, and those that combine together: the default)
    /// or `together` — the readings are conditions the clause holds under only all at once.
    func readingsHold(_ f: Fields) -> Bool {
        guard let v = f["readings-hold"] else { return false }
        switch v.string {
        case "apart": return false
        case "together": return true
        default:
            v.error(
                "found \(v.shape); expected 'apart' (each reading on its own) or 'together' (all at once)",
                suggestion: v.string.flatMap { Suggestion.nearest(to: $0, in: ["apart", "together"]) })
            return false
        }
    }

    /// Readings that hold together make one variant: at least two, at most one with a `when`, and
    /// `then`s that change different terms (as readings that combine, docs/analysis.md).
    func checkTogether(_ f: Fields, _ readings: [Reading]) {
        let site = f["readings-hold"] ?? f.owner
        if readings.count < 2 {
            site.error(
                "'readings-hold: together' needs two readings or more; with one there is nothing to hold together")
        } else if readings.filter({ $0.when != nil }).count > 1 {
            site.error(
                "readings that hold together have one 'when' between them (the trigger they share); the others are "
                    + "conditions taken as met")
        } else if !ObligationPatch.changeDifferentTerms(readings.compactMap(\.then)) {
            site.error(
                "readings that hold together change different terms of the obligation; two of these change the same")
        }
    }

    /// A refrain clause is a standing undertaking: no `when`, no readings, and
    /// every `then` entry a refrain. Any other clause needs a `when`.
    func checkRefrain(_ f: Fields, then: [Obligation]) {
        let refrains = then.filter { $0.duty == .refrain }.count
        guard refrains > 0 else {
            if !f.has("when") { f.owner.error("missing required key 'when'") }
            return
        }
        if refrains < then.count {
            f["then"]?.error(
                "a clause with a 'refrain' entry holds only refrain entries; put the other duties in a clause of "
                    + "their own"
            )
        }
        if let w = f["when"] {
            w.error(
                "a refrain clause has no 'when': it is a standing undertaking, reported as breached when a bearer "
                    + "attacks one of 'towards'"
            )
        }
        if let r = f["readings"] {
            r.error("a refrain clause has no readings")
        }
    }

    func readTrigger(_ item: Located) -> Trigger? {
        guard let f = item.mapping(allowed: Keys.trigger) else { return nil }
        var ok = true
        var attackOn = ActorSet.parties
        if let a = f["attack-on"] {
            if a.isScalar {
                switch a.string {
                case "parties": attackOn = .parties
                case "any": attackOn = .any
                default:
                    a.error(
                        "found \(a.shape); expected 'parties', 'any' or a list of actor, organization or deployment ids"
                    )
                    ok = false
                }
            } else {
                attackOn = .listed(referList(a, .actorOrDeployment))
            }
        }
        let targets = f["target"].map { words($0, TargetKind.self, what: "target") } ?? .some([.any])
        let kinds = f["kinds"].map { words($0, EventKind.self, what: "event kind") } ?? .some([.armedAttack])
        if let k = f["kinds"], kinds?.isEmpty == true {
            k.error("found an empty list; expected at least one of \(EventKind.allWords.joined(separator: ", "))")
        }
        var except: [String] = []
        if let e = f["except"], let items = e.list() {
            except = items.compactMap { refer($0, .place) }
        }
        var within: [PlaceRef]? = nil
        if let i = f["in"], let items = i.list() {
            within = items.compactMap { p in
                guard let s = p.string else { return nil }
                switch s {
                case "parties": return .parties
                case "victim": return .victim
                default:
                    refs.append(PendingRef(id: s, rule: .place, at: p))
                    return .place(s)
                }
            }
        }
        var by = ActorSet.any
        if let b = f["by"] {
            if b.isScalar, let s = b.string {
                switch s {
                case "any": by = .any
                case "parties": by = .parties
                case "non-parties": by = .nonParties
                default:
                    b.error(
                        "unknown attacker set '\(Located.clip(s))'; expected any, parties, non-parties or a list of "
                            + "actor ids",
                        suggestion: Suggestion.nearest(to: s, in: ["any", "parties", "non-parties"]))
                    ok = false
                }
            } else if b.isMapping {
                // `{ all-but: [ISR] }`: every attacker but these (version 3), so that no one is left off by hand.
                if let f = b.mapping(allowed: ["all-but"], required: ["all-but"]), let list = f["all-but"] {
                    if list.list()?.isEmpty == false {
                        by = .allBut(referList(list, .actor))
                    } else {
                        let found = list.isSequence ? "an empty list" : list.shape
                        list.error("found \(found); expected a list of the attackers it does not answer")
                        ok = false
                    }
                } else {
                    ok = false
                }
            } else {
                by = .listed(referList(b, .actor))
            }
        }
        let unprovoked = f["unprovoked"].map { $0.bool } ?? .some(false)
        let nuclear = f["nuclear"].map { $0.bool } ?? .some(false)
        let attackBy = f["attack-by"].flatMap { readAttackBy($0, fields: f) }
        if f.has("attack-by") && attackBy == nil { ok = false }
        // An offense pledge answers any war its ally wages unless `attack-on` names the adversaries.
        if attackBy != nil && !f.has("attack-on") { attackOn = .any }
        guard ok, let targets, let kinds, !kinds.isEmpty, let unprovoked, let nuclear else { return nil }
        return Trigger(
            attackOn: attackOn, targets: targets, kinds: kinds, within: within, except: except, by: by,
            unprovoked: unprovoked, nuclear: nuclear, attackBy: attackBy)
    }

    /// `attack-by`: `parties` or a list of actor ids — an offense pledge, whose duties are owed
    /// to the attacker. It takes no `by` (it names the attacker itself) and no `unprovoked`.
    func readAttackBy(_ v: Located, fields f: Fields) -> ActorSet? {
        if let b = f["by"] {
            b.error(
                "'attack-by' names the attacker an offense pledge answers; leave out 'by' (use 'attack-on' for the "
                    + "states it may be waged against)")
            return nil
        }
        if let u = f["unprovoked"], u.bool == true {
            u.error(
                "'unprovoked' asks whether the victim's side began the war; an offense pledge ('attack-by') answers "
                    + "its ally's own attack and takes none")
            return nil
        }
        if v.isScalar {
            guard v.string == "parties" else {
                v.error(
                    "found \(v.shape); expected 'parties' or a list of actor ids (the allies whose wars it answers)")
                return nil
            }
            return .parties
        }
        guard v.list()?.isEmpty == false else {
            v.error("found \(v.isSequence ? "an empty list" : v.shape); expected 'parties' or a list of actor ids")
            return nil
        }
        return .listed(referList(v, .actor))
    }

    /// An offense pledge's clause: every trigger of it answers an ally's own attack (`attack-by`) or none
    /// does, since its duties are owed to the attacker in the one case and to the victim in the other;
    /// `join-war` is owed only there, and `defend`, `assist`, `neutral`, `sanction`, `seek-un-action`
    /// (which answer an attack on the one they are owed to) never are.
    func checkOffense(_ f: Fields, when: [Trigger], then: [Obligation], readings: [Reading]) {
        let triggers = when + readings.compactMap(\.when)
        let offense = triggers.contains { $0.attackBy != nil }
        if offense && triggers.contains(where: { $0.attackBy == nil }) {
            (f["when"] ?? f["readings"] ?? f.owner).error(
                "a clause's triggers all answer an ally's own attack ('attack-by') or none do: its duties are owed "
                    + "to the attacker in one case and to the victim in the other; write two clauses")
            return
        }
        let duties = then.map(\.duty) + readings.compactMap { $0.then?.duty }
        for duty in duties {
            checkOffenseDuty(duty, offense: offense, at: f["then"] ?? f.owner)
        }
    }

    func checkOffenseDuty(_ duty: Duty, offense: Bool, at site: Located) {
        let owedToAttacker: Set<Duty> = [.joinWar, .aid, .supply, .consult]
        if offense && !owedToAttacker.contains(duty) {
            site.error(
                "'\(duty.rawValue)' answers an attack on the one it is owed to; an offense pledge ('attack-by') asks "
                    + "join-war, aid, supply or consult of its bearers")
        } else if !offense && duty == .joinWar {
            site.error(
                "'join-war' is owed to an ally that wages war: its clause's 'when' names the ally with 'attack-by' "
                    + "(an offense pledge: 'when: { attack-by: parties }'); an attack on a party asks 'defend'")
        }
    }

    /// One word, or a list of words, of a closed list (`target: [forces, vessels]`).
    func words<W: FormatWord>(_ v: Located, _: W.Type, what: String) -> [W]? {
        if v.isSequence {
            guard let items = v.list() else { return nil }
            let read = items.map { $0.word(W.self, what: what) }
            return read.contains { $0 == nil } ? nil : read.compactMap { $0 }
        }
        return v.word(W.self, what: what).map { [$0] }
    }

    /// `decision`: `individual`, `consensus`, `unanimity`, or (version 3) `{ majority: N/M }`,
    /// adopted when at least N/M of the deciders are in favour.
    func readDecision(_ v: Located) -> (decision: Decision, majority: Share?)? {
        if v.isMapping {
            guard let f = v.mapping(allowed: ["majority"], required: ["majority"]), let m = f["majority"] else {
                return nil
            }
            guard let text = m.string, let share = Share(text) else {
                m.error(
                    "found '\(Located.clip(m.string ?? m.shape))'; expected the share of the deciders needed in "
                        + "favour, as N/M with 0 < N ≤ M (2/3: at least two thirds)")
                return nil
            }
            return (.majority, share)
        }
        guard let word = v.word(Decision.self, what: "decision") else { return nil }
        guard word != .majority else {
            v.error("a majority decision names the share it needs: write { majority: 2/3 } (at least two thirds)")
            return nil
        }
        return (word, nil)
    }

    /// `bearers` and `deciders`: a keyword or a list of actor ids.
    func readActorSet(_ v: Located, keywords: [String: ActorSet]) -> ActorSet? {
        if v.isScalar, let s = v.string {
            if let set = keywords[s] { return set }
            let words = keywords.keys.sorted()
            v.error(
                "unknown word '\(Located.clip(s))'; expected \(words.joined(separator: ", ")) or a list of actor ids",
                suggestion: Suggestion.nearest(to: s, in: words))
            return nil
        }
        if v.list()?.isEmpty == true {
            v.error("found an empty list; expected at least one actor id (or leave the key out for the default)")
            return nil
        }
        return .listed(referList(v, .actor))
    }

    /// `bearers`: a keyword (`other-parties`, `parties`, `any`), `{ parties-except: [ids] }`,
    /// or a list of ids, each plain or dated `{id, from, to}` like `members` (version 3).
    func readBearers(_ v: Located) -> (set: ActorSet, spans: [String: [Span]])? {
        if v.isMapping {
            guard let f = v.mapping(allowed: ["parties-except"], required: ["parties-except"]),
                let list = f["parties-except"]
            else { return nil }
            guard list.list()?.isEmpty == false else {
                list.error("found \(list.shape); expected a list of the parties that do not bear it")
                return nil
            }
            return (.partiesExcept(referList(list, .actor)), [:])
        }
        if v.isScalar {
            guard
                let set = readActorSet(v, keywords: ["other-parties": .otherParties, "parties": .parties, "any": .any])
            else { return nil }
            return (set, [:])
        }
        if v.list()?.isEmpty == true {
            v.error("found an empty list; expected at least one actor id (or leave the key out for the default)")
            return nil
        }
        let dated = datedRefs(v, .actor)
        return (.listed(dated.ids), dated.spans)
    }

    /// The version 3 checks on a `then` entry as it finally reads (a reading's
    /// `then` merged in): a permission takes no `engages`, `decision` or
    /// `deciders`; `bearers: any` only with `may`; `parties-except` never collective.
    func checkEntry(_ o: Obligation, at f: Fields, item: Located) {
        func field(_ key: String) -> Located? { f[key] }
        if o.modality == .may {
            for key in ["engages", "decision", "deciders"] {
                if let v = field(key) {
                    v.error(
                        "a permission ('modality: may') takes no '\(key)': a right to act never engages a side, and "
                            + "needs no one's decision but the bearer's"
                    )
                }
            }
        }
        if case .any = o.bearers, o.modality != .may {
            (field("bearers") ?? item).error(
                "'bearers: any' goes with 'modality: may': every state may have a right to help, but no clause "
                    + "obliges every state"
            )
        }
        if case .partiesExcept = o.bearers, o.collective {
            (field("collective") ?? item).error(
                "a collective obligation needs 'bearers' as an explicit list, not 'parties-except'")
        }
    }

    /// `within`: hours from 0 to `Hours.limit`, a range `[min, max]`, or `immediately` (0).
    func readHours(_ v: Located) -> Hours? {
        let expected = "expected hours (0 to \(Hours.limit)) as a number, a range [min, max], or 'immediately'"
        if v.isSequence {
            guard let items = v.list(), items.count == 2, let lo = items[0].int, let hi = items[1].int else {
                v.error("found \(v.shape); \(expected)")
                return nil
            }
            guard hoursInRange(lo, v), hoursInRange(hi, v) else { return nil }
            if lo > hi {
                v.error("range [\(lo), \(hi)] has min > max; expected [min, max] with min <= max")
                return nil
            }
            return Hours(lower: lo, upper: hi)
        }
        if v.plainText == "immediately" {
            return Hours(lower: 0, upper: 0)
        }
        if let text = v.plainText, Int(text) == nil {
            v.error("found \(v.shape); \(expected)", suggestion: Suggestion.nearest(to: text, in: ["immediately"]))
            return nil
        }
        guard let n = v.int, hoursInRange(n, v) else { return nil }
        return Hours(lower: n, upper: n)
    }

    private func hoursInRange(_ n: Int, _ v: Located) -> Bool {
        if n < 0 {
            v.error("found \(n) hours; expected 0 or more")
            return false
        }
        if n > Hours.limit {
            v.error("found \(n) hours; expected at most \(Hours.limit) (one year)")
            return false
        }
        return true
    }

    /// The fields shared by a clause's `then` and a reading's `then`.
    func readPatch(_ f: Fields) -> (ObligationPatch, ok: Bool) {
        var p = ObligationPatch()
        var ok = true
        func check<T>(_ v: T?, present: Bool) -> T? {
            if present && v == nil { ok = false }
            return v
        }
        if let b = f["bearers"] {
            let read = readBearers(b)
            p.bearers = check(read?.set, present: true)
            p.bearerSpans = read?.spans ?? [:]
        }
        if let m = f["modality"] { p.modality = check(m.word(Modality.self, what: "modality"), present: true) }
        if let m = f["means"] { p.means = check(m.word(Means.self, what: "means"), present: true) }
        if let d = f["duty"] { p.duty = check(d.word(Duty.self, what: "duty"), present: true) }
        if let e = f["engages"] { p.engages = check(e.bool, present: true) }
        if let w = f["within"] { p.within = check(readHours(w), present: true) }
        if let d = f["decision"] {
            let read = readDecision(d)
            p.decision = check(read?.decision, present: true)
            p.majority = read?.majority
        }
        if let d = f["deciders"] {
            p.deciders = check(readActorSet(d, keywords: ["bearers": .bearers, "parties": .parties]), present: true)
        }
        if let s = f["subject-to"] { p.subjectTo = check(s.strings, present: true) }
        if let fo = f["force"] { p.force = check(fo.word(LegalForce.self, what: "force"), present: true) }
        if let c = f["collective"] { p.collective = check(c.bool, present: true) }
        return (p, ok)
    }

    func readObligation(_ item: Located) -> Obligation? {
        guard let f = item.mapping(allowed: Keys.obligation, required: ["duty"]) else { return nil }
        let (p, ok) = readPatch(f)
        var towards = ActorSet.otherParties
        if let t = f["towards"] {
            if p.duty != .refrain {
                t.error("'towards' goes with 'duty: refrain'")
            }
            towards = readActorSet(t, keywords: ["other-parties": .otherParties, "parties": .parties]) ?? .otherParties
        }
        if p.collective == true {
            switch p.bearers {
            case .listed?, .partiesExcept?: break
            default:
                (f["collective"] ?? item).error(
                    "a collective obligation needs 'bearers' as an explicit list of the organizations (or states) "
                        + "that bear it"
                )
            }
        }
        guard ok, let duty = p.duty else { return nil }
        if duty == .refrain, p.modality == .may {
            f["modality"]?.error("a refrain is an undertaking, not a permission; leave 'modality' out")
        }
        let defaultBearers: ActorSet = duty == .refrain ? .parties : .otherParties
        let o = Obligation(
            bearers: p.bearers ?? defaultBearers, duty: duty, engages: p.engages, within: p.within,
            decision: p.decision ?? .individual, majority: p.majority, deciders: p.deciders ?? .bearers,
            subjectTo: p.subjectTo ?? [], force: p.force, collective: p.collective ?? false,
            towards: towards, modality: p.modality ?? .must, means: p.means, bearerSpans: p.bearerSpans)
        checkEntry(o, at: f, item: item)
        return o
    }

    func readReading(_ item: Located, clauseThen: [Obligation], bare: Bool = false) -> Reading? {
        guard let (reading, site) = readReadingDeclaration(item, bare: bare) else { return nil }
        checkPatch(site, against: clauseThen)
        return reading
    }

    /// Where a reading's `then` was written: its entries are checked against each clause it applies to.
    struct PatchSite {
        let patch: ObligationPatch
        let fields: Fields
        let item: Located
    }

    /// A reading as written, without the clause it applies to. `bare`: of a clause whose readings hold
    /// together, where a reading may be a condition taken as met, with neither `when` nor `then`.
    func readReadingDeclaration(_ item: Located, bare: Bool = false) -> (Reading, PatchSite?)? {
        guard let f = item.mapping(allowed: Keys.reading, required: ["id", "claim"]), let id = declare(f, as: .reading)
        else { return nil }
        let when = f["when"].flatMap { readTrigger($0) }
        var then: ObligationPatch? = nil
        var site: PatchSite?
        if let t = f["then"], let tf = t.mapping(allowed: Keys.obligation) {
            let (p, ok) = readPatch(tf)
            if p.duty == .refrain {
                tf["duty"]?.error("a reading cannot turn a response into a refrain; 'refrain' is a clause of its own")
            }
            if let towards = tf["towards"] {
                towards.error("'towards' goes with 'duty: refrain', which a reading cannot set")
            }
            if ok && p.duty != .refrain {
                then = p
                site = PatchSite(patch: p, fields: tf, item: t)
            }
        }
        if !f.has("when") && !f.has("then") && !bare {
            item.error("a reading needs a 'when' (one more trigger), a 'then' (a different obligation), or both")
        }
        return (Reading(id: id, claim: text(f, "claim") ?? "", when: when, then: then, note: text(f, "note")), site)
    }

    /// The load checks apply to each entry of a clause as the reading makes it read.
    func checkPatch(_ site: PatchSite?, against clauseThen: [Obligation]) {
        guard let site else { return }
        for o in clauseThen where o.duty != .refrain {
            checkEntry(site.patch.applied(to: o), at: site.fields, item: site.item)
        }
    }

    /// A state that joins the victim's side is not on the attacker's, nor removed: `validate` says so
    /// where the run would.
    func checkJoiners(_ joins: Located?, otherSide: Set<String>, removed: Set<String>) {
        for item in joins?.list() ?? [] {
            guard let id = item.string else { continue }
            if otherSide.contains(id) {
                let side = "attacks or is aligned with the attackers; a state is on one side"
                item.error("'\(id)' joins the victim's side but \(side)")
            } else if removed.contains(id) {
                item.error("'\(id)' both joins and is removed with 'without'")
            }
        }
    }

    func readScenario(_ item: Located) {
        guard let f = item.mapping(allowed: Keys.scenario, required: ["id", "attacks"]),
            let id = declare(f, as: .scenario)
        else { return }
        var attacks: [AttackDraft] = []
        for a in f["attacks"]?.list() ?? [] {
            guard let af = a.mapping(allowed: Keys.attack, required: ["target"]), let t = af["target"],
                let target = t.string
            else { continue }
            // The attacker is a state or a group: `validate` refuses what `scenario` would.
            let by = refer(af["by"], .attacker)
            let kind = af["kind"].flatMap { $0.word(EventKind.self, what: "event kind") } ?? .armedAttack
            let nuclear = af["nuclear"].flatMap { $0.bool } ?? false
            attacks.append(AttackDraft(target: target, targetAt: t, by: by, kind: kind, nuclear: nuclear))
        }
        if let a = f["attacks"], a.list()?.isEmpty == true {
            a.error("found an empty list; a scenario needs at least one attack")
        }
        var depth: Int? = nil
        if let d = f["depth"], let n = d.int {
            if n < 0 { d.error("found \(n); expected a depth of 0 or more") } else { depth = n }
        }
        let accept = referList(f["accept"], .reading)
        let reject = referList(f["reject"], .reading)
        for both in Set(accept).intersection(reject).sorted() {
            f["reject"]?.error("reading '\(both)' is both accepted and rejected")
        }
        let duties = f["duties"]?.list()?.compactMap { $0.word(Duty.self, what: "duty") } ?? []
        if let d = f["duties"], duties.contains(.refrain) {
            d.error(
                "'refrain' is not a response duty; a refrain is reported as breached, never counted as an obligation")
        }
        let without = referList(f["without"], .actor)
        let aligned = referList(f["aligned"], .actor)
        checkJoiners(f["joins"], otherSide: Set(attacks.compactMap(\.by) + aligned), removed: Set(without))
        let scenario = Scenario(
            id: id, title: text(f, "title"), attacks: [], depth: depth, accept: accept, reject: reject,
            strict: f["strict"].flatMap { $0.bool } ?? false, adopt: referList(f["adopt"], .proposal),
            without: without, aligned: aligned, joins: referList(f["joins"], .attacker),
            vetoes: referList(f["vetoes"], .actor), duties: duties,
            asOf: day(f, "as-of"), note: text(f, "note"))
        scenarios.append(ScenarioDraft(scenario: scenario, attacks: attacks, at: item))
    }
}
