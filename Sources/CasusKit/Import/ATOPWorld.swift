import Foundation

/// The ATOP rows turned into model values, then into YAML files.
struct ATOPWorld {
    /// The state list read with the data: COW's, or Gleditsch and Ward's.
    let states: StateList?
    let sources: [String]
    var instruments: [(begin: Int, instrument: Instrument)] = []
    var dated = DatedFacts()
    var codes = Set<Int>()
    var warnings: [ImportError] = []

    init(states: StateList?, sources: [String]) {
        self.states = states
        self.sources = sources
    }

    /// An obligation type ATOP codes per member, and the prefix of its conditions.
    struct Pledge {
        let column: String
        let prefix: String
        let duty: Duty
        let word: String
    }
    static let pledges = [
        Pledge(column: "defense", prefix: "defco", duty: .defend, word: "defense"),
        // Support in an ally's war, defensive or not: met by the ally's own attack, owed to it.
        Pledge(column: "offense", prefix: "offco", duty: .joinWar, word: "offense"),
        Pledge(column: "neutral", prefix: "neuco", duty: .neutral, word: "neutrality"),
        Pledge(column: "consul", prefix: "conco", duty: .consult, word: "consultation"),
    ]

    /// What a member's pledge of one type is conditional on.
    struct Conditions: Hashable {
        var adversaries: [String] = []
        /// From the supplement: `adversaries` are the attackers it does not answer.
        var adversariesExcepted = false
        /// The supplement's words for the adversary, for the clause's note.
        var supplied: String?
        var adversaryUnnamed = false
        var location = false
        /// From the supplement: the area the text names (`in`), and its words for the note.
        var within: [String]?
        var suppliedArea: String?
        var conflict = false
        var number = false
        var demand = false
        var unprovoked = false
        var onRequest = false

        /// The conditions ATOP flags without saying what they are: each becomes a reading.
        var unnamed: [String] {
            [
                ("adversary", adversaryUnnamed), ("location", location), ("conflict", conflict), ("number", number),
                ("demand", demand),
            ]
            .filter(\.1).map(\.0)
        }
    }

    struct Row {
        let line: Int
        let id: String
        let phase: Int
        let span: Span
        var pledges: [String: Conditions] = [:]
        var nonaggression = false
    }

    /// A member's phases, those that follow on without a gap made one span.
    static func joined(_ spans: [Span]) -> [Span] {
        let sorted = spans.sorted { ($0.from ?? Day.distantPast) < ($1.from ?? Day.distantPast) }
        var out: [Span] = []
        for s in sorted {
            if let last = out.last, let end = last.to, end == s.from {
                out[out.count - 1] = Span(from: last.from, to: s.to)
            } else {
                out.append(s)
            }
        }
        return out
    }

    static func day(_ y: Int, _ m: Int, _ d: Int) -> Day? {
        guard y > 0 else { return nil }
        let month = (1...12).contains(m) ? m : 1
        let day = (1...Day.length(ofMonth: month, in: y)).contains(d) ? d : 1
        return Day(year: y, month: month, day: day)
    }

    static func nextDay(_ d: Day) -> Day {
        if d.day < Day.length(ofMonth: d.month, in: d.year) { return Day(year: d.year, month: d.month, day: d.day + 1) }
        if d.month < 12 { return Day(year: d.year, month: d.month + 1, day: 1) }
        return Day(year: d.year + 1, month: 1, day: 1)
    }

    /// The state a code of ATOP's names in a row that begins on `day` (its number in the state list read).
    func listed(_ code: Int, on day: Day?) -> StateList.State? {
        states?.byCode[states?.code(forCOW: code, on: day) ?? code]
    }

    mutating func stateID(_ raw: Int, on day: Day?, file: String, line: Int, column: String) throws(ImportError)
        -> String
    {
        if states != nil && !(raw > 0 && raw < 10_000) {
            throw ImportError(
                file: file, line: line, column: column, message: "found \(raw); expected a COW state code (1 to 9999)")
        }
        guard let states else {
            codes.insert(raw)
            return "C\(raw)"
        }
        let code = states.code(forCOW: raw, on: day)
        let first = codes.insert(code).inserted
        guard let s = states.byCode[code] else {
            // ATOP codes some polities the COW list lacks (8152, Annam): kept, and reported once.
            if first {
                let which = code == raw ? "COW state code \(raw)" : "state code \(code) (COW's \(raw))"
                warnings.append(
                    ImportError(
                        file: file, line: line, column: column,
                        message: "\(which) is not in the state list; imported as C\(code)"))
            }
            return "C\(code)"
        }
        return s.id
    }

    /// A member row none of whose days falls in a spell of its state in the COW
    /// list: the historian should know that the pledge it records never counts
    /// (Casus keeps every spell: on a day between two the state does not exist).
    mutating func noteOutsideSpells(_ row: Span, of state: StateList.State, alliance: Int, file: String, line: Int) {
        guard !state.spells.contains(where: { Self.overlap(row, $0) }) else { return }
        let spells = state.spells.map(Self.phrase).joined(separator: ", ")
        warnings.append(
            ImportError(
                file: file, line: line, column: nil,
                message:
                    "alliance \(alliance): \(state.id)'s membership \(Self.phrase(row)) lies outside its spells in "
                    + "the state list (\(spells)); the pledge never counts for it"))
    }

    /// Whether two spans share a day (`to` is the first day a span no longer holds).
    static func overlap(_ a: Span, _ b: Span) -> Bool {
        let never = Day(year: 99_999)
        return (a.from ?? Day.distantPast) < (b.to ?? never) && (b.from ?? Day.distantPast) < (a.to ?? never)
    }

    /// `1815-11-20 to 1823-01-01`, `from 1949-04-04`.
    static func phrase(_ s: Span) -> String {
        switch (s.from, s.to) {
        case (let f?, let t?): return "\(f) to \(t)"
        case (let f?, nil): return "from \(f)"
        case (nil, let t?): return "until \(t)"
        case (nil, nil): return "always"
        }
    }

    /// The span from the earliest start to the latest end (open when one is open).
    static func covering(_ spans: [Span]) -> Span {
        let from = spans.compactMap(\.from).min()
        let to = spans.contains { $0.to == nil } ? nil : spans.compactMap(\.to).max()
        return Span(from: from, to: to)
    }

    mutating func read(alliances a: CSVTable, members m: CSVTable) throws(ImportError) {
        // Alliance level: dates and the named adversaries.
        let ac = try (
            a.column("atopid"), a.column("begyr"), a.column("begmo"), a.column("begday"),
            a.column("endyr"), a.column("endmo"), a.column("endday")
        )
        let threat = [a.header.firstIndex(of: "statthr1"), a.header.firstIndex(of: "statthr2")]
        var info: [Int: (line: Int, begin: Day?, end: Day?, adversaries: [String], attributes: [String])] = [:]
        for r in a.rows.indices {
            let id = try a.int(r, ac.0)
            let begin = Self.day(try a.int(r, ac.1), try a.int(r, ac.2), try a.int(r, ac.3))
            var adversaries: [String] = []
            for case let c? in threat {
                let code = try a.int(r, c)
                if code > 0 {
                    adversaries.append(
                        try stateID(code, on: begin, file: a.file, line: a.lines[r], column: a.header[c]))
                }
            }
            let end = Self.day(try a.int(r, ac.4), try a.int(r, ac.5), try a.int(r, ac.6))
            info[id] = (a.lines[r], begin, end, adversaries, try attributes(a, r))
        }
        // Member level: one row per member per phase.
        let mc = try (
            m.column("atopid"), m.column("member"), m.column("phase"),
            m.column("yrent"), m.column("moent"), m.column("dayent"),
            m.column("yrexit"), m.column("moexit"), m.column("dayexit"),
            m.column("nonagg")
        )
        var rows: [Int: [Row]] = [:]
        for r in m.rows.indices {
            let atopid = try m.int(r, mc.0)
            guard let alliance = info[atopid] else {
                throw ImportError(
                    file: m.file, line: m.lines[r], column: "atopid",
                    message: "alliance \(atopid) is not in \(a.file)")
            }
            let code = try m.int(r, mc.1)
            let from = Self.day(try m.int(r, mc.3), try m.int(r, mc.4), try m.int(r, mc.5))
            let to = Self.day(try m.int(r, mc.6), try m.int(r, mc.7), try m.int(r, mc.8))
            let id = try stateID(code, on: from, file: m.file, line: m.lines[r], column: "member")
            if let state = listed(code, on: from) {
                noteOutsideSpells(Span(from: from, to: to), of: state, alliance: atopid, file: m.file, line: m.lines[r])
            }
            var row = Row(line: m.lines[r], id: id, phase: try m.int(r, mc.2), span: Span(from: from, to: to))
            row.nonaggression = try m.int(r, mc.9) == 1
            for p in Self.pledges where try m.int(r, try m.column(p.column)) == 1 {
                row.pledges[p.column] = try conditions(m, r, p, named: alliance.adversaries, alliance: atopid)
            }
            rows[atopid, default: []].append(row)
        }
        for atopid in rows.keys.sorted() {
            guard let alliance = info[atopid], let members = rows[atopid] else { continue }
            instruments.append(
                (
                    alliance.begin?.year ?? 0,
                    instrument(
                        atopid, members, begin: alliance.begin, end: alliance.end, attributes: alliance.attributes)
                ))
        }
    }

    /// A member's conditions on one pledge, the columns absent in a release read as 0.
    func conditions(_ m: CSVTable, _ r: Int, _ p: Pledge, named: [String], alliance: Int) throws(ImportError)
        -> Conditions
    {
        func flag(_ suffix: String) throws(ImportError) -> Bool {
            guard let c = m.header.firstIndex(of: p.prefix + suffix) else { return false }
            return try m.int(r, c) == 1
        }
        var c = Conditions()
        if try flag("adv") {
            if let text = ATOPSupplement.adversaries[alliance]?[p.column] {
                // The treaty's own words for this pledge, not the alliance-level threat.
                c.adversaries = text.states
                c.adversariesExcepted = text.allBut
                c.supplied = text.text
            } else if named.isEmpty {
                c.adversaryUnnamed = true
            } else {
                c.adversaries = named
            }
        }
        c.location = try flag("loc")
        if c.location, let area = ATOPSupplement.areas[alliance]?[p.column] {
            // The treaty's own area: the condition is met where the text says, with no reading.
            c.location = false
            c.within = area.within
            c.suppliedArea = area.text
        }
        c.conflict = try flag("con")
        c.number = try flag("num")
        c.demand = try flag("dem")
        c.unprovoked = try flag("npr")
        c.onRequest = p.column == "consul" ? try flag("req") : false
        return c
    }

    /// The provisions a reader may want, as words for the instrument's note.
    func attributes(_ a: CSVTable, _ r: Int) throws(ImportError) -> [String] {
        var out: [String] = []
        func value(_ name: String) throws(ImportError) -> Int {
            guard let c = a.header.firstIndex(of: name) else { return 0 }
            return try a.int(r, c)
        }
        if try value("pubsecr") > 0 { out.append("secret or partly secret (pubsecr \(try value("pubsecr")))") }
        if try value("intcom") > 0 { out.append("integrated military command") }
        if try value("base") > 0 { out.append("bases (base \(try value("base")))") }
        if try value("milaid") > 0 { out.append("military aid (milaid \(try value("milaid")))") }
        // ATOP's `length` counts months (NATO's 240: Article 13's twenty years).
        let months = try value("length")
        if months > 0 {
            let years = months % 12 == 0 ? " (\(months / 12) year\(months == 12 ? "" : "s"))" : ""
            out.append("specified length: \(months) months\(years)")
        }
        return out
    }

    func name(_ id: String) -> String {
        states?.names[id] ?? id
    }

    /// The state as it was on `day`, where one COW code covers a state and its
    /// successor: 345 is "Yugoslavia" from 1816, 255 "Germany" (from knowledge:
    /// the Kingdom of Serbs, Croats and Slovenes was proclaimed on 1 December 1918,
    /// the German Empire on 18 January 1871).
    static let formerNames: [String: (until: Day, name: String)] = [
        "YUG": (Day(year: 1918, month: 12, day: 1), "Serbia"),
        "GMY": (Day(year: 1871, month: 1, day: 18), "Prussia"),
    ]

    func name(_ id: String, on day: Day?) -> String {
        if let day, let former = Self.formerNames[id], day < former.until { return former.name }
        return name(id)
    }

    mutating func instrument(_ atopid: Int, _ rows: [Row], begin: Day?, end: Day?, attributes: [String]) -> Instrument {
        let id = "atop-\(atopid)"
        var members: [String] = []
        for r in rows where !members.contains(r.id) { members.append(r.id) }
        var spans: [String: [Span]] = [:]
        for r in rows { spans[r.id, default: []].append(r.span) }
        dated.parties[id] = spans.mapValues(Self.joined)
        dated.instruments[id] = InstrumentDates(signed: begin, inForce: begin, ended: end, endedHow: nil)
        let phases = Set(rows.map(\.phase))

        // One clause per pledge type and set of conditions.
        struct Group {
            let pledge: Pledge
            let conditions: Conditions
            var bearers: [String]
            var rows: [Row]
        }
        var groups: [Group] = []
        for p in Self.pledges {
            for r in rows {
                guard let c = r.pledges[p.column] else { continue }
                if let n = groups.firstIndex(where: { $0.pledge.column == p.column && $0.conditions == c }) {
                    if !groups[n].bearers.contains(r.id) { groups[n].bearers.append(r.id) }
                    groups[n].rows.append(r)
                } else {
                    groups.append(Group(pledge: p, conditions: c, bearers: [r.id], rows: [r]))
                }
            }
        }
        var conditionCount: [String: Int] = [:]
        for group in groups { for u in group.conditions.unnamed { conditionCount[u, default: 0] += 1 } }
        var clauses: [Clause] = []
        var perType: [String: Int] = [:]
        for group in groups {
            perType[group.pledge.word, default: 0] += 1
            let n = perType[group.pledge.word] ?? 1
            let clauseID = n == 1 ? group.pledge.word : "\(group.pledge.word)-\(n)"
            let bearers: ActorSet = Set(group.bearers) == Set(members) ? .otherParties : .listed(group.bearers)
            let offense = group.pledge.duty == .joinWar
            let plain =
                offense
                ? Trigger(attackOn: Self.attacked(group.conditions), attackBy: .parties)
                : Trigger(
                    attackOn: .parties,
                    within: group.conditions.within.map { $0.map(Self.place) },
                    by: Self.attackers(group.conditions),
                    unprovoked: group.conditions.unprovoked)
            // Conditions ATOP codes are all the pledge's: with several, each is a reading and they hold
            // together, so a chain takes every one as met and says so (the first carries the trigger).
            let unnamed = group.conditions.unnamed
            let together = unnamed.count > 1
            let readings = unnamed.enumerated().map { n, u in
                Reading(
                    id: (conditionCount[u] ?? 0) > 1 ? "\(id)-\(clauseID)-\(u)" : "\(id)-\(u)",
                    claim: Self.claim(u, offense: offense, together: together),
                    when: n == 0 ? plain : nil, then: nil)
            }
            let obligation = Obligation(
                bearers: bearers, duty: group.pledge.duty, subjectTo: group.conditions.onRequest ? ["request"] : [])
            var clause = Clause(
                id: clauseID, cite: "\(group.pledge.word) pledge", text: nil, when: readings.isEmpty ? [plain] : [],
                then: [obligation], readings: readings, note: note(group.conditions))
            clause.readingsTogether = together
            clauses.append(clause)
            // A pledge of some phases only holds in those phases.
            if Set(group.rows.map(\.phase)) != phases {
                dated.clauses[id, default: [:]][clauseID] = Self.covering(group.rows.map(\.span))
            }
        }
        let refrainers = rows.filter(\.nonaggression).map(\.id)
        if !refrainers.isEmpty {
            let unique = members.filter { refrainers.contains($0) }
            let bearers: ActorSet = Set(unique) == Set(members) ? .parties : .listed(unique)
            clauses.append(
                Clause(
                    id: "non-aggression", cite: "non-aggression pledge", text: nil, when: [],
                    then: [Obligation(bearers: bearers, duty: .refrain, towards: .otherParties)], readings: [],
                    note: nil))
        }
        var notes = [
            "ATOP \(atopid)" + (begin.map { ", from \($0)" } ?? "") + (end.map { " to \($0)" } ?? "")
                + (phases.count > 1 ? ", \(phases.count) phases" : "") + "."
        ]
        if !attributes.isEmpty { notes.append("Provisions: " + attributes.joined(separator: "; ") + ".") }
        let names =
            members.prefix(4).map { name($0, on: begin) }.joined(separator: ", ")
            + (members.count > 4 ? " and \(members.count - 4) more" : "")
        return Instrument(
            id: id, title: "ATOP alliance \(atopid): \(names)", short: "ATOP \(atopid)", form: .treaty,
            status: .inForce, force: .binding, date: begin.map { String($0.year) }, parties: members, source: nil,
            violatedBy: [], clauses: clauses, note: notes.joined(separator: " "))
    }

    /// Whom an offense pledge's war may be waged against: anyone, or the adversaries named (the
    /// supplement names no offense pledge's adversaries, so none is ever excepted).
    static func attacked(_ c: Conditions) -> ActorSet {
        c.adversaries.isEmpty || c.adversariesExcepted ? .any : .listed(c.adversaries)
    }

    /// An `in` entry of the supplement as the model writes it.
    static func place(_ id: String) -> PlaceRef {
        id == "parties" ? .parties : .place(id)
    }

    /// Whom a pledge answers: any attacker, those named, or (from the supplement) all but some.
    static func attackers(_ c: Conditions) -> ActorSet {
        if c.adversaries.isEmpty { return .any }
        return c.adversariesExcepted ? .allBut(c.adversaries) : .listed(c.adversaries)
    }

    func note(_ c: Conditions) -> String? {
        var parts: [String] = []
        if let supplied = c.supplied {
            parts.append("conditional on the adversary: " + supplied)
        } else if !c.adversaries.isEmpty {
            parts.append("conditional on the adversary (ATOP statthr): " + c.adversaries.joined(separator: ", "))
        }
        if let area = c.suppliedArea { parts.append("limited to the area: " + area) }
        if c.unprovoked { parts.append("only if the partner did not provoke the attack") }
        if c.onRequest { parts.append("consultation on request") }
        if !c.unnamed.isEmpty {
            parts.append(
                "conditional on a " + c.unnamed.joined(separator: ", ") + " ATOP does not name: see the readings")
        }
        return parts.isEmpty ? nil : "ATOP: " + parts.joined(separator: "; ") + "."
    }

    /// What ATOP codes a pledge as, per unnamed condition: one home for every reading's claim.
    static let conditionWords = [
        "adversary": "conditional on a specific adversary but names none",
        "location": "limited to a location it does not name",
        "conflict": "limited to a specific conflict it does not name",
        "number": "conditional on the number of adversaries",
        "demand": "conditional on non-compliance with a demand",
    ]

    /// What a reading of the pledge's one unnamed condition takes it to hold: for a defence-like
    /// pledge, against the attack; for an offense pledge, in the ally's own war.
    static let heldWhere: [Bool: [String: String]] = [
        false: [
            "adversary": "against any attacker", "location": "wherever a party is attacked",
            "conflict": "in any war", "number": "against one", "demand": "without one",
        ],
        true: [
            "adversary": "in the ally's war against any state", "location": "wherever the ally wages war",
            "conflict": "in any war the ally wages", "number": "in a war against one", "demand": "without one",
        ],
    ]

    /// The claim of the reading of an unnamed condition. Alone, the pledge holds where the condition
    /// would have limited it; one of several (they hold together), that condition is taken as met.
    static func claim(_ condition: String, offense: Bool, together: Bool) -> String {
        let what = conditionWords[condition] ?? "conditional on a \(condition) it does not name"
        if together {
            return "ATOP codes the pledge as \(what); under this reading that condition is taken as met, together "
                + "with the pledge's other conditions, each a reading of its own"
        }
        let pledge = offense ? "the offense pledge" : "the pledge"
        let held = heldWhere[offense]?[condition] ?? "without it"
        return "ATOP codes \(pledge) as \(what); under this reading it holds \(held)"
    }

    /// The supplement's regions some imported clause names in its `in`: only those are written.
    func regionsUsed() -> [(id: String, name: String, codes: [ClosedRange<Int>])] {
        let named = Set(
            instruments.flatMap(\.instrument.clauses).flatMap { $0.when + $0.readings.compactMap(\.when) }
                .flatMap { $0.within ?? [] }.map(\.word))
        return ATOPSupplement.regions.filter { named.contains($0.id) }
    }

    func files() -> ATOPImport {
        var actors: [Actor] = []
        var stateDates = DatedFacts()
        let regions = regionsUsed()
        for code in codes.sorted() {
            if let s = self.states?.byCode[code] {
                let within = regions.filter { $0.codes.contains { $0.contains(code) } }.map(\.id)
                let note =
                    s.spells.count > 1
                    ? "In the state system in \(s.spells.count) spells: "
                        + s.spells.map(Self.phrase).joined(separator: ", ")
                        + " (a 'to' is the first day it is not); it does not exist in between." : nil
                actors.append(Actor(id: s.id, name: s.name, kind: .state, within: within, note: note))
                stateDates.actors[s.id] = Self.joined(s.spells)
            } else {
                actors.append(
                    Actor(
                        id: "C\(code)", name: "COW state \(code)", kind: .state,
                        note: states == nil
                            ? "Imported without a state list: only the code is known."
                            : "Code \(code) is not in the state list: only the code is known."))
            }
        }
        let header =
            "# Imported by `casus import atop` from \(sources.joined(separator: ", ")).\n"
            + "# Re-import rather than edit. Cite: \(ATOPImport.citation(states?.source))\n"
        var out: [(String, String)] = []
        let description =
            "Military alliances 1815 onwards from the Alliance Treaty Obligations and Provisions data set, "
            + "imported by casus import atop (docs/atop.md). " + ATOPImport.citation(states?.source)
        out.append(
            (
                "world.yaml",
                header + """
                    casus: 1
                    title: "ATOP alliances (imported)"
                    description: \(WorldWriter.quoted(description))
                    defaults: { depth: 0 }

                    """
            ))
        var stateFile = WorldWriter(dated: stateDates)
        stateFile.line("casus: 1")
        // The regions a treaty's area names (the supplement): each state lies in those its COW code falls in.
        stateFile.places(regions.map { Place(id: $0.id, name: $0.name) })
        stateFile.actors(actors)
        out.append(("states.yaml", header + stateFile.text))
        let decades = Dictionary(grouping: instruments) { $0.begin / 10 * 10 }
        for decade in decades.keys.sorted() {
            var w = WorldWriter(dated: dated)
            w.line("casus: 1")
            w.instruments((decades[decade] ?? []).map(\.instrument))
            out.append(("alliances-\(decade)s.yaml", header + w.text))
        }
        return ATOPImport(files: out, alliances: instruments.count, states: actors.count, warnings: warnings)
    }
}
