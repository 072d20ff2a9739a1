import CasusTestSupport
import Testing

@testable import CasusKit

/// `kind: group` (version 3): a non-state armed group attacks and is attacked, is on a
/// side, and is a party or bearer only where an instrument lists it.
@Suite struct GroupTests {
    /// G is based in B's territory; the pact p is among B and C.
    let groupWorld = baseWorld + "  - { id: G, name: Gee group, kind: group, within: [B] }\n"

    func world(_ extra: String = "", pactWhen: String = "{ attack-on: parties }") throws -> Graph {
        try graph(groupWorld + pact(when: pactWhen) + extra)
    }

    func firstStep(_ o: Outcome, _ id: String) -> String? {
        o.actor(id)?.chains.first?.steps.first.map {
            if case .attack(let a) = $0 { return a.summary }
            return ""
        }
    }

    @Test func aGroupCanAttack() throws {
        let o = try run(world(), "B", by: "G")
        #expect(o.status("G") == .attacker)
        #expect(o.status("C") == .bound)
    }

    @Test func anAttackOnAGroupFallsOnItsForcesNotOnTheStateItIsBasedIn() throws {
        let o = try run(world(), "G")
        #expect(o.status("G") == .victim)
        #expect(o.status("B") == nil)
        #expect(o.status("C") == nil)
    }

    @Test func aClauseCanNameAGroupInAttackOn() throws {
        let patron = """

              - { id: q, title: Q, form: agreement, status: in-force, force: political, parties: [D],
                  clauses: [ { id: q1, cite: Q1, when: { attack-on: [G] }, then: { bearers: [D], duty: supply } } ] }
            """
        let o = try run(world(patron), "G")
        #expect(o.status("D") == .committed)
        #expect(firstStep(o, "D") == "G forces at B")
    }

    @Test func aClauseCanNameAGroupInBy() throws {
        let loaded = try world(pactWhen: "{ attack-on: parties, by: [G] }")
        #expect(try run(loaded, "B", by: "G").status("C") == .bound)
        #expect(try run(loaded, "B", by: "A").status("C") == nil)
    }

    @Test func aGroupIsNoUnaffectedState() throws {
        let o = try run(world(), "D")
        #expect(o.unaffectedIDs == ["B", "C", "E"])
    }

    @Test func aGroupIsAPartyOnlyWhereListed() throws {
        let listed = try graph(groupWorld + pact(parties: "[B, C, G]", when: "{ attack-on: parties }"))
        #expect(try run(listed, "B").status("G") == .bound)
        #expect(try run(world(), "B").status("G") == nil)
    }

    @Test func aGroupIsNoBearerOfARightOfEveryState() throws {
        let right = try world(pactWhen: "{ attack-on: parties }")
        let any = try graph(
            groupWorld
                + pact(when: "{ attack-on: parties }", then: "{ bearers: any, modality: may, duty: assist }"))
        #expect(try run(right, "B").status("C") == .bound)
        #expect(try run(any, "B").status("G") == nil)
        #expect(try run(any, "B").status("E") == .permitted)
    }

    @Test func anEngagedStateMayStrikeAGroupAttackerWhereItIsBased() throws {
        // B, at war with G, strikes G's forces at depth 1: that meets D's pledge to G.
        let patron = """

              - { id: q, title: Q, form: agreement, status: in-force, force: binding, parties: [D, G],
                  clauses: [ { id: q1, cite: Q1, when: { attack-on: [G] }, then: { bearers: [D], duty: defend } } ] }
            """
        let o = try run(world(patron), "B", by: "G", depth: 1)
        #expect(o.status("D") == .escalation)
        #expect(
            o.actor("D")?.chains.first?.steps.compactMap { step -> String? in
                if case .attack(let a) = step { return a.summary }
                return nil
            } == ["B territory", "if B strikes G forces at B"])
    }

    @Test func aRefrainTowardsAGroupIsBreachedByAnAttackOnIt() throws {
        let truce = """

              - { id: t, title: Truce, form: agreement, status: in-force, force: binding, parties: [A, G],
                  clauses: [ { id: t1, cite: T1, then: { duty: refrain, towards: [G] } } ] }
            """
        let o = try run(world(truce), "G")
        #expect(o.breached.map { "\($0.instrument)/\($0.clause) \($0.by)→\($0.towards)" } == ["t/t1 A→G"])
    }

    @Test func anOrganizationIsNoAttackerAndTheMessageNamesAGroup() throws {
        let loaded = try graph(groupWorld + "  - { id: O, name: Org, kind: organization, members: [B, C] }\n")
        let error = #expect(throws: UnknownName.self) { try run(loaded, "D", by: "O") }
        #expect(error?.description == "'O' is an organization; an attacker must be a state or a group")
    }

    @Test func aGroupHasNoVesselsOrShippingOfAState() throws {
        let loaded = try world()
        guard case .failure(let e) = loaded.index.resolveTarget("vessels:G@north") else {
            Issue.record("resolved")
            return
        }
        #expect(e.message == "'G' in 'vessels:G@north' is not a state")
        #expect(try loaded.index.resolveTarget("forces:G@north").get() == .forces(state: "G", at: "north"))
    }
}

/// What the loader refuses of a group, each with its line and column.
@Suite struct GroupLoadErrorTests {
    @Test func aGroupNeedsWithin() {
        let input = MarkedText(baseWorld + "  - 1️⃣{ id: G, name: Gee, kind: group }\n")
        #expect(
            errors(input.text) == [
                "t.yaml:\(input[1]): actors[5]: a group needs 'within': the places it is based in (an attack on "
                    + "it, with no place named, falls on its forces at the first)"
            ])
    }

    @Test func aGroupHasNoMembers() {
        let input = MarkedText(baseWorld + "  - { id: G, name: Gee, kind: group, within: [B], members: 1️⃣[A] }\n")
        #expect(
            errors(input.text) == [
                "t.yaml:\(input[1]): actors[5].members: a group has no members; 'members' is for organizations "
                    + "(kind: organization)"
            ])
    }

    @Test func aGroupIsNoMemberOfAnOrganization() {
        let input = MarkedText(
            baseWorld + """
                  - { id: G, name: Gee, kind: group, within: [B] }
                  - { id: O, name: Org, kind: organization, members: [B, 1️⃣G] }

                """)
        #expect(
            errors(input.text) == [
                "t.yaml:\(input[1]): actors[6].members[1]: 'G' is a group; expected a state or organization"
            ])
    }
}

@Suite struct GroupSummaryTests {
    @Test func validateCountsGroupsApartFromOrganizations() throws {
        let loaded = try graph(baseWorld + "  - { id: G, name: Gee, kind: group, within: [B] }\n")
        #expect(
            GraphSummary(loaded).line
                == "6 actors (5 states, 0 organizations, 1 group), 2 places, 0 instruments, 0 clauses, 0 readings, "
                + "0 deployments, 0 scenarios")
    }
}
