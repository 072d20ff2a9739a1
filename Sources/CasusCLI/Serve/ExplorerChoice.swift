import CasusKit
import Foundation

/// A request the explorer refuses, with the message the page shows (HTTP 400).
struct ExplorerRefusal: Error, Equatable {
    let message: String
}

/// One question the explorer's page asks: its URL's query string, read as the
/// `casus` command line it stands for. The server answers it by parsing that
/// command line with the real commands, so a choice the command line would
/// refuse is refused with the same message, and the exported command line
/// gives the same answer. Every value is the client's: checked for size and
/// characters here, and only ever an option's value or a positional argument
/// after `--`, never a flag of its own.
struct ExplorerChoice: Equatable {
    var scenario: String?
    var target: String?
    var by: String?
    var kind: String?
    var nuclear = false
    var depth: String?
    var asOf: String?
    var accept: [String] = []
    var reject: [String] = []
    var adopt: [String] = []
    var without: [String] = []
    /// States that choose to join the victim's side (`--joins`).
    var joins: [String] = []
    var veto: [String] = []
    var duty: [String] = []
    /// The actor whose chains the page explains.
    var actor: String?

    static let maximumValueLength = 200
    static let maximumParameters = 500
    /// The deepest escalation the explorer analyses (the command line has no cap).
    static let maximumDepth = 4

    init() {}

    /// Reads a query string's parameters; unknown names, repeated single values,
    /// control characters and oversized values are refused.
    init(query: [(name: String, value: String)]) throws(ExplorerRefusal) {
        guard query.count <= Self.maximumParameters else {
            throw ExplorerRefusal(message: "too many parameters (at most \(Self.maximumParameters))")
        }
        var seen = Set<String>()
        for (name, value) in query {
            try Self.check(name, value)
            if !Self.repeatable.contains(name) {
                guard seen.insert(name).inserted else {
                    throw ExplorerRefusal(message: "'\(name)' given twice; it takes one value")
                }
            }
            try set(name, value)
        }
        if scenario != nil && target != nil {
            throw ExplorerRefusal(message: "choose a scenario or a target, not both")
        }
        if scenario == nil && target == nil {
            throw ExplorerRefusal(message: "choose a scenario, or a target to attack")
        }
        if let depth, let n = Int(depth), n > Self.maximumDepth {
            throw ExplorerRefusal(
                message: "the explorer analyses to depth \(Self.maximumDepth) at most; for depth \(n) run "
                    + "the command line")
        }
    }

    static let repeatable: Set = ["accept", "reject", "adopt", "without", "joins", "veto", "duty"]

    private static func check(_ name: String, _ value: String) throws(ExplorerRefusal) {
        guard value.count <= maximumValueLength else {
            throw ExplorerRefusal(message: "'\(name)' is longer than \(maximumValueLength) characters")
        }
        guard !value.unicodeScalars.contains(where: { $0.properties.generalCategory == .control }) else {
            throw ExplorerRefusal(message: "'\(name)' holds a control character")
        }
    }

    private mutating func set(_ name: String, _ value: String) throws(ExplorerRefusal) {
        switch name {
        case "scenario": scenario = value
        case "target": target = value
        case "by": by = value
        case "kind": kind = value
        case "nuclear":
            guard value == "yes" || value == "no" else {
                throw ExplorerRefusal(message: "'nuclear' is yes or no, not '\(value)'")
            }
            nuclear = value == "yes"
        case "depth": depth = value
        case "as-of": asOf = value
        case "actor": actor = value
        case "accept": accept.append(value)
        case "reject": reject.append(value)
        case "adopt": adopt.append(value)
        case "without": without.append(value)
        case "joins": joins.append(value)
        case "veto": veto.append(value)
        case "duty": duty.append(value)
        default:
            let names =
                ["scenario", "target", "by", "kind", "nuclear", "depth", "as-of", "actor"]
                + Self.repeatable.sorted()
            let hint = Suggestion.nearest(to: name, in: names).map { " (did you mean '\($0)'?)" } ?? ""
            throw ExplorerRefusal(message: "unknown parameter '\(name)'\(hint)")
        }
    }

    /// The analysis flags, each as `--name=value` so no value can read as a flag.
    private var analysisFlags: [(name: String, value: String?)] {
        var flags: [(name: String, value: String?)] = []
        if let depth { flags.append(("depth", depth)) }
        for r in accept { flags.append(("accept", r)) }
        for r in reject { flags.append(("reject", r)) }
        for p in adopt { flags.append(("adopt", p)) }
        for a in without { flags.append(("without", a)) }
        for a in joins { flags.append(("joins", a)) }
        for a in veto { flags.append(("veto", a)) }
        for d in duty { flags.append(("duty", d)) }
        if let asOf { flags.append(("as-of", asOf)) }
        return flags
    }

    /// `--by`, `--kind` and `--nuclear`, for an attack on a target.
    private var attackFlags: [(name: String, value: String?)] {
        guard target != nil else { return [] }
        var flags: [(name: String, value: String?)] = []
        if let by { flags.append(("by", by)) }
        if let kind { flags.append(("kind", kind)) }
        if nuclear { flags.append(("nuclear", nil)) }
        return flags
    }

    /// What is analysed: the scenario's id, else the target.
    private var question: String { scenario ?? target ?? "" }

    /// The command that answers the table and the diagram: `scenario` for a named one, else `trigger`.
    private var command: String { scenario != nil ? "scenario" : "trigger" }

    /// That command's arguments, as `casus` parses them.
    var answerArguments: [String] {
        [command] + Self.parsed(attackFlags + analysisFlags) + ["--", question]
    }

    /// The `explain` command for the chosen actor, as `casus` parses it.
    func explainArguments(_ actor: String) -> [String] {
        ["explain"] + Self.parsed(attackFlags + analysisFlags) + ["--", actor, question]
    }

    /// The same question as a person types it: `casus scenario tripwire-attacked --accept …`.
    var commandLine: String {
        var words = ["casus", command, Self.shellQuoted(question)]
        for flag in attackFlags + analysisFlags {
            words.append("--" + flag.name)
            if let value = flag.value { words.append(Self.shellQuoted(value)) }
        }
        return words.joined(separator: " ")
    }

    private static func parsed(_ flags: [(name: String, value: String?)]) -> [String] {
        flags.map { flag in flag.value.map { "--\(flag.name)=\($0)" } ?? "--\(flag.name)" }
    }

    /// A word the shell reads back unchanged: as it is when it is plain, else in single quotes.
    static func shellQuoted(_ word: String) -> String {
        let plain =
            !word.isEmpty
            && word.unicodeScalars.allSatisfy {
                ("a"..."z").contains($0) || ("A"..."Z").contains($0) || ("0"..."9").contains($0)
                    || "-_.:@/,+=".unicodeScalars.contains($0)
            }
        if plain { return word }
        return "'" + word.replacingOccurrences(of: "'", with: "'\\''") + "'"
    }
}
