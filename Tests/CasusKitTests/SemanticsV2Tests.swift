import CasusTestSupport
import Testing

@testable import CasusKit

/// One test per rule that version 2 of analysis.md added or changed, each on a
/// small world built for it (A attacks; B, C, D, E stand by).
@Suite struct SemanticsV2Tests {
    /// The duties of `actor`'s chains, best first, as `duty@instrument/clause`.
    func duties(_ o: Outcome, _ actor: String) -> [String] {
        o.actor(actor)?.chains.map { c -> String in
            guard case .clause(let s)? = c.steps.last else { return "?" }
            return "\(c.duty.rawValue)@\(s.instrument)/\(s.clause)"
        } ?? []
    }

    // MARK: Every duty counts

    @Test func everyThenEntryYieldsItsOwnObligation() throws {
        let loaded = try graph(
            baseWorld
                + pact(
                    when: "{ attack-on: parties }",
                    then: "[ { duty: consult }, { duty: supply }, { duty: sanction } ]"))
        #expect(duties(try run(loaded, "B"), "C") == ["supply@p/a1", "sanction@p/a1", "consult@p/a1"])
    }

    @Test func theDutyFilterFindsASecondDutyOfOneClause() throws {
        let loaded = try graph(
            baseWorld + pact(when: "{ attack-on: parties }", then: "[ { duty: consult }, { duty: supply } ]"))
        let o = try run(loaded, "B") { $0.duties = [.supply] }
        #expect(o.status("C") == .bound)
        #expect(duties(o, "C") == ["supply@p/a1"])
    }

    // MARK: Ranking

    @Test func amongEquallyCertainChainsTheStrongerDutyHeadsTheRow() throws {
        // `aa` sorts first by id, so only duty strength can put `zz` ahead.
        let loaded = try graph(
            baseWorld + """

                instruments:
                  - { id: aa, title: Consultation, form: treaty, status: in-force, force: binding, parties: [B, C],
                      clauses: [ { id: art4, cite: Art. 4, when: { attack-on: parties }, then: { duty: consult } } ] }
                  - { id: zz, title: Defence, form: treaty, status: in-force, force: binding, parties: [B, C],
                      clauses: [ { id: art5, cite: Art. 5, when: { attack-on: parties }, then: { duty: assist } } ] }
                """)
        #expect(duties(try run(loaded, "B"), "C") == ["assist@zz/art5", "consult@aa/art4"])
    }

    @Test(arguments: [
        ("neutral", "consult"), ("seek-un-action", "neutral"), ("sanction", "seek-un-action"),
        ("supply", "sanction"), ("aid", "supply"), ("assist", "aid"), ("defend", "assist"),
    ])
    func dutyStrengthOrder(stronger: String, weaker: String) throws {
        let loaded = try graph(
            baseWorld + pact(when: "{ attack-on: parties }", then: "[ { duty: \(weaker) }, { duty: \(stronger) } ]"))
        #expect(try run(loaded, "B").actor("C")?.chains.map(\.duty.rawValue) == [stronger, weaker])
    }

    @Test func legalFootingRanksBeforeEscalationDepth() throws {
        // C: a contested chain at depth 0 and a plain one at depth 1. Footing first: the plain one heads.
        let loaded = try graph(
            baseWorld + """

                instruments:
                  - id: bd
                    title: B-D defence
                    form: treaty
                    status: in-force
                    force: binding
                    parties: [B, D]
                    clauses: [ { id: d, cite: D, when: { attack-on: parties }, then: { duty: defend } } ]
                  - id: cd
                    title: C-D alliance
                    form: treaty
                    status: in-force
                    force: binding
                    parties: [C, D]
                    clauses:
                      - id: a
                        cite: A
                        when: { attack-on: parties, target: forces }
                        then: { bearers: [C], duty: assist }
                        readings: [ { id: wide, claim: Any attack, when: { attack-on: [B] } } ]
                      - { id: b, cite: B, when: { attack-on: [D], target: territory }, then: { bearers: [C], duty: \
                assist } }
                """)
        let o = try run(loaded, "B", depth: 1)
        let best = try #require(o.actor("C")?.chains.first)
        #expect(best.depth == 1)
        #expect(best.readings == [])
        #expect(o.status("C") == .escalation)
    }

    @Test func theWeakestAssumptionOfTheBestChainGivesTheStatus() throws {
        // C's only chain runs through an unadopted proposal at depth 1: proposed, not escalation.
        let loaded = try graph(
            baseWorld + """

                instruments:
                  - { id: bd, title: B-D, form: treaty, status: in-force, force: binding, parties: [B, D],
                      clauses: [ { id: d, cite: D, when: { attack-on: parties }, then: { duty: defend } } ] }
                  - { id: draft, title: Draft, form: proposal, status: proposed, force: binding, parties: [C, D],
                      clauses: [ { id: g, cite: G, when: { attack-on: [D] }, then: { bearers: [C], duty: assist } } ] }
                """)
        let o = try run(loaded, "B", depth: 1)
        #expect(o.actor("C")?.chains.first?.depth == 1)
        #expect(o.status("C") == .proposed)
    }

    // MARK: Hours

    @Test func hoursAreTheFinalObligationsOwnWindow() throws {
        let loaded = try graph(
            baseWorld + """

                instruments:
                  - { id: bd, title: B-D, form: treaty, status: in-force, force: binding, parties: [B, D],
                      clauses: [ { id: d, cite: D, when: { attack-on: parties }, then: { duty: defend, within: 48 } \
                } ] }
                  - { id: cd, title: C-D, form: treaty, status: in-force, force: binding, parties: [C, D],
                      clauses: [ { id: a, cite: A, when: { attack-on: [D], target: territory }, then: { bearers: \
                [C], duty: consult } } ] }
                """)
        let chain = try #require(try run(loaded, "B", depth: 1).actor("C")?.chains.first)
        #expect(chain.hours == nil)
        #expect(chain.chainHours == 48)
    }

    @Test func immediatelyIsZeroHours() throws {
        let loaded = try graph(
            baseWorld + pact(when: "{ attack-on: parties }", then: "{ duty: defend, within: immediately }"))
        let chain = try #require(try run(loaded, "B").actor("C")?.chains.first)
        #expect(chain.hours == 0)
        #expect(chain.hoursMax == 0)
        #expect(chain.chainHours == 0)
    }

    // MARK: Breach and refrain

    @Test func anAttackByABearerOfARefrainIsReportedAsBreached() throws {
        let loaded = try graph(
            baseWorld + pact(parties: "[A, B, C]", when: "{ attack-on: parties }") + """

                      - { id: r, cite: R, then: { duty: refrain } }
                """)
        let o = try run(loaded, "B")
        #expect(o.breached.map { "\($0.instrument)/\($0.clause) \($0.by)→\($0.towards)" } == ["p/r A→B"])
        #expect(o.status("C") == .bound)
    }

    @Test(arguments: ["lapsed", "proposed"])
    func aLapsedOrUnadoptedRefrainIsNotBreached(status: String) throws {
        let loaded = try graph(
            baseWorld + pact(parties: "[A, B, C]", when: "{ attack-on: parties }", status: status) + """

                      - { id: r, cite: R, then: { duty: refrain } }
                """)
        #expect(try run(loaded, "B").breached.isEmpty)
    }

    @Test func aViolatedRefrainStillCountsAsBreached() throws {
        let loaded = try graph(
            baseWorld
                + pact(
                    parties: "[A, B, C]", when: "{ attack-on: parties }", status: "violated",
                    extra: "violated-by: [A]") + """

                          - { id: r, cite: R, then: { bearers: [A], duty: refrain, towards: [B] } }
                    """)
        #expect(try run(loaded, "B").breached.map(\.towards) == ["B"])
        #expect(try run(loaded, "C").breached.isEmpty)
    }

    // MARK: Vetoes and collective bearers

    @Test func aNamedVetoBlocksAConsensusDecisionItTakesPartIn() throws {
        let loaded = try graph(
            baseWorld
                + pact(
                    parties: "[B, C, D]", when: "{ attack-on: parties }",
                    then: "{ duty: assist, decision: consensus }"))
        let o = try run(loaded, "B") { $0.vetoes = ["D"] }
        #expect(o.status("C") == .blocked)
        #expect(o.blocked.map { "\($0.reason.rawValue) \($0.bearers) \($0.by)" } == ["veto [\"C\", \"D\"] [\"D\"]"])
    }

    @Test func aVetoOutsideTheDecidersBlocksNothing() throws {
        let loaded = try graph(
            baseWorld
                + pact(
                    parties: "[B, C, D]", when: "{ attack-on: parties }",
                    then: "{ duty: assist, decision: consensus }"))
        let o = try run(loaded, "B") { $0.vetoes = ["E"] }
        #expect(o.status("C") == .bound)
        #expect(o.blocked.isEmpty)
    }

    @Test func individualDecisionsHaveNoVeto() throws {
        let loaded = try graph(baseWorld + pact(parties: "[B, C, D]", when: "{ attack-on: parties }"))
        #expect(try run(loaded, "B") { $0.vetoes = ["D"] }.status("C") == .bound)
    }

    static let league =
        baseWorld + """
              - { id: L, name: League, kind: organization, members: [C, D] }
            instruments:
              - { id: lt, title: League treaty, form: treaty, status: in-force, force: binding, parties: [L, B],
                  clauses: [ { id: a, cite: A, when: { attack-on: [B] },
                               then: { bearers: [L], collective: true, duty: defend, decision: consensus } } ] }
            """

    @Test func aCollectiveBearerIsOneActorWithItsOwnRow() throws {
        let o = try run(try graph(Self.league), "B")
        #expect(o.status("L") == .bound)
        #expect(o.status("C") == nil)
        #expect(o.status("D") == nil)
        #expect(o.unaffected == 3)
    }

    @Test func aCollectiveBearersDecidersAreItsMembers() throws {
        let o = try run(try graph(Self.league), "B") { $0.vetoes = ["D"] }
        #expect(o.status("L") == .blocked)
        #expect(o.blocked.map { "\($0.reason.rawValue) \($0.bearers) \($0.by)" } == ["veto [\"L\"] [\"D\"]"])
    }

    @Test func aCollectiveObligationNeverEngages() throws {
        // Were the League engaged, A would strike it at depth 1; an organization has no territory to strike.
        let o = try run(try graph(Self.league), "B", depth: 1)
        #expect(o.actor("L")?.chains.map(\.depth) == [0])
    }

    // MARK: Events below an armed attack, targets, places

    @Test func aClauseAnswersArmedAttacksOnlyUnlessItListsKinds() throws {
        let loaded = try graph(
            baseWorld + """

                instruments:
                  - { id: p, title: P, form: treaty, status: in-force, force: binding, parties: [B, C],
                      clauses: [ { id: art4, cite: Art. 4, when: { attack-on: parties, kinds: [armed-attack, \
                incursion] }, then: { duty: consult } },
                                 { id: art5, cite: Art. 5, when: { attack-on: parties }, then: { duty: assist } } ] }
                """)
        let o = try run(loaded, "B") { $0.attacks = [Attack(target: .state("B"), kind: .incursion)] }
        #expect(duties(o, "C") == ["consult@p/art4"])
    }

    @Test func anIncursionsVictimIsNotEngaged() throws {
        let loaded = try graph(
            baseWorld + pact(when: "{ attack-on: parties, kinds: [incursion] }", then: "{ duty: consult }")
                + "\n      - { id: a2, cite: A2, when: { attack-on: parties }, then: { duty: defend } }")
        // At depth 1 A would strike B if B were engaged; B is a victim of an incursion only.
        let o = try run(loaded, "B", depth: 1) { $0.attacks = [Attack(target: .state("B"), kind: .incursion)] }
        #expect(o.actor("C")?.chains.map(\.depth) == [0])
    }

    @Test func vesselsAreATargetOfTheirOwn() throws {
        let loaded = try graph(baseWorld + pact(when: "{ attack-on: parties, target: [forces, vessels] }"))
        #expect(try run(loaded, "vessels:B@south").status("C") == .bound)
        #expect(try run(loaded, "B").status("C") == nil)
        let forcesOnly = try graph(baseWorld + pact(when: "{ attack-on: parties, target: forces }"))
        #expect(try run(forcesOnly, "vessels:B@south").status("C") == nil)
    }

    @Test func attackOnAnyMeetsAnyVictim() throws {
        let loaded = try graph(baseWorld + pact(when: "{ attack-on: any }"))
        #expect(try run(loaded, "D").status("C") == .bound)
        #expect(try run(loaded, "D").status("B") == .bound)
    }

    @Test func exceptExcludesAPlaceAndWhatLiesInIt() throws {
        let world = baseWorld.replacingOccurrences(
            of: "  - { id: south, name: South }",
            with:
                "  - { id: south, name: South }\n  - { id: B-occ, name: Occupied, within: [B] }\n  - { id: B-occ-x, "
                + "name: Inner, within: [B-occ] }"
        )
        let loaded = try graph(world + pact(when: "{ attack-on: parties, except: [B-occ] }"))
        #expect(try run(loaded, "B").status("C") == .bound)
        #expect(try run(loaded, "B-occ").status("C") == nil)
        #expect(try run(loaded, "B-occ-x").status("C") == nil)
    }

    @Test func aDeploymentAtSeaHasNoHostEvent() throws {
        let loaded = try graph(
            baseWorld.replacingOccurrences(
                of: "  - { id: south, name: South }",
                with: "  - { id: south, name: South }\n  - { id: sea, name: Sea }") + """
                    deployments:
                      - { id: patrol, name: Patrol, config: monitoring, at: sea, contributors: [B], status: deployed }
                    """ + pact(when: "{ attack-on: parties }"))
        let o = try run(loaded, "patrol")
        #expect(o.actors.filter { $0.status == .victim }.map(\.id) == ["B"])
        #expect(o.status("C") == .bound)
    }

    // MARK: Proposals and readings in blocked entries

    @Test func aVetoOnAnUnadoptedProposalMakesNobodyBlocked() throws {
        let loaded = try graph(
            baseWorld
                + pact(
                    parties: "[A, B, C]", when: "{ attack-on: parties }",
                    then: "{ duty: assist, decision: unanimity }", status: "proposed"))
        let o = try run(loaded, "B")
        #expect(o.status("C") == nil)
        #expect(o.blocked.map { "\($0.reason.rawValue) \($0.proposal)" } == ["bearer-is-adversary true", "veto true"])
    }

    @Test func aReadingThatLiftsUnprovokedYieldsItsChainWhileThePlainClauseIsBlocked() throws {
        let loaded = try graph(
            baseWorld + """

                instruments:
                  - { id: ab, title: A-B, form: treaty, status: in-force, force: binding, parties: [A, D],
                      clauses: [ { id: d, cite: D, when: { attack-on: parties }, then: { duty: defend } } ] }
                  - id: cb
                    title: C-B pact
                    form: treaty
                    status: in-force
                    force: binding
                    parties: [C, B]
                    clauses:
                      - id: p1
                        cite: Art. 1
                        when: { attack-on: parties, unprovoked: true }
                        then: { duty: defend }
                        readings: [ { id: counts, claim: Provoked or not, when: { attack-on: parties } } ]
                """)
        // B attacks D; D's ally A strikes B at depth 1, and B started it: provoked.
        let o = try run(loaded, "D", by: "B", depth: 1)
        #expect(o.status("C") == .contested)
        #expect(o.blocked.map { "\($0.instrument) \($0.reason.rawValue) \($0.reading ?? "-")" } == ["cb provoked -"])
    }

    @Test func aBlockUnderAContestedReadingMakesNobodyBlocked() throws {
        let loaded = try graph(
            baseWorld + """

                instruments:
                  - id: p
                    title: P
                    form: treaty
                    status: in-force
                    force: binding
                    parties: [A, B, C]
                    clauses:
                      - id: a1
                        cite: A1
                        when: { attack-on: parties, target: forces }
                        then: { bearers: [C], duty: assist, decision: unanimity, deciders: parties }
                        readings: [ { id: wide, claim: Territory too, when: { attack-on: parties } } ]
                """)
        let o = try run(loaded, "B")
        #expect(o.blocked.map { "\($0.reason.rawValue) \($0.reading ?? "-")" } == ["veto wide"])
        #expect(o.status("C") == nil)
    }
}
