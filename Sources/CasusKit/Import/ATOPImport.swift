import Foundation

/// `casus import atop`: the Alliance Treaty Obligations and Provisions data set
/// (member and alliance level) as a Casus world — one instrument per alliance,
/// one clause per obligation type and set of conditions, parties dated per
/// member and phase, states from the COW list dated by their spells. The
/// mapping, and what it loses, is docs/atop.md.
package struct ATOPImport {
    /// The files of the world, by name, ready to write.
    package let files: [(name: String, text: String)]
    package let alliances: Int
    package let states: Int
    /// Codes the state list lacks (ATOP codes a few polities COW does not), each once.
    package let warnings: [ImportError]

    package static let citation =
        "Leeds, Brett Ashley, Jeffrey M. Ritter, Sara McLaughlin Mitchell and Andrew G. Long (2002), "
        + "\"Alliance Treaty Obligations and Provisions, 1815-1944\", International Interactions 28: 237-260; ATOP "
        + "codebook, atop.rice.edu. "
        + "States: Correlates of War Project, State System Membership List (correlatesofwar.org)."

    /// - Parameters: the texts and names of the member-level and alliance-level
    ///   files, and optionally the COW state list (without it, states are `C<ccode>`).
    /// - Throws: `ImportError` for a missing column, a value that is not a number,
    ///   a code the state list lacks, an empty or truncated file.
    package static func run(
        members: (name: String, text: String), alliances: (name: String, text: String),
        states: (name: String, text: String)?
    ) throws(ImportError) -> ATOPImport {
        let m = try CSVTable.read(members.text, file: members.name)
        let a = try CSVTable.read(alliances.text, file: alliances.name)
        let cow = try states.map { s throws(ImportError) in try COWStates(try CSVTable.read(s.text, file: s.name)) }
        var builder = ATOPWorld(cow: cow, sources: [members.name, alliances.name] + (states.map { [$0.name] } ?? []))
        try builder.read(alliances: a, members: m)
        return builder.files()
    }
}

/// The COW state list: abbreviation, name and spells by code.
struct COWStates {
    struct State {
        let id: String
        let name: String
        var spells: [Span]
    }
    var byCode: [Int: State] = [:]
    /// Abbreviation → name, for titles.
    var names: [String: String] = [:]

    init(_ t: CSVTable) throws(ImportError) {
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
            let spell = Span(from: from, to: end)
            if byCode[code] == nil {
                byCode[code] = State(id: id, name: t.rows[r][cols.2], spells: [spell])
                names[id] = t.rows[r][cols.2]
            } else {
                byCode[code]?.spells.append(spell)
            }
        }
    }
}
