import CasusKit
import CasusRender
import Foundation

// Loads a world, runs every scenario, and writes a Markdown page with one
// diagram per scenario: `EmbedReport [WORLD] [OUT]`.
let arguments = CommandLine.arguments.dropFirst()
let worldPath = arguments.first ?? "Graphs/ukraine-2025"
let out = URL(fileURLWithPath: arguments.dropFirst().first ?? "embed-report", isDirectory: true)
try FileManager.default.createDirectory(at: out, withIntermediateDirectories: true)

let world = try GraphLoader.load(path: worldPath)
var page = "# \(world.title ?? "Casus report")\n"
for scenario in world.scenarios {
    guard let id = scenario.id else { continue }
    let outcome = try Analysis.run(scenario, on: world)
    let svg = try Renderer.shared.render(dot: TriggerDiagram(graph: world, outcome: outcome).dot(), to: .svg)
    try svg.write(to: out.appendingPathComponent("\(id).svg"))
    page += "\n## \(scenario.title ?? id)\n\n![\(id)](\(id).svg)\n\n| Actor | Status | Duty |\n|---|---|---|\n"
    for actor in outcome.actors where actor.status != .attacker && actor.status != .victim {
        let name = actor.name.replacingOccurrences(of: "|", with: "\\|") // names come from the world's files
        page += "| \(name) | \(actor.status.rawValue) | \(actor.chains.first?.duty.rawValue ?? "") |\n"
    }
}
try page.write(to: out.appendingPathComponent("report.md"), atomically: true, encoding: .utf8)
print("wrote \(out.path)/report.md and \(world.scenarios.count) diagrams")
