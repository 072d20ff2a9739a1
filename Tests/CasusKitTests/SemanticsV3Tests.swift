import CasusTestSupport
import Testing

@testable import CasusKit

/// analysis.md version 3, one rule per test, each on a world built for it
/// (the breach rule is `ObligationTests.aBreachReleasesNobodyNotEvenTheBreaker`).
@Suite struct HostEventTests {
    static let territorial = baseWorld + pact(parties: "[B, C, E]", when: "{ attack-on: parties, target: territory }")

    @Test func forcesAttackedAtHomeAreAnAttackOnHomeTerritory() throws {
        let o = try run(try graph(Self.territorial), "forces:B@B")
        #expect(o.status("C") == .bound)
        #expect(
            o.actor("C")?.chains.first?.steps.first.map {
                if case .attack(let a) = $0 { return a.summary }
                return ""
            } == "B territory")
    }

    @Test func forcesAttackedAbroadMakeTheHostAVictim() throws {
        let o = try run(try graph(Self.territorial), "forces:B@C")
        #expect(o.status("C") == .victim)
        #expect(o.status("E") == .bound)
    }

    @Test func vesselsInsideAStateAlsoGiveTheHostItsEvent() throws {
        #expect(try run(try graph(Self.territorial), "vessels:B@C").status("C") == .victim)
    }

    @Test func aPlaceInNoStateHasNoHost() throws {
        let o = try run(try graph(Self.territorial), "forces:B@north")
        #expect(o.actors.filter { $0.status == .victim }.map(\.id) == ["B"])
        #expect(o.status("C") == nil)
    }

    @Test func aThreatMakesNoHostEvent() throws {
        let loaded = try graph(
            baseWorld + pact(parties: "[B, C, E]", when: "{ attack-on: parties, target: territory, kinds: [threat] }"))
        let threat = Scenario(attacks: [
            Attack(target: try loaded.index.resolveTarget("forces:B@C").get(), kind: .threat)
        ])
        #expect(try Analysis.run(threat, on: loaded).status("E") == nil)
        let incursion = Scenario(attacks: [
            Attack(target: try loaded.index.resolveTarget("forces:B@C").get(), kind: .incursion)
        ])
        #expect(try Analysis.run(incursion, on: loaded).status("C") == .victim)
    }

    @Test func aHostOnTheAttackersSideLosesItsEventSilently() throws {
        let o = try run(try graph(Self.territorial), "forces:B@C") { $0.aligned = ["C"] }
        #expect(o.status("C") == .attacker)
        #expect(o.actors.filter { $0.status == .victim }.map(\.id) == ["B"])
    }
}

@Suite struct HomeWatersTests {
    static func world(overseas: String) -> String {
        baseWorld.replacingOccurrences(
            of: "  - { id: south, name: South }",
            with: "  - { id: south, name: South }\n  - { id: B-waters, name: Waters, within: [B, south]\(overseas) }")
            + pact(when: "{ attack-on: parties, in: [north] }")
    }

    @Test func homeWatersLieInTheStatesRegions() throws {
        let loaded = try graph(Self.world(overseas: ", overseas: false"))
        #expect(try run(loaded, "B-waters").status("C") == .bound)
        #expect(GraphWarnings.overseasDrops(loaded) == [])
    }

    @Test func withoutTheKeyTheOverseasRuleWarns() throws {
        let loaded = try graph(Self.world(overseas: ""))
        #expect(try run(loaded, "B-waters").status("C") == nil)
        #expect(GraphWarnings.overseasDrops(loaded).count == 1)
    }

    @Test func overseasTrueStatesTheRuleAndSilencesTheWarning() throws {
        let loaded = try graph(Self.world(overseas: ", overseas: true"))
        #expect(try run(loaded, "B-waters").status("C") == nil)
        #expect(GraphWarnings.overseasDrops(loaded) == [])
    }
}

@Suite struct DatedBearerTests {
    /// C joins the league in 2013, E leaves it in 2020; D is a guarantor, never a party.
    static let world =
        baseWorld + """
              - { id: LEAGUE, name: League, kind: organization, members: [B, { id: C, from: 2013-07-01 }, { id: E, \
            to: 2020-02-01 }] }
            instruments:
              - id: charter
                title: Charter
                form: treaty
                status: in-force
                force: binding
                parties: [LEAGUE]
                clauses:
                  - { id: a1, cite: Art. 1, when: { attack-on: parties }, then: { bearers: [C, D, E], duty: aid } }
                  - { id: a2, cite: Art. 2, when: { attack-on: parties }, then: { bearers: [{ id: D, to: 2023-04-04 \
            }], duty: consult } }

            """

    static func statuses(asOf day: String) throws -> [String] {
        let o = try run(try graph(Self.world), "B") { $0.asOf = Day(day) }
        return o.actors.map { "\($0.id) \($0.status.rawValue) \($0.chains.map { "\($0.final?.clause ?? "")" })" }
    }

    @Test func aListedBearerBearsOnlyWhileAParty() throws {
        #expect(
            try Self.statuses(asOf: "2012-01-01") == [
                "A attacker []", "B victim []", "D bound [\"a1\", \"a2\"]", "E bound [\"a1\"]",
            ])
        #expect(
            try Self.statuses(asOf: "2015-01-01") == [
                "A attacker []", "B victim []", "C bound [\"a1\"]", "D bound [\"a1\", \"a2\"]", "E bound [\"a1\"]",
            ])
    }

    @Test func asWrittenTheWorldIsToday() throws {
        let o = try run(try graph(Self.world), "B")
        #expect(o.actors.map(\.id) == ["A", "B", "C", "D"])
    }

    @Test func aDatedBearerBearsBetweenItsDates() throws {
        #expect(try Self.statuses(asOf: "2024-01-01").contains("D bound [\"a1\"]"))
    }

    /// A reading's `then` is cut to the day like the clause's own entries.
    @Test func aReadingsDatedBearerBearsBetweenItsDates() throws {
        // The reading rides in the clause's flow mapping, after its `then`.
        let then =
            "{ bearers: [C], duty: aid }, readings: [{ id: wide, claim: D too, then: { bearers: [C, { id: D, from: "
            + "2020-01-01 }] } }]"
        let loaded = try graph(baseWorld + pact(parties: "[B, C, D]", when: "{ attack-on: parties }", then: then))
        let before = try run(loaded, "B") { $0.asOf = Day("2019-06-01") }
        #expect(before.actors.map(\.id) == ["A", "B", "C"])
        let after = try run(loaded, "B") { $0.asOf = Day("2021-06-01") }
        #expect(
            after.actors.map { "\($0.id) \($0.status.rawValue)" } == [
                "A attacker", "B victim", "C bound", "D contested",
            ])
    }

    @Test func partiesExceptTakesOutTheNamed() throws {
        let loaded = try graph(
            baseWorld
                + pact(
                    parties: "[B, C, D, E]", when: "{ attack-on: parties }",
                    then: "{ bearers: { parties-except: [D] }, duty: aid }"))
        let o = try run(loaded, "B")
        #expect(o.actors.map(\.id) == ["A", "B", "C", "E"])
    }

    @Test func partiesExceptIsNeverCollective() {
        let e = errors(
            baseWorld
                + pact(
                    parties: "[B, C, D]", when: "{ attack-on: parties }",
                    then: "{ bearers: { parties-except: [D] }, duty: aid, collective: true }"))
        #expect(
            e == [
                "t.yaml:22:124: instruments[0].clauses[0].then.collective: a collective obligation needs 'bearers' as "
                    + "an explicit list, not 'parties-except'"
            ])
    }
}

@Suite struct PermissionTests {
    static let charter = """

          - id: unc
            title: Charter
            form: treaty
            status: in-force
            force: binding
            parties: [A, B, C, D, E]
            clauses:
              - id: art51
                cite: Art. 51
                when: { attack-on: any, target: territory, unprovoked: true }
                then: { bearers: any, duty: assist, modality: may, means: bearer-decides, subject-to: \
        [request-of-the-victim] }

        """
    static let world =
        baseWorld + pact(when: "{ attack-on: parties }", then: "{ bearers: [C], duty: consult }") + charter

    @Test func everyStateMayHelpTheVictimAndIsPermittedLast() throws {
        let o = try run(try graph(Self.world), "B")
        #expect(
            o.actors.map { "\($0.id) \($0.status.rawValue)" } == [
                "A attacker", "B victim", "C bound", "D permitted", "E permitted",
            ])
        #expect(o.unaffectedIDs == [])
        let step = try #require(o.actor("D")?.chains.first?.final)
        #expect(
            "\(step.instrument)/\(step.clause) \(step.modality.rawValue) \(step.means?.rawValue ?? "-") \(step.owedTo)"
                == "unc/art51 may bearer-decides B")
    }

    @Test func anObligationKeepsItsRowAndThePermissionFollowsIt() throws {
        let o = try run(try graph(Self.world), "B")
        #expect(
            o.actor("C")?.chains.map { "\($0.final?.instrument ?? "") \($0.final?.modality.rawValue ?? "")" } == [
                "p must", "unc may",
            ])
    }

    @Test func aPermissionNeverEngages() throws {
        let o = try run(try graph(Self.world), "B", depth: 2)
        let strikers = Set(
            o.actors.flatMap(\.chains).flatMap(\.steps).compactMap { s -> String? in
                if case .attack(let a) = s, a.hypothetical { return a.by }
                return nil
            })
        #expect(strikers.isSubset(of: ["A", "B"]))
    }

    @Test func aBearerOnTheAttackersSideGetsNothingAndNoBlock() throws {
        let o = try run(try graph(Self.world), "B") { $0.aligned = ["D"] }
        #expect(o.status("D") == .attacker)
        #expect(o.actor("D")?.chains == [])
        #expect(o.blocked == [])
    }

    @Test func aPermissionHonoursUnprovoked() throws {
        // A strike on A, the attacker, in self-defence is no attack art. 51 answers.
        let o = try run(try graph(Self.world), "B", depth: 1)
        let owedToAttacker = o.actors.flatMap(\.chains).compactMap(\.final).filter { $0.owedTo == "A" }
        #expect(owedToAttacker.isEmpty)
        #expect(!o.blocked.contains { $0.instrument == "unc" })
    }

    @Test func aPermissionIsNeverAMiss() throws {
        let loaded = try graph(Self.world)
        // A threat meets no clause here; art. 51 (armed attacks only) would be E's nearest miss.
        let s = Scenario(attacks: [Attack(target: try loaded.index.resolveTarget("B").get(), kind: .threat)])
        #expect(try Analysis.explain("E", in: s, on: loaded).misses.map(\.instrument) == [])
        #expect(try Analysis.explain("C", in: s, on: loaded).misses.map(\.instrument) == ["p"])
    }

    @Test func everyStateOnlyWithMay() {
        #expect(
            errors(baseWorld + pact(when: "{ attack-on: parties }", then: "{ bearers: any, duty: assist }"))
                == [
                    "t.yaml:22:76: instruments[0].clauses[0].then.bearers: 'bearers: any' goes with 'modality: may': "
                        + "every state may have a right to help, but no clause obliges every state"
                ])
    }

    @Test func aPermissionTakesNoEngagesDecisionOrDeciders() {
        #expect(
            errors(
                baseWorld
                    + pact(when: "{ attack-on: parties }", then: "{ duty: assist, modality: may, decision: consensus }")
            )
                == [
                    "t.yaml:22:106: instruments[0].clauses[0].then.decision: a permission ('modality: may') takes no "
                        + "'decision': a right to act never engages a side, and needs no one's decision but the "
                        + "bearer's"
                ])
    }

    @Test func aReadingCanMakeAnEntryAPermission() throws {
        // The clause's flow mapping carries the reading after its `then`.
        let loaded = try graph(
            baseWorld
                + pact(
                    when: "{ attack-on: parties }",
                    then: """
                        { duty: assist }, readings: [{ id: only-a-right, claim: "A right, not a duty", then: { \
                        modality: may, duty: aid } }]
                        """))
        let o = try run(loaded, "B") { $0.accept = ["only-a-right"] }
        #expect(o.actor("C")?.chains.map { $0.final?.modality.rawValue ?? "" } == ["must", "may"])
        let strict = try run(loaded, "B") { $0.strict = true }
        #expect(strict.actor("C")?.chains.map { $0.final?.modality.rawValue ?? "" } == ["must"])
    }
}
