import ArgumentParser
import CasusKit

struct ListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list",
        abstract: "List the actors, instruments, deployments, readings or scenarios of a graph.",
        discussion: """
        Example:
          casus list scenarios
          casus list readings --format json
        """
    )

    enum What: String, ExpressibleByArgument, CaseIterable { case actors, instruments, deployments, readings, scenarios }
    enum Format: String, ExpressibleByArgument, CaseIterable { case text, json }

    @Argument(help: "actors, instruments, deployments, readings or scenarios.")
    var what: What
    @OptionGroup var graph: GraphOption
    @Option(help: "text or json.")
    var format: Format = .text

    func run() throws {
        try guarded {
            let g = try graph.load()
            let listing = Listing(graph: g)
            let rows = listing.rows(for: what.rawValue)
            switch format {
            case .json: try Console.out(listing.json(for: what.rawValue).rendered())
            case .text:
                var t = TextTable(header: rows.header)
                rows.rows.forEach { t.add($0) }
                try Console.out("Graph: \(graph.label)\n\n" + t.rendered())
            }
        }
    }
}
