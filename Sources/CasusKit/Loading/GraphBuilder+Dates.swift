/// Dated facts (format.md, "Dates"): `from`/`to` on states, places and
/// deployments, dated members and parties, an instrument's `signed`,
/// `in-force`, `ended` and `ended-how`, and dated entries of `violated-by`.
/// Every date is checked for its form and its order, with the field located.
extension GraphBuilder {
    static let dateForm = "a date as YYYY, YYYY-MM or YYYY-MM-DD (a partial date means its first day)"

    /// A date field, or nil when absent or malformed (reported).
    func day(_ f: Fields, _ key: String) -> Day? {
        guard let v = f[key], let s = v.string else { return nil }
        guard let d = Day(s) else {
            v.error("found '\(Located.clip(s))'; expected \(Self.dateForm)")
            return nil
        }
        return d
    }

    /// `from` and `to` of a mapping, `to` not before `from`; nil when neither is given.
    func span(_ f: Fields) -> Span? {
        let from = day(f, "from")
        let to = day(f, "to")
        if let from, let to, to < from {
            f["to"]?.error("'to' (\(to)) is before 'from' (\(from)); 'to' is the first day the fact no longer holds")
        }
        guard from != nil || to != nil else { return nil }
        return Span(from: from, to: to)
    }

    /// An actor's existence: `from`/`to`, or (version 3, issue 25) `spells`, a list of `{ from, to }`
    /// in order that do not overlap — a state that left the state system and came back.
    func spells(_ f: Fields) -> [Span]? {
        guard let v = f["spells"] else { return span(f).map { [$0] } }
        if let other = f["from"] ?? f["to"] {
            other.error("write an actor's dates as 'from'/'to' or as 'spells', not both")
            return nil
        }
        guard let items = v.list() else { return nil }
        guard !items.isEmpty else {
            v.error("found an empty list; expected at least one spell { from, to } (or leave 'spells' out)")
            return nil
        }
        var out: [Span] = []
        for item in items {
            guard let sf = item.mapping(allowed: ["from", "to"]) else { return nil }
            guard let s = span(sf) else {
                item.error("a spell needs a 'from', a 'to' or both")
                return nil
            }
            if let last = out.last, !(last.to.map { end in s.from.map { end <= $0 } ?? false } ?? false) {
                let previous = last.to.map { "ends \($0)" } ?? "has no end"
                item.error(
                    "spells are in order and do not overlap: the one before \(previous), and this one starts "
                        + (s.from.map { "\($0)" } ?? "with no start"))
                return nil
            }
            out.append(s)
        }
        return out
    }

    /// A list of ids, each plain or `{id, from, to}`: the ids of the world as
    /// written (once each, in order: plain ones and those with an entry that has
    /// not ended), and the spans of those written only dated (one span per entry,
    /// so a member can leave and join again). An id also written plain holds
    /// always; one whose every entry has a `to` is history, seen only as of a day.
    func datedRefs(_ v: Located?, _ rule: RefRule) -> (ids: [String], spans: [String: [Span]]) {
        guard let v, let items = v.list() else { return ([], [:]) }
        var ids = OrderedIDs()
        var spans: [String: [Span]] = [:]
        var undated: [String] = []
        for item in items {
            let id: String?
            if item.isMapping {
                guard let f = item.mapping(allowed: ["id", "from", "to"], required: ["id"]) else { continue }
                id = refer(f["id"], rule)
                if let id {
                    spans[id, default: []].append(span(f) ?? Span(from: nil, to: nil))
                }
            } else {
                id = refer(item, rule)
                if let id { undated.append(id) }
            }
            if let id { ids.add(id) }
        }
        // Most lists are plain: no spans, nothing to filter.
        guard !spans.isEmpty else { return (ids.list, [:]) }
        for id in undated { spans[id] = nil }
        let current = ids.list.filter { id in spans[id].map { $0.contains { $0.to == nil } } ?? true }
        return (current, spans)
    }

    /// `violated-by`: ids, or `{id, from}` (the first day the breach counts).
    func datedBreaches(_ v: Located?) -> (ids: [String], from: [String: Day]) {
        guard let v, let items = v.list() else { return ([], [:]) }
        var ids = OrderedIDs()
        var from: [String: Day] = [:]
        for item in items {
            var id: String?
            if item.isMapping {
                guard let f = item.mapping(allowed: ["id", "from"], required: ["id"]) else { continue }
                id = refer(f["id"], .actor)
                if let id, let d = day(f, "from") { from[id] = d }
            } else {
                id = refer(item, .actor)
            }
            if let id { ids.add(id) }
        }
        return (ids.list, from)
    }

    /// `proposed` ≤ `signed` ≤ `in-force` ≤ `ended`, with `ended-how` only beside `ended`.
    func instrumentDates(_ f: Fields) -> InstrumentDates? {
        let proposed = day(f, "proposed")
        let signed = day(f, "signed")
        if let proposed, let signed, signed < proposed {
            f["signed"]?.error(
                "'signed' (\(signed)) is before 'proposed' (\(proposed)); an instrument is signed on or after it is "
                    + "proposed"
            )
        }
        let inForce = day(f, "in-force")
        let ended = day(f, "ended")
        let how = f["ended-how"]?.word(EndedHow.self, what: "ended-how")
        if let signed, let inForce, inForce < signed {
            f["in-force"]?.error(
                "'in-force' (\(inForce)) is before 'signed' (\(signed)); an instrument enters into force on or after "
                    + "its signature"
            )
        }
        if let ended, let start = inForce ?? signed, ended < start {
            f["ended"]?.error(
                "'ended' (\(ended)) is before '\(inForce == nil ? "signed" : "in-force")' (\(start)); 'ended' is the "
                    + "first day it no longer applies"
            )
        }
        if how != nil && ended == nil {
            f["ended-how"]?.error("'ended-how' goes with 'ended'; give the day it ended")
        }
        guard proposed != nil || signed != nil || inForce != nil || ended != nil else { return nil }
        return InstrumentDates(proposed: proposed, signed: signed, inForce: inForce, ended: ended, endedHow: how)
    }
}

/// Ids once each, in the order first written. A short list is searched (no
/// hashing); past `hashedFrom` ids a set keeps a long one (an alliance of
/// thousands of members) from costing the square of its length.
struct OrderedIDs {
    private(set) var list: [String] = []
    private var seen = Set<String>()
    private static let hashedFrom = 16

    mutating func add(_ id: String) {
        if list.count < Self.hashedFrom {
            guard !list.contains(id) else { return }
        } else {
            if seen.isEmpty { seen = Set(list) }
            guard seen.insert(id).inserted else { return }
        }
        list.append(id)
    }
}
