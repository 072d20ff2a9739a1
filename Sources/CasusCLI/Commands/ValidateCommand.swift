import ArgumentParser
import CasusIO
import CasusKit

struct ValidateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "validate",
        abstract: "Check graphs and print a one-line summary of each.",
        discussion: """
            Exits 0 when every graph loads; otherwise prints every error (file:line:column: path: message)
            and exits 65. Warnings (a place the overseas rule takes out of its state's regions, a reading
            no scenario reaches) go to standard error and leave the status 0 unless --warnings-as-errors.

            Example:
              casus validate Graphs/ukraine-2025
            """
    )

    @Argument(
        help: ArgumentHelp(
            "Graph files or directories (when none: $CASUS_GRAPH, else a world in this folder, else "
                + "Graphs/ukraine-2025 here, else the built-in sample).")
    )
    var graphs: [String] = []
    @Flag(help: "Read files that symbolic links inside a graph's folder point to outside it (refused by default).")
    var followSymlinks = false
    @Flag(help: "Exit 65 when a graph loads with warnings (for CI).")
    var warningsAsErrors = false
    @Flag(help: "List every reading no scenario reaches (more than five are otherwise one line).")
    var verbose = false

    /// Every path is checked and reported: one that cannot be read does not hide
    /// another's errors. Exit 66 when a path cannot be read, else 65 when a graph
    /// does not load.
    func run() throws {
        try guarded {
            var failures: [GraphLoadFailure] = []
            var unreadable: [GraphNotFound] = []
            var warned = 0
            for path in graphs.isEmpty ? [nil] : graphs.map(Optional.some) {
                do {
                    let world = try GraphSource.load(path, followSymlinks: followSymlinks)
                    let name = path ?? GraphSource.describeDefault()
                    try Console.out("\(name): ok — \(GraphSummary(world).line)\n")
                    let warnings = GraphWarnings.of(world, name: name, verbose: verbose)
                    for warning in warnings.shown {
                        printError("casus: \(warning.severity): \(warning)")
                    }
                    warned += warnings.count
                } catch let e as GraphLoadFailure {
                    failures.append(e)
                    printError(e.description)
                } catch let e as GraphNotFound {
                    unreadable.append(e)
                    printError("casus: error: \(e)")
                }
            }
            let errors = failures.reduce(0) { $0 + $1.errors.count }
            if errors > 0 {
                printError(
                    "casus: error: \(errors) error\(errors == 1 ? "" : "s") in \(failures.count) "
                        + "graph\(failures.count == 1 ? "" : "s")"
                )
            }
            if !unreadable.isEmpty { throw ExitCode(Exit.missingFile) }
            if !failures.isEmpty { throw ExitCode(Exit.badGraph) }
            if warningsAsErrors && warned > 0 {
                printError("casus: error: \(warned) warning\(warned == 1 ? "" : "s") (--warnings-as-errors)")
                throw ExitCode(Exit.badGraph)
            }
        }
    }
}
