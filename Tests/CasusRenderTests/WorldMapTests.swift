import Foundation
import Testing
@testable import CasusKit
@testable import CasusRender

/// The world map's summaries and its focus.
@Suite struct WorldMapTests {
    @Test func focusKeepsOnlyWhatLiesWithinTheRadius() throws {
        let g = try GraphLoader.load(files: SampleWorld.files.map { .init(name: $0.name, text: $0.text) })
        let near = try WorldMap(graph: g, focus: "tripwire-east", radius: 1).dot()
        for id in ["n:tripwire-east", "n:GBR", "n:FRA", "n:UKR", "n:cow-mandate-2025", "n:us-backstop-2025"] {
            #expect(near.contains("\"\(id)\""), "\(id)")
        }
        #expect(!near.contains("\"n:KOR\"") && !near.contains("\"n:nat\"") && !near.contains("\"n:NATO\""))
        let wider = try WorldMap(graph: g, focus: "tripwire-east", radius: 2).dot()
        #expect(wider.contains("\"n:NATO\"") && wider.contains("\"n:istanbul-2022\"") && !wider.contains("\"n:nat\""))
        #expect(try WorldMap(graph: g, focus: "tripwire-east", radius: 3).dot().contains("\"n:nat\""))
        #expect(throws: UnknownName.self) { try WorldMap(graph: g, focus: "tripwire-est") }
    }

    @Test func organizationsAreSummarisedAndBilateralFamiliesCollapsed() throws {
        let g = try GraphLoader.load(files: SampleWorld.files.map { .init(name: $0.name, text: $0.text) })
        let dot = try WorldMap(graph: g).dot()
        #expect(dot.contains("32 members"))
        // The US agreement differs (any attacker, threats too), so it stands apart from the family.
        #expect(dot.contains("26 × Agreement on Security Cooperation"))
        #expect(dot.contains("\"n:bsa-usa-2024\""))
        #expect(!dot.contains("\"n:HUN\""))   // named only through NATO and the EU
    }
}
