import CasusKit
import CasusRender
import CasusSample
import Foundation

// The code of CasusKit.docc/GettingStarted.md, compiled against the public API
// only (`make example` builds it), so the article cannot drift from the library.
let world = try GraphLoader.load(path: CommandLine.arguments.dropFirst().first ?? "Graphs/ukraine-2025")
let sample = try GraphLoader.load(files: SampleWorld.files.map { .init(name: $0.name, text: $0.text) })
print("the built-in sample has \(sample.scenarios.count) scenarios")

guard let tripwire = world.scenario("tripwire-attacked") else { exit(1) }
let outcome = try Analysis.run(tripwire, on: world)

for actor in outcome.actors where actor.status != .attacker && actor.status != .victim {
    print(actor.id, actor.status.rawValue)
}
if let usa = outcome.actor("USA"), let chain = usa.chains.first {
    for step in chain.steps {
        switch step {
        case .join(let choice): print(choice.summary)
        case .attack(let event): print(event.summary)
        case .clause(let clause):
            print("\(clause.instrument) \(clause.cite): \(clause.bearer) owes \(clause.owedTo) \(clause.duty.rawValue)")
        }
    }
    print("rests on readings", chain.readings, "and proposals", chain.proposals)
}

let dot = TriggerDiagram(graph: world, outcome: outcome).dot()
let svg = try Renderer.shared.render(dot: dot, to: .svg)
print("the diagram is \(svg.count) bytes of SVG")
