import CasusTestSupport
import Testing

@testable import CasusKit

/// Escalation, chains, ranking, statuses, the duty filter and K chains.
@Suite struct EscalationTests {
    /// B and C defend each other; C and D have a consultation pact; D and E an aid pact.
    let world =
        baseWorld + """

            instruments:
              - id: bc
                title: B-C defence
                form: treaty
                status: in-force
                force: binding
                parties: [B, C]
                clauses:
                  - { id: d, cite: Art. 1, when: { attack-on: parties, target: territory }, then: { duty: defend, \
            within: 6 } }
              - id: cd
                title: C-D alliance
                form: treaty
                status: in-force
                force: binding
                parties: [C, D]
                clauses:
                  - { id: a, cite: Art. 1, when: { attack-on: parties, target: territory }, then: { duty: assist, \
            within: [12, 24], subject-to: [parliament] } }
              - id: de
                title: D-E aid
                form: agreement
                status: in-force
                force: political
                parties: [D, E]
                clauses:
                  - { id: x, cite: Art. 1, when: { attack-on: parties, target: territory }, then: { duty: aid } }
            """

    @Test func depthZeroSeesOnlyDirectObligations() throws {
        let o = try run(try graph(world), "B", depth: 0)
        #expect(o.listed == ["A", "B", "C"])
        #expect(o.status("C") == .bound)
        #expect(o.unaffected == 2)
    }

    @Test func engagedBearersAreStruckAtTheNextDepth() throws {
        let o = try run(try graph(world), "B", depth: 1)
        // C engaged (defend) at depth 0; at depth 1 A strikes C, which meets C-D for D.
        #expect(o.status("D") == .escalation)
        let chain = try #require(o.actor("D")?.chains.first)
        #expect(chain.depth == 1)
        #expect(chain.steps.count == 4)
        guard case .attack(let strike) = chain.steps[2] else {
            Issue.record("no strike")
            return
        }
        #expect(strike.hypothetical && strike.victim == "C" && strike.by == "A" && strike.place == "C")
        // D's own window is C-D's [12, 24]; along the chain B-C's 6 hours come first.
        #expect(chain.hours == 12)
        #expect(chain.hoursMax == 24)
        #expect(chain.chainHours == 18)
        #expect(chain.chainHoursMax == 30)
        #expect(chain.subjectTo == ["parliament"])
        #expect(o.status("E") == nil) // two steps away
    }

    @Test func eachDepthGoesOneRoundFurther() throws {
        let o = try run(try graph(world), "B", depth: 2)
        #expect(o.status("E") == .escalation)
        #expect(o.actor("E")?.chains.first?.depth == 2)
        // Non-engaging duties (aid) do not drag their bearers in: nothing at depth 3 for anyone new.
        let deeper = try run(try graph(world), "B", depth: 5)
        #expect(deeper.listed == o.listed)
    }

    @Test func victimStrikesBackAtTheAttackerAsAProvokedEvent() throws {
        // A's ally F defends A only when unprovoked; the strike by B on A is provoked.
        let loaded = try graph(
            world.replacingOccurrences(
                of: "  - { id: E, name: Eee, kind: state, within: [south] }",
                with:
                    "  - { id: E, name: Eee, kind: state, within: [south] }\n  - { id: F, name: Eff, kind: state, "
                    + "within: [south] }"
            )
                + """

                  - id: af
                    title: A-F pact
                    form: treaty
                    status: in-force
                    force: binding
                    parties: [A, F]
                    clauses:
                      - { id: p, cite: Art. 1, when: { attack-on: parties, unprovoked: true }, then: { duty: defend } }
                """)
        let o = try run(loaded, "B", depth: 1)
        #expect(o.status("F") == .blocked)
        #expect(o.blocked.first?.reason == .provoked)
    }
}

@Suite struct RankingAndStatusTests {
    let world =
        baseWorld + """

            instruments:
              - { id: zz-binding, title: Z, form: treaty, status: in-force, force: binding, parties: [B, C],
                  clauses: [ { id: a, cite: A, when: { attack-on: parties }, then: { duty: consult } } ] }
              - { id: aa-political, title: P, form: declaration, status: in-force, force: political, parties: [B, C],
                  clauses: [ { id: a, cite: A, when: { attack-on: parties }, then: { duty: consult, within: 1 } } ] }
              - { id: mm-fast, title: F, form: declaration, status: in-force, force: political, parties: [B, C],
                  clauses: [ { id: a, cite: A, when: { attack-on: parties }, then: { duty: supply } } ] }
              - { id: prop, title: Q, form: proposal, status: proposed, force: binding, parties: [B, C],
                  clauses: [ { id: a, cite: A, when: { attack-on: parties }, then: { duty: defend } } ] }
            """

    @Test func bindingBeforePoliticalThenStrongerDutyBeforeHours() throws {
        let o = try run(try graph(world), "B") { $0.depth = 0 }
        let order = o.actor("C")?.chains.map { c -> String in
            guard case .clause(let s)? = c.steps.last else { return "" }
            return s.instrument
        }
        // Binding first; among political, supply (stronger) before a consultation
        // within 1 hour; the proposal (defend) last, whatever its duty.
        #expect(order == ["zz-binding", "mm-fast", "aa-political"])
        #expect(o.status("C") == .bound)
    }

    @Test func amongEqualDutiesAStatedWindowRanksFirst() throws {
        let loaded = try graph(
            baseWorld + """

                instruments:
                  - { id: aa-slow, title: S, form: declaration, status: in-force, force: political, parties: [B, C],
                      clauses: [ { id: a, cite: A, when: { attack-on: parties }, then: { duty: consult } } ] }
                  - { id: zz-fast, title: F, form: declaration, status: in-force, force: political, parties: [B, C],
                      clauses: [ { id: a, cite: A, when: { attack-on: parties }, then: { duty: consult, within: 1 } \
                } ] }
                """)
        let o = try run(loaded, "B") { $0.depth = 0 }
        #expect(o.actor("C")?.chains.map { $0.hours } == [1, nil])
    }

    @Test func kChainsPerActor() throws {
        let loaded = try graph(world)
        var s = Scenario(attacks: [Attack(target: .state("B"))], depth: 0)
        #expect(try Analysis.run(s, on: loaded, chainsPerActor: 1).actor("C")?.chains.count == 1)
        #expect(try Analysis.run(s, on: loaded, chainsPerActor: 10).actor("C")?.chains.count == 4)
        s.duties = [.defend]
        let defend = try Analysis.run(s, on: loaded)
        #expect(defend.status("C") == .proposed)
        #expect(defend.actor("C")?.chains.count == 1)
    }

    @Test func dutyFilterAppliesToChainsAndBlockedEntries() throws {
        let loaded = try graph(
            baseWorld
                + pact(
                    parties: "[A, B, C, D]", when: "{ attack-on: [B] }",
                    then: "[ { bearers: [C], duty: consult }, { bearers: [A, D], duty: assist, decision: unanimity } ]")
        )
        let all = try run(loaded, "B")
        #expect(all.status("C") == .bound && all.status("D") == .blocked)
        let assist = try run(loaded, "B") { $0.duties = [.assist] }
        #expect(assist.status("C") == nil)
        #expect(assist.status("D") == .blocked)
        let consult = try run(loaded, "B") { $0.duties = [.consult] }
        #expect(consult.status("D") == nil && consult.blocked.isEmpty)
    }

    @Test func statusOrderOfTheActorList() throws {
        let o = try run(try graph(world), "B") { $0.depth = 0 }
        #expect(o.actors.map(\.status) == [.attacker, .victim, .bound])
        #expect(
            Status.allCases.map(\.rawValue) == [
                "attacker", "victim", "joined", "bound", "committed", "escalation", "contested", "proposed",
                "blocked", "permitted",
            ])
    }
}

@Suite struct EngagesAndMatrixTests {
    @Test func engagesOverridesTheDutysDefault() throws {
        // C's assistance is written as not engaging: nobody strikes C, so D (allied to C) stays out.
        let world =
            baseWorld + """

                instruments:
                  - { id: bc, title: BC, form: treaty, status: in-force, force: binding, parties: [B, C],
                      clauses: [ { id: a, cite: A, when: { attack-on: parties, target: territory }, then: { duty: \
                assist, engages: false } } ] }
                  - { id: cd, title: CD, form: treaty, status: in-force, force: binding, parties: [C, D],
                      clauses: [ { id: a, cite: A, when: { attack-on: parties, target: territory }, then: { duty: \
                consult } } ] }
                """
        #expect(try run(try graph(world), "B", depth: 1).status("D") == nil)
        let engaging = try graph(world.replacingOccurrences(of: "duty: assist, engages: false", with: "duty: assist"))
        #expect(try run(engaging, "B", depth: 1).status("D") == .escalation)
    }

    @Test func csvQuotesLikeRFC4180() throws {
        let loaded = try graph(
            baseWorld.replacingOccurrences(of: "name: Cee", with: "name: \"Cee, \\\"the\\\" state\"")
                + pact(when: "{ attack-on: parties }"))
        let o = try run(loaded, "B")
        let csv = ComparisonMatrix(outcomes: [("s", o)]).csv()
        #expect(
            csv
                == "actor,name,s\r\nA,Aggressor,attacker\r\nB,Bee,victim\r\nC,\"Cee, \"\"the\"\" "
                + "state\",bound/assist\r\n"
        )
    }
}
