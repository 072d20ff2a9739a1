import CasusSample
import CasusTestSupport
import Foundation
import Testing

@testable import CasusKit
@testable import CasusRender

/// The world map's summaries and its focus.
@Suite struct WorldMapTests {
    @Test func focusKeepsOnlyWhatLiesWithinTheRadius() throws {
        let world = try GraphLoader.load(files: SampleWorld.files.map { .init(name: $0.name, text: $0.text) })
        let near = try WorldMap(graph: world, focus: "tripwire-east", radius: 1).dot()
        for id in ["n:tripwire-east", "n:GBR", "n:FRA", "n:UKR", "n:cow-mandate-2025", "n:us-backstop-2025"] {
            #expect(near.contains("\"\(id)\""), "\(id)")
        }
        #expect(!near.contains("\"n:KOR\"") && !near.contains("\"n:nat\"") && !near.contains("\"n:NATO\""))
        let wider = try WorldMap(graph: world, focus: "tripwire-east", radius: 2).dot()
        #expect(wider.contains("\"n:NATO\"") && wider.contains("\"n:istanbul-2022\"") && !wider.contains("\"n:nat\""))
        #expect(try WorldMap(graph: world, focus: "tripwire-east", radius: 3).dot().contains("\"n:nat\""))
        #expect(throws: UnknownName.self) { try WorldMap(graph: world, focus: "tripwire-est") }
    }

    @Test func organizationsAreSummarisedAndBilateralFamiliesCollapsed() throws {
        let world = try GraphLoader.load(files: SampleWorld.files.map { .init(name: $0.name, text: $0.text) })
        let dot = try WorldMap(graph: world).dot()
        #expect(dot.contains("32 members"))
        // The US agreement differs (any attacker, threats too), so it stands apart from the family.
        #expect(dot.contains("26 × Agreement on Security Cooperation"))
        #expect(dot.contains("\"n:bsa-usa-2024\""))
        #expect(!dot.contains("\"n:HUN\"")) // named only through NATO and the EU
    }

    /// A statute that protects a non-party (the Taiwan Relations Act's pattern),
    /// a lapsed treaty, and a proposal.
    static let straitYAML = """
        casus: 1
        title: Strait
        defaults: { attacker: PRC, depth: 0 }
        actors:
          - { id: USA, name: United States, kind: state }
          - { id: TWN, name: Taiwan, kind: state, note: Status disputed; modelled as a state for the analysis. }
          - { id: PRC, name: China, kind: state }
          - { id: JPN, name: Japan, kind: state }
        instruments:
          - id: tra
            title: Taiwan Relations Act
            short: TRA
            form: declaration
            status: in-force
            force: political
            parties: [USA]
            clauses:
              - id: s2
                cite: Sec. 2(b)(6)
                when: { attack-on: [TWN] }
                then: { bearers: [USA], duty: consult }
          - id: samdt
            title: Sino-American Mutual Defense Treaty
            short: SAMDT
            form: treaty
            status: lapsed
            force: binding
            parties: [USA, TWN]
            clauses:
              - { id: art5, cite: Art. V, when: { attack-on: parties }, then: { duty: defend } }
          - id: pact
            title: A proposed pact
            short: Pact
            form: proposal
            status: proposed
            force: binding
            parties: [JPN, USA]
            clauses:
              - { id: p1, cite: Art. 1, when: { attack-on: [TWN] }, then: { duty: assist } }

        """

    static func strait() throws -> Graph {
        try GraphLoader.load(files: [.init(name: "strait.yaml", text: straitYAML)])
    }

    @Test func aProtectedNonPartyGetsALineLabelledWithTheClauseAndDuty() throws {
        let dot = try WorldMap(graph: Self.strait()).dot()
        let line = try #require(dot.split(separator: "\n").first { $0.contains("\"n:tra\" -> \"n:TWN\"") })
        #expect(line.contains("label=\"protects\\nSec. 2(b)(6): consult\""))
        let bearer = try #require(dot.split(separator: "\n").first { $0.contains("\"n:tra\" -> \"n:USA\"") })
        #expect(bearer.contains("label=\"Sec. 2(b)(6): consult\""))
    }

    @Test func focusOnTheProtectedShowsEveryInstrumentThatCoversIt() throws {
        let dot = try WorldMap(graph: Self.strait(), focus: "TWN", radius: 1).dot()
        for line in ["\"n:tra\" -> \"n:TWN\"", "\"n:samdt\" -> \"n:TWN\"", "\"n:pact\" -> \"n:TWN\""] {
            #expect(dot.contains(line), "\(line)")
        }
    }

    @Test func lapsedInstrumentsAreDimmedAndProposalsDotted() throws {
        let lines = try WorldMap(graph: Self.strait()).dot().split(separator: "\n")
        let lapsed = try #require(lines.first { $0.contains("\"n:samdt\" -> \"n:TWN\"") })
        #expect(lapsed.contains("style=\"dashed\""))
        #expect(lapsed.contains("color=\"#AAAAAA\""))
        let proposal = try #require(lines.first { $0.contains("\"n:pact\" -> \"n:TWN\"") })
        #expect(proposal.contains("style=\"dotted\""))
    }

    @Test func notesReachTheHoverText() throws {
        let dot = try WorldMap(graph: Self.strait()).dot()
        #expect(dot.contains("Note: Status disputed; modelled as a state for the analysis."))
    }

    @Test func noLabelOfTheSampleWorldMapIsCutShort() throws {
        let world = try GraphLoader.load(files: SampleWorld.files.map { .init(name: $0.name, text: $0.text) })
        let svg = SVGReading(
            String(decoding: try Renderer.shared.render(dot: WorldMap(graph: world).dot(), to: .svg), as: UTF8.self))
        let texts = svg.elements.flatMap(\.texts)
        #expect(texts.count > 100)
        #expect(texts.filter { $0.hasSuffix("…") }.isEmpty)
    }
}
