import CasusTestSupport
import Testing

@testable import CasusKit

/// One clause `p/a1` among B and C (and whoever else a test names), with the
/// trigger and obligation given.
func pact(
    parties: String = "[B, C]", when: String, then: String = "{ duty: assist }", status: String = "in-force",
    extra: String = ""
) -> String {
    """

    instruments:
      - id: p
        title: Pact
        form: treaty
        status: \(status)
        force: binding
        parties: \(parties)
        \(extra)
        clauses:
          - { id: a1, cite: A1, when: \(when), then: \(then) }
    """
}

/// Matching a clause (analysis.md, "Matching a clause"): each condition is
/// tested on its own, and each test fails if its rule is dropped.
@Suite struct MatchingTests {
    @Test func attackOnPartiesMatchesAPartyVictimOnly() throws {
        let world = try graph(baseWorld + pact(when: "{ attack-on: parties }"))
        #expect(try run(world, "B").status("C") == .bound)
        #expect(try run(world, "D").status("C") == nil)
    }

    @Test func attackOnListedOrganizationExpandsToItsMembers() throws {
        let world = try graph(
            baseWorld + """
                  - { id: ORG, name: Org, kind: organization, members: [D, E] }
                """ + pact(when: "{ attack-on: [ORG] }"))
        #expect(try run(world, "D").status("B") == .bound)
        #expect(try run(world, "B").status("C") == nil)
    }

    @Test func attackOnADeploymentId() throws {
        let world = try graph(
            baseWorld + """
                deployments:
                  - { id: mission, name: M, config: tripwire, host: D, contributors: [E], status: deployed }
                  - { id: other, name: O, config: training, host: D, contributors: [E], status: deployed }
                """ + pact(when: "{ attack-on: [mission] }"))
        let o = try run(world, "mission")
        #expect(o.status("B") == .bound)
        // The host's territory and the contributor's forces both carry the deployment.
        #expect(
            Set(
                o.actor("B")?.chains.compactMap { if case .attack(let a) = $0.steps[0] { a.deployment } else { nil } }
                    ?? []) == ["mission"])
        #expect(try run(world, "other").status("B") == nil)
    }

    @Test func targetTerritoryOrForces() throws {
        let world = try graph(baseWorld + pact(when: "{ attack-on: parties, target: territory }"))
        #expect(try run(world, "B").status("C") == .bound)
        #expect(try run(world, "forces:B@north").status("C") == nil)
        let f = try graph(baseWorld + pact(when: "{ attack-on: parties, target: forces }"))
        #expect(try run(f, "forces:B@south").status("C") == .bound)
        #expect(try run(f, "B").status("C") == nil)
    }

    @Test func inAPlaceIsTransitive() throws {
        let world = try graph(
            baseWorld.replacingOccurrences(
                of: "  - { id: south, name: South }",
                with: "  - { id: south, name: South }\n  - { id: B-east, name: East B, within: [B] }")
                + pact(when: "{ attack-on: parties, in: [north] }"))
        #expect(try run(world, "B-east").status("C") == .bound) // B-east lies in B, which lies in north
        #expect(try run(world, "forces:B@south").status("C") == nil)
    }

    @Test func overseasPlaceDoesNotInheritItsStatesRegions() throws {
        let world = try graph(
            baseWorld.replacingOccurrences(
                of: "  - { id: south, name: South }",
                with: "  - { id: south, name: South }\n  - { id: B-isle, name: Isle, within: [B, south] }")
                + pact(when: "{ attack-on: parties, in: [north] }"))
        #expect(try run(world, "B-isle").status("C") == nil)
        #expect(try run(world, "B").status("C") == .bound)
    }

    @Test func inPartiesAndInVictim() throws {
        // E is a party that hosts nothing, so it is bound only through B's forces.
        let parties = try graph(
            baseWorld + pact(parties: "[B, C, E]", when: "{ attack-on: parties, target: forces, in: [parties] }"))
        #expect(try run(parties, "forces:B@C").status("E") == .bound)
        #expect(try run(parties, "forces:B@D").status("E") == nil)
        let victim = try graph(
            baseWorld + pact(parties: "[B, C, E]", when: "{ attack-on: parties, target: forces, in: [victim] }"))
        #expect(try run(victim, "forces:B@B").status("E") == .bound)
        #expect(try run(victim, "forces:B@C").status("E") == nil)
    }

    @Test func byListedPartiesAndNonParties() throws {
        let listed = try graph(baseWorld + pact(when: "{ attack-on: parties, by: [A] }"))
        #expect(try run(listed, "B", by: "A").status("C") == .bound)
        #expect(try run(listed, "B", by: "D").status("C") == nil)
        let parties = try graph(baseWorld + pact(parties: "[B, C, D]", when: "{ attack-on: parties, by: parties }"))
        #expect(try run(parties, "B", by: "D").status("C") == .bound)
        #expect(try run(parties, "B", by: "A").status("C") == nil)
        let non = try graph(baseWorld + pact(parties: "[B, C, D]", when: "{ attack-on: parties, by: non-parties }"))
        #expect(try run(non, "B", by: "A").status("C") == .bound)
        #expect(try run(non, "B", by: "D").status("C") == nil)
    }

    @Test func nuclearOnlyByANuclearAttack() throws {
        let world = try graph(
            baseWorld + pact(when: "{ attack-on: parties, nuclear: true }", then: "{ duty: seek-un-action }"))
        #expect(try run(world, "B").status("C") == nil)
        var s = Scenario(attacks: [Attack(target: .state("B"), nuclear: true)])
        s.depth = 0
        #expect(try Analysis.run(s, on: world).status("C") == .bound)
    }

    @Test func anyAlternativeSuffices() throws {
        let world = try graph(
            baseWorld
                + pact(
                    when:
                        "[ { attack-on: parties, target: territory, in: [south] }, { attack-on: parties, target: "
                        + "forces } ]"
                ))
        #expect(try run(world, "forces:B@north").status("C") == .bound)
        #expect(try run(world, "B").status("C") == nil)
    }
}
