import CasusTestSupport
import Foundation
import Testing

@testable import CasusKit
@testable import CasusRender

/// report.md carries every caveat report.html carries (sample world v3, item 12).
@Suite struct MarkdownReportTests {
    static let world = """
        casus: 1
        title: Strait
        defaults: { attacker: PRC, depth: 0 }
        places:
          - { id: sea, name: Sea, note: Whether the strait is part of it is unconfirmed. }
        actors:
          - { id: USA, name: United States, kind: state }
          - { id: TWN, name: Taiwan, kind: state, note: Status disputed. }
          - { id: PRC, name: China, kind: state }
        instruments:
          - id: tra
            title: Taiwan Relations Act
            short: TRA
            form: statute
            status: in-force
            force: binding
            parties: [USA]
            note: Ambiguity is its policy.
            clauses:
              - id: s2
                cite: Sec. 2(b)(6)
                text: To maintain the capacity of the United States to resist any resort to force.
                note: A policy statement.
                when: { attack-on: [TWN], in: [TWN, sea] }
                then: { bearers: [USA], duty: consult, subject-to: [congress-consulted] }
                readings:
                  - { id: tra-strong, claim: The Act commits the United States to defend Taiwan., then: { duty: \
        defend }, note: Against the text. }
        scenarios:
          - { id: strait-attacked, title: China attacks Taiwan, attacks: [ { target: TWN } ], accept: [tra-strong], \
        note: Assumes no US forces. }
        """

    static func reports(_ yaml: String = world) throws -> (md: String, html: String) {
        let loaded = try GraphLoader.load(files: [.init(name: "t.yaml", text: yaml)])
        let files = try ReportWriter(graph: loaded, folder: "unused").files(html: true)
        func text(_ name: String) throws -> String {
            String(decoding: try #require(files.first { $0.name == name }?.data), as: UTF8.self)
        }
        return (try text("report.md"), try text("report.html"))
    }

    @Test(arguments: [
        "Assuming: accept tra-strong", // the scenario's assumptions
        "Assumes no US forces.", // the scenario's note
        "Status disputed.", // an actor's note
        "Whether the strait is part of it is unconfirmed.", // a place the clause's conditions name
        "subject to congress consulted", // the chain's conditions
        "A policy statement.", // the clause's note
        "Ambiguity is its policy.", // the instrument's note
        "The Act commits the United States to defend Taiwan.", // a reading's claim
        "Against the text.", // the reading's note
        "To maintain the capacity of the United States to resist any resort to force.", // the clause's text
    ])
    func bothReportsCarryTheCaveat(_ caveat: String) throws {
        let (md, html) = try Self.reports()
        #expect(md.contains(caveat))
        #expect(html.contains(caveat))
    }

    @Test func theMarkdownChainCarriesItsConditions() throws {
        let (md, _) = try Self.reports()
        #expect(
            md.contains(
                "| USA | bound | defend | binding | - | TWN territory ← TRA Sec. 2(b)(6) \\[reading tra-strong\\] — "
                    + "subject to congress consulted |"
            ))
    }

    /// A block that arose only under a reading the scenario did not accept says so in
    /// both reports, and a blocked actor's row cites only blocks of settled law
    /// (issue 29, bug d: Jordan–Israel Art. 4(4) in the Doha strike).
    @Test func aBlockUnderAReadingNamesItsReading() throws {
        let yaml = """
            casus: 1
            defaults: { attacker: A, depth: 0 }
            actors:
              - { id: A, name: Aggressor, kind: state }
              - { id: B, name: Bee, kind: state }
              - { id: C, name: Cee, kind: state }
            instruments:
              - id: pact
                title: Pact
                form: treaty
                status: in-force
                force: binding
                parties: [A, B, C]
                clauses:
                  - id: p1
                    cite: Art. 1
                    when: { attack-on: [C] }
                    then: { duty: assist }
                    readings: [{ id: r-b, claim: B too, when: { attack-on: [B] } }]
            scenarios:
              - { id: s, attacks: [ { target: B } ] }
            """
        let (md, html) = try Self.reports(yaml)
        let phrase = "the bearer is on the attacker&#39;s side — under reading r-b, not accepted"
        #expect(md.contains("the bearer is on the attacker's side — under reading r-b, not accepted; bearers A"))
        #expect(html.contains(phrase) || html.contains(phrase.replacingOccurrences(of: "&#39;", with: "'")))
    }

    /// Alike rows are one line in both reports, which name every actor it stands for;
    /// a victim's own duty is under the victim (issue 29, item 8).
    @Test func bothReportsGroupAlikeRowsAndNameEveryActor() throws {
        var yaml = "casus: 1\ndefaults: { attacker: A, depth: 0 }\nactors:\n"
        for id in ["A", "B", "C", "D", "E"] { yaml += "  - { id: \(id), name: State \(id), kind: state }\n" }
        yaml += """
            instruments:
              - { id: pact, title: Pact, form: treaty, status: in-force, force: binding, parties: [B, C, D, E],
                  clauses: [ { id: p1, cite: Art. 1, then: { duty: assist } , when: { attack-on: parties } } ] }
            scenarios:
              - { id: s, attacks: [ { target: B } ] }
            """
        let (md, html) = try Self.reports(yaml)
        #expect(md.contains("| 3 states: C, D, E | bound | assist | binding | - | B territory ← pact Art. 1 |"))
        #expect(html.contains("<th scope=\"row\">3 states — C, D, E</th>"))
    }
}
