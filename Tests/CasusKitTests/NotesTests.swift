import CasusTestSupport
import Foundation
import Testing

@testable import CasusKit

/// The caveats written on a world reach the answers that rest on them.
@Suite struct NotesTests {
    static let world =
        baseWorld.replacingOccurrences(
            of: "  - { id: south, name: South }",
            with: "  - { id: south, name: South }\n  - { id: rim, name: Rim, within: [B], note: Sovereignty disputed. }"
        )
            + """
            deployments:
              - { id: m, name: Mission, config: tripwire, host: B, at: rim, contributors: [C], status: deployed, \
            note: Mandate unconfirmed. }
            instruments:
              - id: pact
                title: Pact
                form: treaty
                status: in-force
                force: binding
                parties: [B, D]
                note: Text not public.
                clauses:
                  - { id: p1, cite: Art. 1, when: { attack-on: parties }, then: { duty: assist }, note: Wording from \
            a press report. }
            """

    @Test func explainCarriesTheNotesOfTheEventTheForceAndTheClause() throws {
        let loaded = try graph(Self.world)
        let s = Scenario(attacks: [Attack(target: try loaded.index.resolveTarget("m").get(), by: "A")], depth: 0)
        let notes = try Analysis.explain("D", in: s, on: loaded).notes(graph: loaded)
        #expect(
            notes.map { [$0.subject, $0.text] } == [
                ["deployment m", "Mandate unconfirmed."],
                ["place rim", "Sovereignty disputed."],
                ["instrument pact", "Text not public."],
                ["pact/p1", "Wording from a press report."],
            ])
    }

    @Test func theTextEndsWithTheNotes() throws {
        let loaded = try graph(Self.world)
        let s = Scenario(attacks: [Attack(target: try loaded.index.resolveTarget("m").get(), by: "A")], depth: 0)
        let text = try Analysis.explain("D", in: s, on: loaded).text(graph: loaded)
        #expect(
            text.hasSuffix(
                """
                Notes:
                  deployment m: Mandate unconfirmed.
                  place rim: Sovereignty disputed.
                  instrument pact: Text not public.
                  pact/p1: Wording from a press report.

                """))
    }

    /// Sample world v3: a place named in a clause's conditions carries its note
    /// wherever the clause is shown, not only where an attack names the place.
    @Test func thePlacesAClausesConditionsNameCarryTheirNotes() throws {
        let world =
            baseWorld.replacingOccurrences(
                of: "  - { id: south, name: South }",
                with: """
                      - { id: south, name: South }
                      - { id: sea, name: Sea, note: Whether the strait is part of it is unconfirmed. }
                      - { id: rim, name: Rim, within: [B], note: Occupied. }
                    """) + pact(parties: "[B, C]", when: "{ attack-on: parties, in: [parties, sea], except: [rim] }")
        let loaded = try graph(world)
        let s = Scenario(attacks: [Attack(target: try loaded.index.resolveTarget("B").get(), by: "A")], depth: 0)
        let notes = try Analysis.explain("C", in: s, on: loaded).notes(graph: loaded)
        #expect(
            notes.map { [$0.subject, $0.text] } == [
                ["place sea", "Whether the strait is part of it is unconfirmed."],
                ["place rim", "Occupied."],
            ])
    }
}
