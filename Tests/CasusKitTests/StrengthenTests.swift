import CasusSample
import CasusTestSupport
import Foundation
import Testing

@testable import CasusKit

/// `casus strengthen`: one addition at a time, ranked by what it gives the victim,
/// each naming what it assumes.
@Suite struct StrengthenTests {
    /// A attacks B. A pact binds C and D to consult (a contested reading would make
    /// it assist); a proposal would bind C and E to assist within 24 hours; C's
    /// forces would be covered by a pact with D; a league of C, D and E defends
    /// its parties; a mission of C's is proposed in B.
    static let world =
        baseWorld + """
            deployments:
              - { id: dep, name: Mission, config: tripwire, host: B, at: B, contributors: [C], status: proposed }
            instruments:
              - id: pact
                title: Pact
                form: treaty
                status: in-force
                force: binding
                parties: [B, C, D]
                clauses:
                  - id: a1
                    cite: Art. 1
                    when: { attack-on: parties }
                    then: { duty: consult }
                    readings: [{ id: r-assist, claim: Consult means assist, then: { duty: assist } }]
              - { id: prop, title: Proposal, form: proposal, status: proposed, force: binding, parties: [B, C, E],
                  clauses: [ { id: p1, cite: P1, when: { attack-on: parties }, then: { duty: assist, within: 24 } } ] }
              - { id: forces, title: Forces pact, form: treaty, status: in-force, force: binding, parties: [C, D],
                  clauses: [ { id: f1, cite: F1, when: { attack-on: parties, target: forces },
                               then: { duty: assist } } ] }
              - { id: league, title: League, form: treaty, status: in-force, force: binding, parties: [C, D, E],
                  clauses: [ { id: l1, cite: L1, when: { attack-on: parties }, then: { duty: defend } } ] }

            """

    func sweep(_ yaml: String = world, target: String = "B", _ configure: (inout Scenario) -> Void = { _ in })
        throws -> [Strengthen.Addition]
    {
        let g = try graph(yaml)
        var s = Scenario(attacks: [Attack(target: try g.index.resolveTarget(target).get())], depth: 0)
        configure(&s)
        return try Strengthen.sweep(s, on: g).additions
    }

    @Test func additionsRankByDutiesThatCanEngageForceThenBoundThenFirmer() throws {
        let ranked = try sweep().filter(\.gains).map(\.candidate.label)
        // adopt and deploy tie on (2, 1, 1): the proposal's 24-hour window ranks it first.
        #expect(ranked == ["admit B to league", "adopt prop", "deploy dep", "accept r-assist"])
    }

    @Test func eachAdditionSaysWhatItGivesAndWhatItAssumes() throws {
        let additions = try sweep()
        let lines = additions.filter(\.gains).map { "\($0.candidate.label): \(StrengthenReport.summary($0))" }
        #expect(
            lines == [
                "admit B to league: 0 → 3 bound to a duty that can engage armed force; 1 newly bound to any duty; "
                    + "1 firmer",
                "adopt prop: 0 → 2 bound to a duty that can engage armed force; 1 newly bound to any duty; 1 firmer; "
                    + "fastest: within 24 h",
                "deploy dep: 0 → 2 bound to a duty that can engage armed force; 1 newly bound to any duty; 1 firmer",
                "accept r-assist: 0 → 2 bound to a duty that can engage armed force; 0 newly bound to any duty; "
                    + "0 firmer",
            ])
        #expect(
            additions.map(\.candidate.assumption).contains(
                "assumes the proposed force dep is in place and the attack strikes it"))
    }

    /// Issue 25, item 2: D is bound by an offense pledge to join A's war, so it stands on A's side; a proposal
    /// that would bind E to defend D when B strikes back gives the victim nothing, and is neither counted
    /// nor listed as a change (it was: E's duty is owed to D, which is no attacker by status).
    @Test func aDutyOwedToAStateOnTheAttackersSideIsNoStrengthening() throws {
        let yaml =
            baseWorld + """
                instruments:
                  - { id: steel, title: Steel, form: treaty, status: in-force, force: binding, parties: [A, D],
                      clauses: [ { id: o3, cite: Art. III, when: { attack-by: parties }, then: { duty: join-war } } ] }
                  - { id: prop, title: Proposal, form: proposal, status: proposed, force: binding, parties: [D, E],
                      clauses: [ { id: p1, cite: P1, when: { attack-on: parties }, then: { duty: defend } } ] }

                """
        let adopt = try #require(try sweep(yaml) { $0.depth = 1 }.first { $0.candidate.label == "adopt prop" })
        #expect(adopt.changes.isEmpty)
        #expect(!adopt.gains)
    }

    @Test func aBoundActorWhoseDutyBecomesOneThatCanEngageForceIsAChange() throws {
        let accept = try #require(try sweep().first { $0.candidate.label == "accept r-assist" })
        #expect(accept.boundToForce == ["C", "D"])
        #expect(
            accept.changes.map {
                "\($0.actor) \($0.previous?.duty.rawValue ?? "-") → \($0.chain?.duty.rawValue ?? "-")"
            }
                == ["C consult → assist", "D consult → assist"])
        #expect(accept.firmer.isEmpty)
    }

    @Test func onlyTheStateWhoseTerritoryIsStruckIsAdmittedAndOnlyAmongThreeOrMore() throws {
        let admissions = try sweep().filter { $0.candidate.kind == .admit }.map(\.candidate.label)
        // B is a party to pact and prop; forces has two parties: only the league is left.
        #expect(admissions == ["admit B to league"])
    }

    @Test func anInstrumentTheAttackerIsPartyToIsNotTriedAndSaysWhy() throws {
        let yaml = Self.world.replacingOccurrences(of: "parties: [C, D, E]", with: "parties: [A, C, D, E]")
        let g = try graph(yaml)
        let s = Scenario(attacks: [Attack(target: try g.index.resolveTarget("B").get())], depth: 0)
        let sweep = try Strengthen.sweep(s, on: g)
        #expect(sweep.additions.filter { $0.candidate.kind == .admit }.isEmpty)
        #expect(sweep.notTried == ["admit B to league: A, the attacker, is a party to it"])
    }

    @Test func aVetoOfTheScenarioIsLiftedOneHolderAtATime() throws {
        let yaml =
            baseWorld + """
                instruments:
                  - { id: council, title: Council, form: treaty, status: in-force, force: binding, parties: [B, C, D],
                      clauses: [ { id: c1, cite: C1, when: { attack-on: parties },
                                   then: { bearers: [C, D], duty: assist, decision: consensus, deciders: [C, D] } } ] }

                """
        let additions = try sweep(yaml) { $0.vetoes = ["D"] }
        let lifted = try #require(additions.first { $0.candidate.kind == .veto })
        #expect(lifted.candidate.label == "lift the veto of D")
        #expect(lifted.candidate.assumption == "assumes D does not veto")
        #expect(lifted.boundToForce == ["C", "D"])
    }

    @Test func aPairThatGivesMoreTogetherThanApartIsFound() throws {
        // The mission alone puts C's forces under fire, which only the reading covers.
        let yaml =
            baseWorld + """
                deployments:
                  - { id: dep, name: Mission, config: tripwire, host: B, at: B, contributors: [C], status: proposed }
                instruments:
                  - { id: pact, title: Pact, form: treaty, status: in-force, force: binding, parties: [B, C, D],
                      clauses: [ { id: a1, cite: A1, when: { attack-on: parties, target: territory },
                                   then: { duty: consult } } ] }
                  - id: forces
                    title: Forces pact
                    form: treaty
                    status: in-force
                    force: binding
                    parties: [C, D]
                    clauses:
                      - id: f1
                        cite: F1
                        when: []
                        then: { duty: assist }
                        readings: [{ id: r-forces, claim: Forces too, when: { attack-on: parties, target: forces } }]

                """
        let g = try graph(yaml)
        let s = Scenario(attacks: [Attack(target: try g.index.resolveTarget("B").get())], depth: 0)
        let sweep = try Strengthen.sweep(s, on: g, kinds: [.accept, .deploy])
        #expect(sweep.additions.filter(\.gains).isEmpty)
        let pairs = try Strengthen.synergies(3, of: sweep.additions, s, on: g, base: sweep.base)
        #expect(
            pairs.map { "\($0.first.candidate.label) + \($0.second.candidate.label)" } == [
                "accept r-forces + deploy dep"
            ])
        #expect(pairs.first?.together.boundToForce == ["D"])
    }

    @Test func theSweepIsTheSameOnEveryRun() throws {
        let g = try graph(Self.world)
        let s = Scenario(attacks: [Attack(target: try g.index.resolveTarget("B").get())], depth: 0)
        let a = try Strengthen.sweep(s, on: g).additions
        let b = try Strengthen.sweep(s, on: g).additions
        #expect(a == b)
    }

    /// The skip of additions no changed clause can apply to never changes an answer:
    /// on every scenario of the sample world, the sweep equals the exhaustive one.
    @Test func skippingWhatCannotChangeGivesTheExhaustiveAnswer() throws {
        let world = try GraphLoader.load(files: SampleWorld.files.map { .init(name: $0.name, text: $0.text) })
        for scenario in world.scenarios {
            let fast = try Strengthen.sweep(scenario, on: world)
            let full = try Strengthen.sweep(scenario, on: world, exhaustive: true)
            #expect(fast.additions == full.additions, "\(scenario.id ?? "")")
        }
    }
}
