import ArgumentParser
import CasusKit
import CasusRender

struct RenderCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "render",
        abstract: "Draw the world map: actors, instruments, deployments and their relations.",
        discussion: """
            --focus ID --radius N keeps only what lies within N relations of one actor, instrument
            or deployment. Organizations are drawn as one node with their member count; members
            appear individually only where an instrument or deployment names them.

            Examples:
              casus render --format svg -o world.svg
              casus render --focus tripwire-east --radius 2 --format png -o tripwire.png
            """
    )

    @OptionGroup var graph: GraphOption
    @Option(help: "Show only what lies near this actor, instrument or deployment.", completion: Completion.ids(.focus))
    var focus: String?
    @Option(parsing: .unconditional, help: "How many relations out from --focus.")
    var radius: Int = 1
    @Option(help: "Graphviz layout engine: dot, neato, fdp, sfdp, circo or twopi.", completion: Completion.layouts)
    var layout: String = "dot"
    @Option(help: "dot, svg, png or pdf.")
    var format: String = "svg"
    @Option(
        name: [.short, .long], help: ArgumentHelp("Write to this file (default: standard output).", valueName: "file"))
    var output: String?

    func validate() throws {
        guard Renderer.layouts.contains(layout) else {
            throw ValidationError(
                "unknown layout '\(layout)'; expected one of \(Renderer.layouts.joined(separator: ", "))")
        }
        guard DiagramFormat(rawValue: format) != nil else {
            throw ValidationError("unknown format '\(format)'; expected dot, svg, png or pdf")
        }
        if radius < 0 { throw ValidationError("--radius must be 0 or more") }
    }

    func run() throws {
        try guarded {
            let world = try graph.load()
            let map = try self.map(of: world)
            let f = DiagramFormat(rawValue: format) ?? .svg
            let data = try Renderer.shared.render(dot: map.dot(), to: f, layout: layout)
            try Output.emit(data, to: output, binary: f.isBinary)
        }
    }

    /// The map drawn, focused as asked (what the fuzzer lays out too).
    func map(of world: Graph) throws -> WorldMap {
        try WorldMap(graph: world, focus: focus, radius: radius)
    }
}
