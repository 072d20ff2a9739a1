import Foundation

/// Model values written back as graph-file YAML (format.md), one item per
/// block so a diff shows what changed. Every text is double-quoted with YAML's
/// escapes, so no name can end its string or start a new key. Used by
/// `casus import` and by the loading benchmark's synthetic worlds.
package struct WorldWriter {
    let dated: DatedFacts
    package private(set) var text = ""

    package init(dated: DatedFacts = DatedFacts()) { self.dated = dated }

    /// A YAML double-quoted scalar.
    package static func quoted(_ s: String) -> String {
        var out = "\""
        for u in s.unicodeScalars {
            switch u {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\t": out += "\\t"
            default:
                if u.value < 0x20 || u.value == 0x7F || (0x80...0x9F).contains(u.value) {
                    out += String(format: "\\x%02X", u.value)
                } else {
                    out.unicodeScalars.append(u)
                }
            }
        }
        return out + "\""
    }

    static func list(_ items: [String]) -> String { "[" + items.joined(separator: ", ") + "]" }

    static func ids(_ ids: [String]) -> String { list(ids) }

    package mutating func line(_ s: String) { text += s + "\n" }

    package mutating func places(_ places: [Place]) {
        guard !places.isEmpty else { return }
        line("places:")
        for p in places {
            var fields = ["id: \(p.id)", "name: \(Self.quoted(p.name))"]
            if !p.within.isEmpty { fields.append("within: \(Self.ids(p.within))") }
            fields += span(dated.places[p.id])
            if let n = p.note { fields.append("note: \(Self.quoted(n))") }
            line("  - { " + fields.joined(separator: ", ") + " }")
        }
    }

    package mutating func actors(_ actors: [Actor]) {
        guard !actors.isEmpty else { return }
        line("actors:")
        for a in actors {
            line("  - id: \(a.id)")
            line("    name: \(Self.quoted(a.name))")
            line("    kind: \(a.kind.rawValue)")
            if !a.within.isEmpty { line("    within: \(Self.ids(a.within))") }
            if !a.tags.isEmpty { line("    tags: \(Self.list(a.tags.map(Self.quoted)))") }
            let spells = dated.actors[a.id] ?? []
            if spells.count > 1 {
                // A state that left the state system and came back: each spell, in order.
                let written = spells.map { "{ " + span($0).joined(separator: ", ") + " }" }
                line("    spells: \(Self.list(written))")
            } else {
                for f in span(spells.first) { line("    \(f)") }
            }
            let members = datedList(a.members, dated.members[a.id] ?? [:])
            if !members.isEmpty { line("    members: \(Self.list(members))") }
            if let n = a.note { line("    note: \(Self.quoted(n))") }
        }
    }

    package mutating func deployments(_ deployments: [Deployment]) {
        guard !deployments.isEmpty else { return }
        line("deployments:")
        for d in deployments {
            var fields = ["id: \(d.id)", "name: \(Self.quoted(d.name))", "config: \(d.config.rawValue)"]
            if let h = d.host { fields.append("host: \(h)") }
            fields += ["at: \(d.at)", "contributors: \(Self.ids(d.contributors))", "status: \(d.status.rawValue)"]
            fields += span(dated.deployments[d.id])
            line("  - { " + fields.joined(separator: ", ") + " }")
        }
    }

    package mutating func instruments(_ instruments: [Instrument]) {
        guard !instruments.isEmpty else { return }
        line("instruments:")
        for i in instruments {
            line("  - id: \(i.id)")
            line("    title: \(Self.quoted(i.title))")
            line("    short: \(Self.quoted(i.short))")
            line("    form: \(i.form.rawValue)")
            line("    status: \(i.status.rawValue)")
            line("    force: \(i.force.rawValue)")
            if let d = i.date { line("    date: \(Self.quoted(d))") }
            if let d = dated.instruments[i.id] {
                for (key, day) in [
                    ("proposed", d.proposed), ("signed", d.signed), ("in-force", d.inForce), ("ended", d.ended),
                ] {
                    if let day { line("    \(key): \(day)") }
                }
                if let how = d.endedHow { line("    ended-how: \(how.rawValue)") }
            }
            line("    parties: \(Self.list(datedList(i.parties, dated.parties[i.id] ?? [:])))")
            if !i.violatedBy.isEmpty {
                let items = i.violatedBy.map { id in
                    dated.breaches[i.id]?[id].map { "{ id: \(id), from: \($0) }" } ?? id
                }
                line("    violated-by: \(Self.list(items))")
            }
            if !i.prevailsOver.isEmpty { line("    prevails-over: \(Self.ids(i.prevailsOver))") }
            if let n = i.note { line("    note: \(Self.quoted(n))") }
            // An instrument may carry no clause Casus traces (ATOP's offense-only alliances).
            line(i.clauses.isEmpty ? "    clauses: []" : "    clauses:")
            for c in i.clauses { clause(c, of: i.id) }
        }
    }

    mutating func clause(_ c: Clause, of instrument: String) {
        line("      - id: \(c.id)")
        line("        cite: \(Self.quoted(c.cite))")
        if let t = c.text { line("        text: \(Self.quoted(t))") }
        for f in span(dated.clauses[instrument]?[c.id]) { line("        \(f)") }
        if !c.isRefrain {
            line("        when: \(Self.list(c.when.map(Self.trigger)))")
        }
        line("        then:")
        for o in c.then { line("          - \(Self.obligation(o))") }
        if !c.readings.isEmpty {
            if c.readingsTogether { line("        readings-hold: together") }
            line("        readings:")
            for r in c.readings {
                var fields = ["id: \(r.id)", "claim: \(Self.quoted(r.claim))"]
                if let w = r.when { fields.append("when: \(Self.trigger(w))") }
                if let p = r.then { fields.append("then: \(Self.patch(p))") }
                if let n = r.note { fields.append("note: \(Self.quoted(n))") }
                line("          - { " + fields.joined(separator: ", ") + " }")
            }
        }
        if let n = c.note { line("        note: \(Self.quoted(n))") }
    }

    static func actorSet(_ s: ActorSet) -> String {
        if case .partiesExcept(let out) = s { return "{ parties-except: \(ids(out)) }" }
        if case .allBut(let out) = s { return "{ all-but: \(ids(out)) }" }
        return s.keyword ?? ids(s.listedIDs)
    }

    static func trigger(_ t: Trigger) -> String {
        let plain = Trigger(attackOn: t.attackOn)
        var fields = ["attack-on: \(actorSet(t.attackOn))"]
        // An offense pledge: its ally first; `attack-on` left out where it is the default, `any`.
        if let allies = t.attackBy {
            fields = ["attack-by: \(actorSet(allies))"] + (t.attackOn == .any ? [] : fields)
        }
        if t.targets != plain.targets { fields.append("target: \(list(t.targets.map(\.rawValue)))") }
        if t.kinds != plain.kinds { fields.append("kinds: \(list(t.kinds.map(\.rawValue)))") }
        if let w = t.within { fields.append("in: \(list(w.map(\.word)))") }
        if !t.except.isEmpty { fields.append("except: \(ids(t.except))") }
        if t.by != plain.by { fields.append("by: \(actorSet(t.by))") }
        if t.unprovoked { fields.append("unprovoked: true") }
        if t.nuclear { fields.append("nuclear: true") }
        return "{ " + fields.joined(separator: ", ") + " }"
    }

    /// `consensus`, or `{ majority: 2/3 }`.
    static func decision(_ d: Decision, _ share: Share?) -> String {
        share.map { "{ majority: \($0) }" } ?? d.rawValue
    }

    static func hours(_ h: Hours) -> String { h.lower == h.upper ? "\(h.lower)" : "[\(h.lower), \(h.upper)]" }

    static func obligation(_ o: Obligation) -> String {
        let plain = Obligation(duty: o.duty)
        var fields: [String] = []
        if o.bearers != plain.bearers { fields.append("bearers: \(actorSet(o.bearers))") }
        fields.append("duty: \(o.duty.rawValue)")
        if o.engages != plain.engages { fields.append("engages: \(o.engages)") }
        if let w = o.within { fields.append("within: \(hours(w))") }
        if o.decision != plain.decision { fields.append("decision: \(Self.decision(o.decision, o.majority))") }
        if o.deciders != plain.deciders { fields.append("deciders: \(actorSet(o.deciders))") }
        if !o.subjectTo.isEmpty { fields.append("subject-to: \(list(o.subjectTo.map(quoted)))") }
        if let f = o.force { fields.append("force: \(f.rawValue)") }
        if o.collective { fields.append("collective: true") }
        if o.modality != .must { fields.append("modality: \(o.modality.rawValue)") }
        if let m = o.means { fields.append("means: \(m.rawValue)") }
        if o.duty == .refrain && o.towards != plain.towards { fields.append("towards: \(actorSet(o.towards))") }
        return "{ " + fields.joined(separator: ", ") + " }"
    }

    static func patch(_ p: ObligationPatch) -> String {
        var fields: [String] = []
        if let b = p.bearers { fields.append("bearers: \(actorSet(b))") }
        if let d = p.duty { fields.append("duty: \(d.rawValue)") }
        if let e = p.engages { fields.append("engages: \(e)") }
        if let w = p.within { fields.append("within: \(hours(w))") }
        if let d = p.decision { fields.append("decision: \(Self.decision(d, p.majority))") }
        if let d = p.deciders { fields.append("deciders: \(actorSet(d))") }
        if let s = p.subjectTo { fields.append("subject-to: \(list(s.map(quoted)))") }
        if let f = p.force { fields.append("force: \(f.rawValue)") }
        if let c = p.collective { fields.append("collective: \(c)") }
        if let m = p.modality { fields.append("modality: \(m.rawValue)") }
        if let m = p.means { fields.append("means: \(m.rawValue)") }
        return "{ " + fields.joined(separator: ", ") + " }"
    }

    func span(_ s: Span?) -> [String] {
        guard let s else { return [] }
        return [s.from.map { "from: \($0)" }, s.to.map { "to: \($0)" }].compactMap { $0 }
    }

    /// Ids plain, or one `{ id, from, to }` per span.
    func datedList(_ written: [String], _ spans: [String: [Span]]) -> [String] {
        let all = written + spans.keys.filter { !written.contains($0) }.sorted()
        return all.flatMap { id -> [String] in
            guard let list = spans[id] else { return [id] }
            return list.map { s in "{ " + (["id: \(id)"] + span(s)).joined(separator: ", ") + " }" }
        }
    }
}
