import Foundation

/// A state list: abbreviation, name and spells by code — the Correlates of War list (CSV,
/// `stateabb, ccode, statenme` and the spells' dates) or Gleditsch and Ward's (`ksgmdw.txt`:
/// tab-separated number, abbreviation, name, start and end), told apart by their first line.
struct StateList {
    enum Source: Sendable {
        case cow, gleditschWard
    }
    struct State {
        let id: String
        let name: String
        var spells: [Span]
    }
    let source: Source
    var byCode: [Int: State] = [:]
    /// Abbreviation → name, for titles.
    var names: [String: String] = [:]

    static func read(_ text: String, file: String) throws(ImportError) -> StateList {
        let first = text.prefix { $0 != "\n" && $0 != "\r\n" }
        if first.contains("\t") {
            return try StateList(gleditschWard: text, file: file)
        }
        return try StateList(cow: try CSVTable.read(text, file: file))
    }

    mutating func add(_ code: Int, id: String, name: String, spell: Span) {
        if byCode[code] == nil {
            byCode[code] = State(id: id, name: name, spells: [spell])
            names[id] = name
        } else {
            byCode[code]?.spells.append(spell)
        }
    }

    init(cow t: CSVTable) throws(ImportError) {
        source = .cow
        let cols = try (
            t.column("stateabb"), t.column("ccode"), t.column("statenme"),
            t.column("styear"), t.column("stmonth"), t.column("stday"),
            t.column("endyear"), t.column("endmonth"), t.column("endday")
        )
        for r in t.rows.indices {
            let code = try t.int(r, cols.1)
            let id = t.rows[r][cols.0].trimmingCharacters(in: .whitespaces)
            guard IDRules.isValid(id) else {
                throw ImportError(
                    file: t.file, line: t.lines[r], column: "stateabb",
                    message: "found '\(id.prefix(20))'; expected a state abbreviation")
            }
            let from = ATOPWorld.day(try t.int(r, cols.3), try t.int(r, cols.4), try t.int(r, cols.5))
            // The list ends at its own last day: a spell ending then is still open.
            let endYear = try t.int(r, cols.6)
            let end =
                endYear >= 2016
                ? nil : ATOPWorld.day(endYear, try t.int(r, cols.7), try t.int(r, cols.8)).map(ATOPWorld.nextDay)
            add(code, id: id, name: t.rows[r][cols.2], spell: Span(from: from, to: end))
        }
    }

    /// Gleditsch and Ward's list: a line per spell, tab-separated — number, abbreviation, name, start
    /// and end (`YYYY-MM-DD`, the end its last day) — under an optional header line. The list ends at
    /// its own last day (2020-12-31 in version 7): a spell that ends then is still open.
    init(gleditschWard text: String, file: String) throws(ImportError) {
        source = .gleditschWard
        var rows: [(code: Int, id: String, name: String, start: Day, end: Day)] = []
        let columns = ["statenumber", "stateid", "countryname", "start", "end"]
        for (n, raw) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = n + 1
            let fields = raw.split(separator: "\t", omittingEmptySubsequences: false).map {
                $0.trimmingCharacters(in: .whitespacesAndNewlines)
            }
            if fields.allSatisfy(\.isEmpty) { continue }
            // The header, where the file has one: its first field is no number.
            if line == 1 && Int(fields[0]) == nil { continue }
            func fail(_ column: Int, _ message: String) -> ImportError {
                ImportError(file: file, line: line, column: columns[column], message: message)
            }
            guard fields.count == 5 else {
                throw ImportError(
                    file: file, line: line, column: nil,
                    message: "found \(fields.count) tab-separated fields; expected 5 (number, abbreviation, name, "
                        + "start, end) as Gleditsch and Ward's list has them")
            }
            guard let code = Int(fields[0]), code > 0, code < 10_000 else {
                throw fail(0, "found '\(fields[0].prefix(20))'; expected a state number (1 to 9999)")
            }
            guard IDRules.isValid(fields[1]) else {
                throw fail(1, "found '\(fields[1].prefix(20))'; expected a state abbreviation")
            }
            var days: [Day] = []
            for c in [3, 4] {
                guard fields[c].count == 10, let d = Day(fields[c]) else {
                    throw fail(c, "found '\(fields[c].prefix(20))'; expected a date YYYY-MM-DD")
                }
                days.append(d)
            }
            guard days[0] <= days[1] else {
                throw fail(4, "found \(days[1]), before the start \(days[0]); expected the spell's last day")
            }
            rows.append((code, fields[1], fields[2], days[0], days[1]))
        }
        guard let last = rows.map(\.end).max() else {
            throw ImportError(
                file: file, line: 1, column: nil,
                message: "found no state; expected Gleditsch and Ward's list (number, abbreviation, name, start, "
                    + "end, tab-separated) or the COW state list (CSV)")
        }
        for r in rows {
            let to = r.end == last ? nil : ATOPWorld.nextDay(r.end)
            add(r.code, id: r.id, name: r.name, spell: Span(from: r.start, to: to))
        }
    }

    /// The list's number for a state ATOP codes by COW's, in a row that begins on `day`: COW's own,
    /// or for Gleditsch and Ward where they number a state otherwise (from their list's notes, to
    /// verify): Serbia before the Kingdom of 1 December 1918 is their 340, not 345; united Germany
    /// from 3 October 1990 continues their 260, not 255; united Yemen from 22 May 1990 their 678, not 679.
    func code(forCOW code: Int, on day: Day?) -> Int {
        guard source == .gleditschWard else { return code }
        let start = day ?? Day.distantPast
        switch code {
        case 345 where start < Day(year: 1918, month: 12, day: 1): return 340
        case 255 where start >= Day(year: 1990, month: 10, day: 3): return 260
        case 679: return 678
        default: return code
        }
    }
}
