import CasusKit

/// Clauses that met the event but oblige nobody: blocked entries hang off the
/// events that were blocked (the victim for the scenario's own attack, the
/// hypothetical strike for a clause provoked at depth 1), inactive ones off
/// the attack, and breached undertakings off the attack that breaks them.
extension TriggerDrawing {
    mutating func drawBlocked() {
        for bc in outcome.blocked {
            let node =
                "blocked:\(bc.instrument)/\(bc.clause)/\(bc.reason.rawValue)" + (bc.reading.map { "/" + $0 } ?? "")
            var label = "\(names.instrument(bc.instrument)) \(bc.cite)\nblocked: \(reasonText(bc))"
            if bc.proposal { label += "\n(unadopted proposal)" }
            if let r = bc.reading { label += "\n(under reading \(r))" }
            label += "\nfor " + DOT.wrap(listed(bc.bearers), width: 34)
            legend.blocked = true
            var attrs = Style.blockedNode + [("label", label), ("class", "unmet blocked")]
            attrs += clauseAttributes(
                bc.instrument, bc.clause, extra: "Blocked for: " + bc.bearers.map(names.actor).joined(separator: ", "))
            b.node(node, attrs)
            for e in bc.eventsByStriker {
                let event = e.event.event
                let from =
                    event.hypothetical ? drawStrike(event, strikers: e.attackers) : drawActor(event.victim, .victim)
                let key = "\(from)→\(node)"
                if drawnEdges.insert(key).inserted {
                    b.edge(from, node, Style.blockedEdge + [("label", bc.reason.rawValue), ("class", "unmet blocked")])
                }
                for bearer in bc.bearers {
                    pathNames[bearer, default: []].formUnion([node, key])
                }
            }
        }
    }

    func reasonText(_ b: BlockedClause) -> String {
        if b.reason == .veto {
            return "veto held by " + listed(b.by)
        }
        return b.reasonPhrase(
            short: names.instrument(b.instrument), attackers: Set(outcome.scenario.attacks.map(\.by)), name: names.actor
        )
    }

    /// Up to eight names; more as a count (all of them in the hover text).
    func listed(_ ids: [String]) -> String {
        ids.count > 8 ? "\(ids.count) actors" : ids.map(names.actor).joined(separator: ", ")
    }

    mutating func drawInactive() {
        for ic in outcome.inactive {
            let node = "inactive:\(ic.instrument)/\(ic.clause)"
            var label = "\(names.instrument(ic.instrument)) \(ic.cite)\ninactive: \(ic.status.rawValue)"
            if !ic.violatedBy.isEmpty {
                label += " by " + listed(ic.violatedBy)
            }
            // Name whose obligations are withheld: a breach releases only the party in breach.
            label += "\nwithheld from " + DOT.wrap(listed(ic.bearers), width: 34)
            legend.inactive = true
            b.node(
                node,
                Style.inactiveNode + [("label", label), ("class", "unmet inactive")]
                    + clauseAttributes(
                        ic.instrument, ic.clause,
                        extra: "Withheld from: " + ic.bearers.map(names.actor).joined(separator: ", ")))
            b.edge("attack:0", node, Style.blockedEdge + [("label", "inactive"), ("class", "unmet inactive")])
        }
    }

    mutating func drawBreached() {
        for br in outcome.breached {
            let node = "breached:\(br.instrument)/\(br.clause)/\(br.by)/\(br.towards)"
            let label =
                "\(names.instrument(br.instrument)) \(br.cite)\nbreached: \(DOT.wrap(names.actor(br.by), width: 30)) "
                + "undertook\n"
                + "to refrain from force against\n\(DOT.wrap(names.actor(br.towards), width: 30))"
                + (br.hypotheticalPhrase.map { "\n" + $0 } ?? "")
            legend.breached = true
            b.node(
                node,
                Style.breachedNode + [("label", label), ("class", "unmet breached")]
                    + clauseAttributes(br.instrument, br.clause, extra: nil))
            let attack = outcome.scenario.attacks.firstIndex { $0.by == br.by } ?? 0
            b.edge("attack:\(attack)", node, Style.breachedEdge + [("label", "breaches"), ("class", "unmet breached")])
        }
    }

    /// The clause's hover text (wording, triggers, duties, notes) and its source link.
    func clauseAttributes(_ instrument: String, _ clauseID: String, extra: String?) -> [(String, String)] {
        guard let inst = graph.instrument(instrument), let clause = inst.clauses.first(where: { $0.id == clauseID })
        else { return [] }
        var tooltip = ClauseDescription.tooltip(inst, clause)
        if let extra { tooltip += "\n" + extra }
        var attrs = [("tooltip", tooltip)]
        if let url = DOT.safeLink(inst.source) { attrs += [("URL", url), ("target", "_blank")] }
        return attrs
    }
}
