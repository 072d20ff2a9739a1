import CasusTestSupport
import Foundation
import Testing

@testable import CasusKit
@testable import CasusRender

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// Names, titles, cites and clause texts that try to break out of DOT, SVG or
/// HTML stay text: the DOT parses, the SVG is well-formed XML with no script
/// element or event handler from the data, and the text is visible as written.
@Suite struct HostileTextTests {
    static let nasty =
        #"Ev"il \ "; } -> x [label="pwn"] <script>alert(1)</script> ]]> {braces} Кириллица 🛡️ "#
        + "node edge graph digraph strict &amp; &lt;"

    static func hostileWorld() throws -> Graph {
        func q(_ s: String) -> String {
            "\"" + s.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"") + "\""
        }
        let yaml = """
            casus: 1
            title: \(q(nasty))
            defaults: { attacker: RUS, depth: 1 }
            places:
              - { id: zone, name: \(q(nasty)) }
            actors:
              - { id: RUS, name: \(q(nasty + " aggressor")), kind: state, within: [zone] }
              - { id: BLU, name: \(q(nasty + "\nsecond line")), kind: state, within: [zone] }
              - { id: GRN, name: \(q("onload=alert(1) " + nasty)), kind: state, within: [zone] }
            deployments:
              - { id: m, name: \(q(nasty)), config: tripwire, host: BLU, contributors: [GRN], status: deployed, \
            note: \(q(nasty)) }
            instruments:
              - id: pact
                title: \(q(nasty))
                short: \(q("<b>" + nasty))
                form: treaty
                status: in-force
                force: binding
                parties: [BLU, GRN]
                source: "https://example.org/?a=1&b=2"
                note: \(q(nasty))
                clauses:
                  - id: a1
                    cite: \(q("Art. \"5\" -> " + nasty))
                    text: \(q(nasty + "\n" + nasty))
                    when: { attack-on: parties }
                    then: { duty: assist, subject-to: [\(q(nasty))] }
                    readings:
                      - { id: r1, claim: \(q(nasty)), when: { attack-on: parties, target: forces } }
            scenarios:
              - { id: s, title: \(q(nasty)), attacks: [ { target: m } ] }
            """
        return try GraphLoader.load(files: [.init(name: "hostile.yaml", text: yaml)])
    }

    func diagrams() throws -> [String] {
        let world = try Self.hostileWorld()
        let o = try Analysis.run(try #require(world.scenario("s")), on: world)
        return [
            TriggerDiagram(graph: world, outcome: o).dot(), try WorldMap(graph: world).dot(),
            try WorldMap(graph: world, focus: "BLU", radius: 2).dot(),
        ]
    }

    @Test func dotParsesAndRendersToWellFormedSVGWithoutScripts() throws {
        for dot in try diagrams() {
            let svg = try Renderer.shared.render(dot: dot, to: .svg)
            let doc = try XMLDocument(data: svg, options: [])
            let root = try #require(doc.rootElement())
            #expect(try root.nodes(forXPath: "//*[local-name()='script']").isEmpty)
            let handlers = try root.nodes(forXPath: "//@*[starts-with(local-name(), 'on')]")
            #expect(handlers.isEmpty, "event handler attributes: \(handlers.map { $0.name ?? "" })")
            for link in try root.nodes(forXPath: "//@*[local-name()='href']") {
                let value = link.stringValue ?? ""
                #expect(value.hasPrefix("https://") || value.hasPrefix("http://"), "link \(value)")
            }
            // The text a reader sees is the text the graph holds.
            let text = try root.nodes(forXPath: "//*[local-name()='text']").compactMap(\.stringValue).joined(
                separator: " ")
            #expect(text.contains("<script>alert(1)</script>") || dot.contains("<script>") == false)
            #expect(text.contains("Кириллица") || !dot.contains("Кириллица"))
        }
    }

    @Test func hostileNamesAreVisibleAsWritten() throws {
        let world = try Self.hostileWorld()
        let o = try Analysis.run(try #require(world.scenario("s")), on: world)
        let svg = String(
            decoding: try Renderer.shared.render(dot: TriggerDiagram(graph: world, outcome: o).dot(), to: .svg),
            as: UTF8.self)
        let doc = try XMLDocument(data: Data(svg.utf8), options: [])
        let texts = try doc.nodes(forXPath: "//*[local-name()='text']").compactMap(\.stringValue).joined(
            separator: "\n")
        #expect(
            texts.contains(
                "Ev\"il \\ \"; } -> x [label=\"pwn\"] <script>alert(1)</script> ]]> {braces} Кириллица 🛡️ node edge "
                    + "graph digraph strict &amp; &lt;"
            ))
    }

    @Test func dotIdentifiersAndStringsAreAlwaysQuoted() {
        #expect(DOT.quoted("a\"b\\c\nd&e") == "\"a\\\"b\\\\c\\nd&amp;e\"")
        #expect(DOT.quoted("node") == "\"node\"")
        #expect(DOT.safeLink("javascript:alert(1)") == nil)
        #expect(DOT.safeLink("https://x.org/\"onmouseover=") == nil)
        #expect(DOT.safeLink("https://example.org/a") == "https://example.org/a")
    }

    @Test func markdownReportEscapesTheGraphsText() throws {
        let world = try Self.hostileWorld()
        let o = try Analysis.run(try #require(world.scenario("s")), on: world)
        let md = MarkdownReport(graph: world, outcomes: [("s", o)]).render()
        #expect(!md.contains("<script>"))
        #expect(md.contains("\\<script\\>alert(1)\\</script\\>"))
    }
}
