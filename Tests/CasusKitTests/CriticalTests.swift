import CasusTestSupport
import Testing

@testable import CasusKit

/// "Whose absence matters most?": one re-run per removal, ranked by cost.
@Suite struct CriticalTests {
    /// B is attacked; C must defend it under a treaty, D only consults under a declaration.
    let world =
        baseWorld + """

            instruments:
              - { id: defence, title: Defence, form: treaty, status: in-force, force: binding, parties: [B, C],
                  clauses: [ { id: a, cite: A, when: { attack-on: parties }, then: { duty: defend } } ] }
              - { id: talks, title: Talks, form: declaration, status: in-force, force: political, parties: [B, D],
                  clauses: [ { id: a, cite: A, when: { attack-on: parties }, then: { duty: consult } } ] }
            """

    @Test func whatBindsSomeoneToFightRanksFirst() throws {
        let loaded = try graph(world)
        let removals = try Critical.sweep(Scenario(attacks: [Attack(target: .state("B"))], depth: 0), on: loaded)
        // Losing C and losing the treaty cost the same; equal costs go by kind, then id.
        #expect(
            removals.prefix(3).map { "\($0.kind.rawValue) \($0.id)" } == ["actor C", "instrument defence", "actor D"])
        let treaty = try #require(removals.first { $0.id == "defence" })
        #expect(treaty.disengaged == ["C"])
        #expect(
            treaty.weakened.map { "\($0.actor) \($0.before?.rawValue ?? "-")→\($0.after?.rawValue ?? "-")" } == [
                "C bound→-"
            ])
    }

    @Test func removingAnActorCostsItsOwnObligations() throws {
        let loaded = try graph(world)
        let removals = try Critical.sweep(
            Scenario(attacks: [Attack(target: .state("B"))], depth: 0), on: loaded, kinds: [.actor])
        #expect(removals.map { "\($0.id) \($0.disengaged.count) \($0.weakened.count)" } == ["C 1 1", "D 0 1", "E 0 0"])
    }

    @Test func onTheSampleWorldTheNorthAtlanticTreatyRanksFirst() throws {
        let loaded = try GraphLoader.load(path: Repository.sample)
        var s = try #require(loaded.scenario("tripwire-attacked"))
        s.duties = [.assist, .defend]
        let removals = try Critical.sweep(s, on: loaded)
        #expect(removals.first?.id == "nat")
        #expect(removals.first?.weakened.count == 28)
        // Rejecting the Article 6 reading changes no status: at depth 1 the allies' best chain is the spillover.
        let art6 = try #require(removals.first { $0.id == "art6-forces-in-ukraine" })
        #expect(art6.weakened.isEmpty)
        let usa = try #require(removals.first { $0.id == "USA" })
        #expect(usa.weakened.map(\.actor) == ["USA"])
    }

    @Test(arguments: ["tripwire-attacked", "ukraine-attacked", "hungary-veto", "korea-attacked"])
    func skippingActorsNoChainTouchesGivesTheExhaustiveSweep(_ id: String) throws {
        let loaded = try GraphLoader.load(path: Repository.sample)
        for duties in [[], [Duty.assist, .defend]] {
            var s = try #require(loaded.scenario(id))
            s.duties = duties
            let fast = try Critical.sweep(s, on: loaded)
            let exhaustive = try Critical.sweep(s, on: loaded, exhaustive: true)
            #expect(fast == exhaustive, "\(id) \(duties)")
        }
    }

    /// An instrument taken as lapsed by the run answers as the same world with the
    /// instrument's status `lapsed` (and its violators cleared), built anew.
    @Test(arguments: ["tripwire-attacked", "ukraine-attacked", "hungary-veto"])
    func aRunThatTakesAnInstrumentAsLapsedIsTheLapsedWorld(_ id: String) throws {
        let loaded = try GraphLoader.load(path: Repository.sample)
        let s = try #require(loaded.scenario(id))
        for instrument in loaded.instruments where !instrument.status.withholds {
            // As critical removes it: no longer adopted either.
            var unadopted = s
            unadopted.adopt.removeAll { $0 == instrument.id }
            var lapsing = unadopted
            lapsing.lapsed = [instrument.id]
            let lapsedWorld = loaded.changing(instrument: instrument.id) { i in
                Instrument(
                    id: i.id, title: i.title, short: i.short, form: i.form, status: .lapsed, force: i.force,
                    date: i.date, parties: i.parties, source: i.source, violatedBy: [], clauses: i.clauses,
                    note: i.note)
            }
            let byRun = try Analysis.run(lapsing, on: loaded)
            let byWorld = try Analysis.run(unadopted, on: lapsedWorld)
            #expect(byRun.actors == byWorld.actors, "\(id) without \(instrument.id)")
            #expect(byRun.breached == byWorld.breached, "\(id) without \(instrument.id)")
        }
    }
}
