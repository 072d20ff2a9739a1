import ArgumentParser
import CasusKit

struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Write the world, or one scenario's obligations, as GraphML, GEXF or node-link JSON.",
        discussion: """
            The world: actors, places, deployments and instruments as nodes; member, within, party,
            protects, obligation (clause, duty, force, conditions), contributor and host edges.
            With --scenario: an edge from each bearer to whom it owes, per chain kept, with its status,
            duty, depth and the chain in words. NetworkX reads all three (read_graphml, read_gexf,
            node_link_graph); Gephi and Cytoscape read GraphML and GEXF.

            Examples:
              casus export --format graphml -o world.graphml
              casus export --scenario tripwire-attacked --format gexf -o tripwire.gexf
            """
    )

    @OptionGroup var graph: GraphOption
    @OptionGroup var analysis: AnalysisFlags
    @Option(
        help: ArgumentHelp("Export this scenario's obligations instead of the world.", valueName: "id"),
        completion: Completion.ids(.scenarios))
    var scenario: String?
    @Option(help: "The interchange format.")
    var format: GraphExport.Format = .graphml
    @Option(
        name: [.short, .long], help: ArgumentHelp("Write to this file (default: standard output).", valueName: "file"))
    var output: String?

    func run() throws {
        try guarded {
            let world = try graph.load()
            let export: GraphExport
            if let id = scenario {
                let outcome = try Analysis.run(
                    analysis.apply(to: try NamedScenario.find(id, in: world)), on: world,
                    chainsPerActor: analysis.chains ?? Analysis.defaultChainsPerActor)
                export = GraphExport(scenario: id, outcome: outcome, graph: world)
            } else {
                export = GraphExport(world: world)
            }
            try Output.emit(export.rendered(as: format), to: output)
        }
    }
}

extension GraphExport.Format: ExpressibleByArgument {}
