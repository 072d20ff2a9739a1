import CasusTestSupport
import Testing

@testable import CasusKit

/// Readings shared across clauses and readings that combine (version 3, issue 29 item 4).
@Suite struct SharedReadingsTests {
    /// `ships` is the world's, named by p/a1 and q/q1; `assist` is p's own, named by a1 only.
    /// Each clause covers only public vessels plainly; `ships` adds merchant shipping.
    func world(assist: String = "{ duty: assist }", secondWhen: Bool = false) -> String {
        let second =
            secondWhen
            ? "{ id: forces, claim: Forces, when: { attack-on: parties, target: forces } }"
            : "{ id: forces, claim: Forces, then: { within: 24 } }"
        return baseWorld + """
            readings:
              - { id: ships, claim: Ships, when: { attack-on: parties, target: shipping } }
            instruments:
              - id: p
                title: P
                form: treaty
                status: in-force
                force: binding
                parties: [B, C]
                readings:
                  - { id: assist, claim: Assist, then: \(assist) }
                  - \(second)
                clauses:
                  - { id: a1, cite: A1, when: { attack-on: parties, target: vessels }, then: { duty: consult },
                      readings: [ships, assist, forces] }
              - id: q
                title: Q
                form: treaty
                status: in-force
                force: binding
                parties: [B, D]
                clauses:
                  - { id: q1, cite: Q1, when: { attack-on: parties, target: vessels }, then: { duty: consult },
                      readings: [ships] }

            """
    }

    func outcome(_ yaml: String, accept: [String] = [], reject: [String] = []) throws -> Outcome {
        try run(try graph(yaml), "shipping:B@north") {
            $0.accept = accept
            $0.reject = reject
        }
    }

    /// Each chain as `duty, last step's reading, chain's contested readings`.
    func chains(_ o: Outcome, _ id: String) -> [String] {
        (o.actor(id)?.chains ?? []).map { "\($0.duty.rawValue) \($0.final?.reading ?? "-") \($0.readings)" }
    }

    @Test func aSharedReadingIsContestedInEveryClauseThatNamesIt() throws {
        let o = try outcome(world())
        #expect(o.status("C") == .contested)
        #expect(o.status("D") == .contested)
        #expect(chains(o, "D") == ["consult ships [\"ships\"]"])
    }

    @Test func acceptedOnceItSettlesEveryClause() throws {
        let o = try outcome(world(), accept: ["ships"])
        #expect(o.status("C") == .bound)
        #expect(o.status("D") == .bound)
    }

    @Test func rejectedOnceNoClauseCarriesIt() throws {
        let o = try outcome(world(), reject: ["ships"])
        #expect(o.status("C") == nil)
        #expect(o.status("D") == nil)
    }

    @Test func readingsThatCombineGiveBothChanges() throws {
        let o = try outcome(world(), accept: ["ships", "assist"])
        #expect(o.status("C") == .bound)
        #expect(chains(o, "C").first == "assist assist+ships []")
    }

    @Test func aCombinationListsEachContestedMember() throws {
        let o = try outcome(world(), accept: ["ships"])
        #expect(chains(o, "C").contains("assist assist+ships [\"assist\"]"))
        let step = try #require(o.actor("C")?.chains.first { $0.duty == .assist }?.final)
        #expect(step.readings == ["assist", "ships"])
    }

    @Test func threeReadingsCombineWhenTheyChangeDifferentTerms() throws {
        let o = try outcome(world(), accept: ["ships", "assist", "forces"])
        let best = try #require(o.actor("C")?.chains.first)
        #expect(best.final?.reading == "assist+forces+ships")
        #expect(best.hours == 24)
    }

    @Test func readingsThatChangeTheSameTermDoNotCombine() throws {
        // Both `assist` and `forces` would set the window: alternatives, not additions.
        let o = try outcome(world(assist: "{ duty: assist, within: 48 }"), accept: ["ships", "assist", "forces"])
        let readings = Set((o.actor("C")?.chains ?? []).compactMap(\.final?.reading))
        #expect(!readings.contains { $0.contains("assist") && $0.contains("forces") })
        #expect(readings.contains("assist+ships"))
    }

    @Test func twoReadingsThatEachReplaceTheTriggerDoNotCombine() throws {
        let triggers = TriggerIndex.readingSets(
            try graph(world(secondWhen: true)).instruments[0].clauses[0].readings)
        // ships (0) and forces (2) both have a `when`: no set holds both.
        #expect(triggers == [[0], [1], [2], [0, 1], [1, 2]])
    }

    @Test func aCombinationIsNotAReadingToAccept() throws {
        let loaded = try graph(world())
        let error = #expect(throws: UnknownName.self) {
            try run(loaded, "shipping:B@north") { $0.accept = ["assist+ships"] }
        }
        #expect(error?.message == "unknown reading 'assist+ships' in accept; see casus list readings")
    }

    @Test func theSharedReadingIsCountedOnceInTheWorld() throws {
        let loaded = try graph(world())
        #expect(loaded.distinctReadings.map(\.reading.id) == ["ships", "assist", "forces"])
        #expect(loaded.readings.count == 4)
    }
}

/// The load errors of shared readings: one rule each.
@Suite struct SharedReadingsLoadErrorTests {
    func clause(_ readings: String, world: String = "", own: String = "") -> String {
        baseWorld + """
            readings:
              - { id: ships, claim: Ships, when: { attack-on: parties, target: shipping } }
            \(world)
            instruments:
              - id: p
                title: P
                form: treaty
                status: in-force
                force: binding
                parties: [B, C]
                readings:
                  - { id: mine, claim: Mine, then: { duty: assist } }
                clauses:
                  - { id: a1, cite: A1, when: { attack-on: parties }, then: { duty: consult }, readings: \(readings) }
                  - { id: a2, cite: A2, when: { attack-on: parties }, then: { duty: consult }, readings: [mine\(own)] }
              - id: q
                title: Q
                form: treaty
                status: in-force
                force: binding
                parties: [B, D]
                clauses:
                  - { id: q1, cite: Q1, when: { attack-on: parties }, then: { duty: consult }, readings: [ships] }

            """
    }

    @Test func anUnknownNameIsAnErrorWithASuggestion() {
        let input = MarkedText(clause("[1️⃣shipz]"))
        #expect(
            errors(input.text) == [
                "t.yaml:\(input[1]): instruments[0].clauses[0].readings[0]: unknown reading 'shipz'; expected a "
                    + "reading declared under the instrument's or the world's 'readings' (did you mean 'ships'?)"
            ])
    }

    @Test func anotherInstrumentsReadingCannotBeNamed() {
        let input = MarkedText(
            clause("[mine]").replacingOccurrences(of: "readings: [ships] }", with: "readings: [ships, 1️⃣mine] }"))
        #expect(
            errors(input.text) == [
                "t.yaml:\(input[1]): instruments[1].clauses[0].readings[1]: reading 'mine' is declared under "
                    + "instrument 'p'; a clause of 'q' can name it only if it is declared under the world's 'readings'"
            ])
    }

    @Test func aClausesOwnReadingCannotBeNamed() {
        let input = MarkedText(clause("[ { id: own, claim: Own, then: { duty: aid } } ]", own: ", 1️⃣own"))
        #expect(
            errors(input.text) == [
                "t.yaml:\(input[1]): instruments[0].clauses[1].readings[1]: reading 'own' is a clause's own; to share "
                    + "it, declare it under the instrument's or the world's 'readings' and name it in each clause"
            ])
    }

    @Test func aNameGivenTwiceInOneClauseIsAnError() {
        let input = MarkedText(clause("[ships, 1️⃣ships]"))
        #expect(
            errors(input.text) == [
                "t.yaml:\(input[1]): instruments[0].clauses[0].readings[1]: clause 'a1' names reading 'ships' twice"
            ])
    }

    @Test func aSharedReadingNoClauseNamesIsAnError() {
        let input = MarkedText(clause("[ships]", world: "  - 1️⃣{ id: lonely, claim: Lonely, then: { duty: aid } }"))
        #expect(
            errors(input.text) == [
                "t.yaml:\(input[1]): readings[1]: reading 'lonely' is declared under the world's 'readings' but no "
                    + "clause names it; name it in the 'readings' of the clauses it affects"
            ])
    }
}

/// The JSON of a step under readings that combine: `reading` joins them, `readings` lists them.
@Suite struct CombinedReadingJSONTests {
    @Test func aCombinedStepListsItsReadingsAndASingleOneDoesNot() throws {
        let o = try SharedReadingsTests().outcome(SharedReadingsTests().world(), accept: ["ships", "assist"])
        let c = try #require(o.actor("C"))
        let steps = c.chains.compactMap { $0.steps.last?.json() }
        let rendered = steps.map { $0.rendered() }
        let combined = try #require(rendered.first { $0.contains("\"assist+ships\"") })
        #expect(combined.contains("\"readings\""))
        let single = try #require(o.actor("D")?.chains.first?.steps.last?.json().rendered())
        #expect(single.contains("\"reading\": \"ships\""))
        #expect(!single.contains("\"readings\""))
    }
}
