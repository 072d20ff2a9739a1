import Foundation

/// `casus import atop`: the Alliance Treaty Obligations and Provisions data set
/// (member and alliance level) as a Casus world — one instrument per alliance,
/// one clause per obligation type and set of conditions, parties dated per
/// member and phase, states from the COW list (or Gleditsch and Ward's) dated by their spells. The
/// mapping, and what it loses, is docs/atop.md.
package struct ATOPImport {
    /// The files of the world, by name, ready to write.
    package let files: [(name: String, text: String)]
    package let alliances: Int
    package let states: Int
    /// Codes the state list lacks (ATOP codes a few polities COW does not), each once.
    package let warnings: [ImportError]

    package static let atopCitation =
        "Leeds, Brett Ashley, Jeffrey M. Ritter, Sara McLaughlin Mitchell and Andrew G. Long (2002), "
        + "\"Alliance Treaty Obligations and Provisions, 1815-1944\", International Interactions 28: 237-260; ATOP "
        + "codebook, atop.rice.edu."

    /// ATOP's citation, and the state list's.
    static func citation(_ list: StateList.Source?) -> String {
        switch list {
        case .gleditschWard?:
            return atopCitation + " States: Gleditsch, Kristian S. and Michael D. Ward (1999), \"A revised list of "
                + "independent states since the Congress of Vienna\", International Interactions 25: 393-413."
        default:
            return atopCitation + " States: Correlates of War Project, State System Membership List "
                + "(correlatesofwar.org)."
        }
    }

    /// - Parameters: the texts and names of the member-level and alliance-level
    ///   files, and optionally a state list, COW's or Gleditsch and Ward's (without it, states are `C<ccode>`).
    /// - Throws: `ImportError` for a missing column, a value that is not a number,
    ///   a code the state list lacks, an empty or truncated file.
    package static func run(
        members: (name: String, text: String), alliances: (name: String, text: String),
        states: (name: String, text: String)?
    ) throws(ImportError) -> ATOPImport {
        let m = try CSVTable.read(members.text, file: members.name)
        let a = try CSVTable.read(alliances.text, file: alliances.name)
        let list = try states.map { s throws(ImportError) in try StateList.read(s.text, file: s.name) }
        var builder = ATOPWorld(
            states: list, sources: [members.name, alliances.name] + (states.map { [$0.name] } ?? []))
        try builder.read(alliances: a, members: m)
        return builder.files()
    }
}
