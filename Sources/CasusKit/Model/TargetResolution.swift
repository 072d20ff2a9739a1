/// Why a target or id named on the command line or in a scenario does not resolve.
public struct UnknownName: Error, Sendable, CustomStringConvertible {
    package init(message: String, suggestion: String?, periodNote: String? = nil) {
        self.message = message
        self.suggestion = suggestion
        self.periodNote = periodNote
    }
    /// How a timeline's period says it, when the message names the day (alike periods then merge).
    package let periodNote: String?
    /// What was wrong.
    public let message: String
    /// The nearest known name, if one is near.
    public let suggestion: String?
    /// The message, with the suggestion when there is one.
    public var description: String {
        suggestion.map { "\(message) (did you mean '\($0)'?)" } ?? message
    }
}

extension GraphIndex {
    /// Everything an attack may target, for suggestions.
    var targetCandidates: [String] {
        Array(deploymentIndex.keys) + actorIDs.indices.filter(standsForItself).map { actorIDs[$0] } + placeIDs
    }

    /// Reads `tripwire-east`, `UKR`, `UKR-east`, `forces:GBR@UKR-east` or `vessels:PHL@spratlys`;
    /// a group's id (`HOU`) is its forces where it is based first (`forces:HOU@YEM`).
    public func resolveTarget(_ text: String) -> Result<AttackTarget, UnknownName> {
        for prefix in ["forces:", "vessels:", "shipping:"] where text.hasPrefix(prefix) {
            return resolveUnits(text, prefix: prefix)
        }
        if deploymentIndex[text] != nil { return .success(.deployment(text)) }
        if let a = actorIndex[text] {
            if isState[a] { return .success(.state(text)) }
            if isGroup[a], let base = homePlace[a] { return .success(.forces(state: text, at: placeIDs[base])) }
            return .failure(
                UnknownName(
                    message:
                        "'\(text)' is an organization; an attack targets a deployment, a state, a group, a place "
                        + "inside a state or forces:STATE@PLACE",
                    suggestion: nil))
        }
        if let p = placeIndex[text] {
            if territoryState(of: p) != nil { return .success(.place(text)) }
            return .failure(
                UnknownName(
                    message:
                        "'\(text)' is a region, not a place inside a state; attack a state, a place inside one, a "
                        + "deployment, or forces:STATE@PLACE",
                    suggestion: nil))
        }
        return .failure(
            UnknownName(
                message:
                    "unknown target '\(text)'; expected a deployment, a state, a group, a place inside a state, "
                    + "forces:STATE@PLACE or vessels:STATE@PLACE",
                suggestion: suggestTarget(text)))
    }

    /// A state whose name or alias the text is ("Ukraine", "PRC"), else the nearest target id.
    private func suggestTarget(_ text: String) -> String? {
        let wanted = text.lowercased()
        if let n = actorIDs.indices.first(where: { n in
            isState[n]
                && (actorNames[n].lowercased() == wanted || actorAliases[n].contains { $0.lowercased() == wanted })
        }) {
            return actorIDs[n]
        }
        return Suggestion.nearest(to: text, in: targetCandidates)
    }

    /// `forces:STATE@PLACE` or `vessels:STATE@PLACE`: a state's units at a place (a
    /// group's too, for `forces:`; its vessels are neither public nor merchant shipping).
    private func resolveUnits(_ text: String, prefix: String) -> Result<AttackTarget, UnknownName> {
        let form = "\(prefix)STATE@PLACE"
        let rest = text.dropFirst(prefix.count)
        guard let at = rest.firstIndex(of: "@") else {
            return .failure(UnknownName(message: "'\(text)' is not of the form \(form)", suggestion: nil))
        }
        let state = String(rest[..<at])
        let place = String(rest[rest.index(after: at)...])
        let groupForces = prefix == "forces:" && actorIndex[state].map { isGroup[$0] } == true
        guard let a = actorIndex[state], isState[a] || groupForces else {
            let expected = prefix == "forces:" ? "a state or group" : "a state"
            return .failure(
                UnknownName(
                    message: "'\(state)' in '\(text)' is not \(expected)",
                    suggestion: suggestActor(state, attackersOnly: true)))
        }
        guard placeIndex[place] != nil else {
            return .failure(
                UnknownName(
                    message: "'\(place)' in '\(text)' is not a place or state",
                    suggestion: Suggestion.nearest(to: place, in: placeIDs)))
        }
        if prefix == "vessels:" {
            return .success(.vessels(state: state, at: place))
        }
        if prefix == "shipping:" {
            return .success(.shipping(state: state, at: place))
        }
        return .success(.forces(state: state, at: place))
    }

    var stateIDs: [String] { actorIDs.enumerated().filter { isState[$0.offset] }.map(\.element) }

    /// `territoryState(of:)` by ids: the state whose territory the place (or state) `id` is part of.
    package func territoryStateID(of id: String) -> String? {
        placeIndex[id].flatMap { territoryState(of: $0) }.map { actorIDs[$0] }
    }

    /// The state whose territory place `p` is part of (the innermost, when nested).
    public func territoryState(of p: Int) -> Int? {
        guard let s = territoryOf[p] else { return nil }
        return actorIndex[placeIDs[s]]
    }
}
