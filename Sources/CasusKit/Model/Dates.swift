/// A calendar day, written `YYYY`, `YYYY-MM` or `YYYY-MM-DD`; a partial date
/// means its first day (`2024-05` is 1 May 2024, `1949` is 1 January 1949).
public struct Day: Sendable, Hashable, Comparable, CustomStringConvertible {
    /// The year.
    public let year: Int
    /// The month, 1 to 12.
    public let month: Int
    /// The day of the month, from 1.
    public let day: Int

    /// A day; month and day default to the first.
    public init(year: Int, month: Int = 1, day: Int = 1) {
        self.year = year
        self.month = month
        self.day = day
    }

    /// Parses `YYYY`, `YYYY-MM` or `YYYY-MM-DD` with a real month and day; nil otherwise.
    public init?(_ text: String) {
        guard IDRules.isDate(text) else { return nil }
        let parts = text.split(separator: "-").compactMap { Int($0) }
        guard let year = parts.first else { return nil }
        let month = parts.count > 1 ? parts[1] : 1
        let day = parts.count > 2 ? parts[2] : 1
        guard day <= Day.length(ofMonth: month, in: year) else { return nil }
        self.init(year: year, month: month, day: day)
    }

    /// Before every dated fact: what is undated holds, nothing dated does.
    public static let distantPast = Day(year: 1, month: 1, day: 1)

    static func length(ofMonth month: Int, in year: Int) -> Int {
        switch month {
        case 2: return year % 4 == 0 && (year % 100 != 0 || year % 400 == 0) ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    /// `YYYY-MM-DD`, always in full.
    public var description: String {
        func pad(_ n: Int, _ width: Int) -> String {
            String(repeating: "0", count: max(0, width - String(n).count)) + String(n)
        }
        return "\(pad(year, 4))-\(pad(month, 2))-\(pad(day, 2))"
    }

    /// Earlier days first.
    public static func < (a: Day, b: Day) -> Bool { (a.year, a.month, a.day) < (b.year, b.month, b.day) }
}

/// When a fact holds: from `from` (its first day) to `to` (the first day it no
/// longer holds), either end open. A membership that ends on the day a war
/// begins does not count on that day.
public struct Span: Sendable, Hashable {
    /// The first day the fact holds; nil: always before.
    public let from: Day?
    /// The first day it no longer holds; nil: still holds.
    public let to: Day?

    package init(from: Day?, to: Day?) {
        self.from = from
        self.to = to
    }

    /// Whether the fact holds on `d`.
    public func contains(_ d: Day) -> Bool {
        if let from, d < from { return false }
        if let to, d >= to { return false }
        return true
    }
}

/// How an instrument stopped applying (format.md `ended-how`).
public enum EndedHow: String, FormatWord {
    /// It expired (its term ran out).
    case lapsed
    /// It was ended by its parties.
    case terminated
    /// Its parties withdrew.
    case withdrawn
    /// Another instrument replaced it.
    case superseded
}

/// An instrument's own dates.
public struct InstrumentDates: Sendable, Hashable {
    /// When a proposal was made: before it, the instrument does not exist.
    public let proposed: Day?
    /// When it was signed.
    public let signed: Day?
    /// When it entered into force.
    public let inForce: Day?
    /// The first day it no longer applied.
    public let ended: Day?
    /// How it ended.
    public let endedHow: EndedHow?

    package init(proposed: Day? = nil, signed: Day?, inForce: Day?, ended: Day?, endedHow: EndedHow?) {
        self.proposed = proposed
        self.signed = signed
        self.inForce = inForce
        self.ended = ended
        self.endedHow = endedHow
    }
}

/// Every dated fact of a world, by id. Empty for an undated world, which is
/// then read exactly as written.
public struct DatedFacts: Sendable, Hashable {
    /// States (and organizations) that exist only for a while: their spells, in order, never
    /// overlapping (version 3, issue 25: a state that leaves the state system and comes back).
    public var actors: [String: [Span]] = [:]
    /// Places that exist only for a while.
    public var places: [String: Span] = [:]
    /// Deployments that are there only for a while.
    public var deployments: [String: Span] = [:]
    /// Organization → member → the spans of its membership (one per phase).
    public var members: [String: [String: [Span]]] = [:]
    /// Instrument → party → the spans it is a party (accession to withdrawal).
    public var parties: [String: [String: [Span]]] = [:]
    /// Instrument → its own dates.
    public var instruments: [String: InstrumentDates] = [:]
    /// Instrument → party in breach → the first day its breach counts.
    public var breaches: [String: [String: Day]] = [:]
    /// Instrument → clause → when the clause is in the instrument (a phase of its terms).
    public var clauses: [String: [String: Span]] = [:]

    package init() {}

    /// Whether the world carries no date at all.
    public var isEmpty: Bool {
        actors.isEmpty && places.isEmpty && deployments.isEmpty && members.isEmpty && parties.isEmpty
            && instruments.isEmpty && breaches.isEmpty && clauses.isEmpty
    }

    /// Every day on which some fact starts or stops holding, sorted.
    public var changeDays: [Day] { changeDays(actors: nil, instruments: nil) }

    /// The days on which a fact starts or stops holding, sorted: of these actors'
    /// own dates and memberships (nil: every actor's) and these instruments'
    /// dates, parties, breaches and clauses (nil: every instrument's); places and
    /// deployments always.
    package func changeDays(actors kept: Set<String>?, instruments keptInstruments: Set<String>?) -> [Day] {
        var days = Set<Day>()
        func add(_ s: Span) {
            if let f = s.from { days.insert(f) }
            if let t = s.to { days.insert(t) }
        }
        func keeps<V>(_ set: Set<String>?) -> ((key: String, value: V)) -> Bool {
            { set?.contains($0.key) ?? true }
        }
        actors.filter(keeps(kept)).values.joined().forEach(add)
        places.values.forEach(add)
        deployments.values.forEach(add)
        for spans in members.filter(keeps(kept)).values.flatMap(\.values) { spans.forEach(add) }
        for spans in parties.filter(keeps(keptInstruments)).values.flatMap(\.values) { spans.forEach(add) }
        for d in instruments.filter(keeps(keptInstruments)).values {
            for day in [d.proposed, d.signed, d.inForce, d.ended].compactMap({ $0 }) { days.insert(day) }
        }
        for day in breaches.filter(keeps(keptInstruments)).values.flatMap(\.values) { days.insert(day) }
        clauses.filter(keeps(keptInstruments)).values.flatMap(\.values).forEach(add)
        return days.sorted()
    }
}
