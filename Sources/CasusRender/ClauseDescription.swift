import CasusKit

/// Plain-language summaries of a clause for hover text: its wording, what
/// triggers it and what it obliges.
enum ClauseDescription {
    static func tooltip(_ i: Instrument, _ c: Clause) -> String {
        var parts = ["\(i.title) — \(c.cite) [\(i.status.rawValue), \(i.force.rawValue)]"]
        if let t = c.text { parts.append("“" + DOT.clip(t, 600) + "”") }
        if c.isRefrain {
            parts.append("Standing undertaking: " + c.then.map(refrain).joined(separator: "; "))
        } else {
            parts.append("When: " + c.when.map(trigger).joined(separator: "; or "))
        }
        if !c.isRefrain {
            parts.append("Then: " + c.then.map(obligation).joined(separator: "; "))
        }
        for r in c.readings {
            parts.append("Reading \(r.id): \(r.claim)" + (r.note.map { " (note: \($0))" } ?? ""))
        }
        // Notes carry the caveats a briefing must keep: never shortened.
        if let n = c.note { parts.append("Note: " + n) }
        if let n = i.note { parts.append("Note on \(i.short): " + n) }
        return parts.joined(separator: "\n")
    }

    static func trigger(_ t: Trigger) -> String {
        let kinds = t.kinds.map { $0 == .armedAttack ? "an armed attack" : "an \($0.rawValue)" }
        let kindText = kinds.count == 1 ? kinds[0] : kinds.joined(separator: " or ")
        var s =
            kindText.replacingOccurrences(of: "an threat", with: "a threat")
            .replacingOccurrences(of: "an cyber", with: "a cyber event") + " on " + set(t.attackOn)
        if !t.targets.contains(.any) { s += " (" + t.targets.map(\.rawValue).joined(separator: " or ") + ")" }
        if let w = t.within {
            s +=
                " in "
                + w.map { r -> String in
                    switch r {
                    case .parties: return "a party's territory"
                    case .victim: return "the victim's territory"
                    case .place(let p): return p
                    }
                }.joined(separator: ", ")
        }
        if !t.except.isEmpty { s += " except in " + t.except.joined(separator: ", ") }
        if t.by != .any { s += " by " + set(t.by) }
        if t.unprovoked { s += ", unprovoked" }
        if t.nuclear { s += ", with nuclear weapons" }
        return s
    }

    static func obligation(_ o: Obligation) -> String {
        let verb = o.modality == .may ? "may " : ""
        var s = "\(set(o.bearers))\(o.collective ? " (as one actor)" : "") \(verb)\(o.duty.rawValue)"
        if let m = o.means { s += " — \(m.phrase)" }
        if let w = o.within {
            s += " within " + OutcomeText.window(lower: w.lower, upper: w.upper) + (w.upper > 0 ? " h" : "")
        }
        if o.decision != .individual { s += ", decided by \(o.decision.phrase(o.majority)) of \(set(o.deciders))" }
        if !o.subjectTo.isEmpty { s += ", subject to " + o.subjectTo.joined(separator: ", ") }
        if let f = o.force { s += " (\(f.rawValue))" }
        return s
    }

    static func refrain(_ o: Obligation) -> String {
        let towards = o.towards == .otherParties || o.towards == .parties ? "the other parties" : set(o.towards)
        return "\(set(o.bearers)) refrain from the threat or use of force against \(towards)"
    }

    static func set(_ s: ActorSet) -> String {
        switch s {
        case .parties: return "the parties"
        case .otherParties: return "the other parties"
        case .nonParties: return "non-parties"
        case .any: return "every state"
        case .partiesExcept(let ids): return "the parties except \(ids.joined(separator: ", "))"
        case .allBut(let ids): return "anyone but \(ids.joined(separator: ", "))"
        case .bearers: return "the bearers"
        case .listed(let ids): return ids.joined(separator: ", ")
        }
    }
}
