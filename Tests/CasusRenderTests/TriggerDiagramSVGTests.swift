import CasusTestSupport
import Foundation
import Testing

@testable import CasusKit
@testable import CasusRender

/// The trigger diagrams of the sample world, measured from the SVG Graphviz
/// draws: what a reader sees must be what the model says.
@Suite struct TriggerDiagramSVGTests {
    static let sample = Result {
        try GraphLoader.load(path: CommittedOutputTests.repository.appendingPathComponent("Graphs/ukraine-2025").path)
    }
    static let scenarioIDs: [String] = (try? sample.get().scenarios.compactMap { $0.id }) ?? []

    static func svg(_ scenario: String, legend: Bool = true, configure: (inout Scenario) -> Void = { _ in }) throws
        -> SVGReading
    {
        let world = try sample.get()
        var s = try #require(world.scenario(scenario))
        configure(&s)
        let outcome = try Analysis.run(s, on: world)
        let dot = TriggerDiagram(graph: world, outcome: outcome, legend: legend).dot()
        return SVGReading(String(decoding: try Renderer.shared.render(dot: dot, to: .svg), as: UTF8.self))
    }

    /// Bound and committed obligations are drawn in solid lines; the others in their own.
    static func basis(of status: String) -> String {
        switch status {
        case "proposed": return "basis-proposal"
        case "contested": return "basis-contested"
        case "escalation": return "basis-escalation"
        default: return "basis-established"
        }
    }

    @Test func theSampleHasScenariosToMeasure() {
        #expect(Self.scenarioIDs.count >= 10)
    }

    @Test(arguments: scenarioIDs)
    func theLegendTakesAtMostFifteenPercentOfTheDrawing(_ id: String) throws {
        let svg = try Self.svg(id)
        let cluster = try #require(svg.element(titled: "cluster_diagram"))
        // The cluster's first polygon is its (invisible) frame; the rest is the legend row.
        let frame = try #require(cluster.body.range(of: "<polygon"))
        let afterFrame = cluster.body[frame.upperBound...]
        let rest = afterFrame.range(of: "/>").map { String(afterFrame[$0.upperBound...]) } ?? ""
        let legend = SVGReading.Element(kind: "cluster", title: "legend", classes: [], body: rest)
        #expect(legend.texts.contains("Legend"))
        let share = SVGReading.boxArea(legend.points) / (svg.width * svg.height)
        #expect(share <= 0.15, "\(id): the legend takes \(Int(share * 100)) % of the drawing")
    }

    @Test(arguments: scenarioIDs)
    func noLabelIsCutShort(_ id: String) throws {
        let svg = try Self.svg(id)
        let cut = svg.elements.flatMap(\.texts).filter { $0.hasSuffix("…") }
        #expect(cut.isEmpty, "\(id): \(cut)")
    }

    @Test(arguments: scenarioIDs)
    func noActorIsDrawnTwiceInOneStatus(_ id: String) throws {
        let svg = try Self.svg(id)
        var seen: [String: Int] = [:]
        for node in svg.nodes where node.classes.contains("actor") {
            for actor in node.actors {
                seen["\(actor) \(node.status ?? "")", default: 0] += 1
            }
        }
        #expect(seen.filter { $0.value > 1 }.isEmpty, "\(id): \(seen.filter { $0.value > 1 })")
        #expect(!seen.isEmpty)
    }

    @Test(arguments: scenarioIDs)
    func everyLineIntoAnActorIsDrawnInThatActorsStatus(_ id: String) throws {
        let svg = try Self.svg(id)
        var checked = 0
        for edge in svg.edges where edge.classes.contains("line") {
            guard let to = edge.ends?.to, let node = svg.element(titled: to), node.classes.contains("actor"),
                let status = node.status
            else { continue }
            #expect(
                edge.classes.contains(Self.basis(of: status)),
                "\(id): \(edge.title) is \(edge.classes) into a \(status) node")
            checked += 1
        }
        #expect(checked > 0)
    }

    @Test func aContestedDefenceNeverEndsAtABoundNode() throws {
        // tripwire-attacked: the USA is bound to consult (Art. 4) but only contested
        // on Art. 5; the Art. 5 line must end at a contested USA.
        let svg = try Self.svg("tripwire-attacked")
        let art5 = svg.edges.filter { $0.ends?.from == "clause:nat/art5" }
        #expect(!art5.isEmpty)
        for edge in art5 {
            let node = try #require(svg.element(titled: edge.ends?.to ?? ""))
            #expect(node.status == "contested", "\(edge.title) ends at a \(node.status ?? "?") node")
        }
    }

    @Test func aProvokedClauseHangsOffTheHypotheticalStrike() throws {
        let svg = try Self.svg("tripwire-attacked")
        let provoked = svg.edges.filter { $0.ends?.to.hasPrefix("blocked:rus-prk-2024/art4/provoked") ?? false }
        #expect(!provoked.isEmpty)
        for edge in provoked {
            let from = try #require(svg.element(titled: edge.ends?.from ?? ""))
            #expect(from.classes.contains("strike"), "\(edge.title) starts at \(from.classes)")
        }
    }

    @Test func labelsNameActorsAndPlacesNotTheirIDs() throws {
        let svg = try Self.svg("tripwire-attacked")
        let words = Set(
            svg.elements.flatMap(\.texts).flatMap { $0.split(whereSeparator: { " ,()".contains($0) }) }.map(String.init)
        )
        #expect(words.isDisjoint(with: ["USA", "GBR", "FRA", "UKR", "RUS", "UKR-east", "tripwire-east"]))
        let texts = svg.elements.flatMap(\.texts).joined(separator: " ")
        #expect(texts.contains("United States"))
        #expect(texts.contains("Eastern Ukraine"))
    }

    @Test func withoutTheLegendThereIsNoLegendRow() throws {
        let svg = try Self.svg("tripwire-attacked", legend: false)
        #expect(svg.element(titled: "cluster_diagram") == nil)
        #expect(!svg.elements.flatMap(\.texts).contains("Legend"))
    }

    @Test func theLegendShowsOnlyTheStylesTheDiagramUses() throws {
        // korea-attacked at depth 0: no proposal, no escalation.
        let svg = try Self.svg("korea-attacked") { $0.depth = 0 }
        let legend = try #require(svg.element(titled: "cluster_diagram")).texts
        #expect(!legend.contains("hypothetical escalation"))
        #expect(!legend.contains("proposed"))
        #expect(legend.contains("victim"))
    }

    @Test func anExplanationDrawsTheActorOnceInEveryStatusItsChainsHold() throws {
        let world = try Self.sample.get()
        let s = try #require(world.scenario("tripwire-attacked"))
        let e = try Analysis.explain("USA", in: s, on: world)
        let dot = TriggerDiagram(graph: world, outcome: e.focused, title: "Why", everyChain: true).dot()
        let svg = SVGReading(String(decoding: try Renderer.shared.render(dot: dot, to: .svg), as: UTF8.self))
        let drawn = svg.nodes.filter { $0.actors.contains("USA") }.compactMap(\.status)
        let held = Set((e.entry?.chains ?? []).map { $0.status(through: $0.steps.count - 1).rawValue })
        #expect(drawn.count == Set(drawn).count)
        #expect(Set(drawn) == held)
        #expect(held.count >= 4)
    }
}
