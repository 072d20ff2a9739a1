import ArgumentParser
import CasusIO
import CasusKit

struct ListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list",
        abstract: "List the actors, places, instruments, deployments, readings or scenarios of a graph.",
        discussion: """
            Example:
              casus list scenarios
              casus list readings --format json
              casus list instruments --format csv > instruments.csv
            """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable { case text, json, csv }

    @Argument(help: "actors, places, instruments, deployments, readings or scenarios.")
    var what: Listing.What
    @OptionGroup var graph: GraphOption
    @Option(help: "The listing's format.")
    var format: Format = .text

    func run() throws {
        try guarded {
            let world = try graph.load()
            let listing = Listing(graph: world)
            switch format {
            case .json: try Console.out(listing.json(for: what).rendered())
            case .csv: try Console.out(listing.csv(for: what))
            case .text: try Console.out("Graph: \(graph.label)\n\n" + listing.text(for: what))
            }
        }
    }
}

extension Listing.What: ExpressibleByArgument {}
