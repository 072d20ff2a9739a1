import ArgumentParser
import CasusKit

struct ValidateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "validate",
        abstract: "Check graphs and print a one-line summary of each.",
        discussion: """
        Exits 0 when every graph loads; otherwise prints every error (file:line:column: path: message)
        and exits 65.

        Example:
          casus validate Graphs/ukraine-2025
        """
    )

    @Argument(help: "Graph files or directories (default: Graphs/ukraine-2025, else the built-in sample).")
    var graphs: [String] = []

    func run() throws {
        try guarded {
            var failures: [GraphLoadFailure] = []
            for path in graphs.isEmpty ? [nil] : graphs.map(Optional.some) {
                do {
                    let g = try GraphSource.load(path)
                    print("\(path ?? GraphSource.describeDefault()): ok — \(GraphSummary(g).line)")
                } catch let e as GraphLoadFailure {
                    failures.append(e)
                }
            }
            if !failures.isEmpty { throw GraphLoadFailure(errors: failures.flatMap(\.errors)) }
        }
    }
}
