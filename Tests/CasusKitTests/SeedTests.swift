import Foundation
import Testing
@testable import CasusKit

/// The seed's answers on the sample world (attacker RUS), as the trigger-analysis issue states them.
@Suite struct SeedTests {
    static let world: Graph? = try? GraphLoader.load(path: Fixtures.sample)

    func scenario(_ id: String, _ configure: (inout Scenario) -> Void = { _ in }) throws -> Outcome {
        let g = try #require(Self.world)
        var s = try #require(g.scenario(id))
        configure(&s)
        return try Analysis.run(s, on: g)
    }

    /// The best chain's clause steps, as `instrument/clause[reading]`.
    func path(_ o: Outcome, _ id: String) -> [String] {
        o.actor(id)?.chains.first?.steps.compactMap { step -> String? in
            guard case .clause(let c) = step else { return nil }
            return "\(c.instrument)/\(c.clause)" + (c.reading.map { "[\($0)]" } ?? "")
        } ?? []
    }

    @Test func sampleWorldCounts() throws {
        let g = try #require(Self.world)
        let s = GraphSummary(g)
        let counts: [Int] = [s.actors, s.states, s.organizations, s.places, s.instruments, s.clauses, s.readings, s.deployments, s.scenarios]
        #expect(counts == [49, 45, 4, 11, 38, 47, 2, 5, 10])
        #expect(g.index.states(of: "NATO").count == 32 && g.index.states(of: "EU").count == 27)
        for d in g.deployments {
            #expect(Set(d.contributors).isDisjoint(with: ["DEU", "POL", "HUN", "USA"]), "\(d.id)")
        }
        let tripwire = Set(g.deployment("tripwire-east")?.contributors ?? [])
        #expect(tripwire.isSuperset(of: ["GBR", "FRA"]))
    }

    @Test func tripwireAtDepthZero() throws {
        let o = try scenario("tripwire-attacked") { $0.depth = 0 }
        #expect(["GBR", "FRA", "UKR"].allSatisfy { o.status($0) == .victim })
        #expect(o.status("USA") == .bound)
        #expect(o.actor("USA")?.chains.first?.duty == .consult)
        #expect(path(o, "USA") == ["nat/art4"])
        // Version 2: a veto on an unadopted draft makes nobody `blocked`.
        #expect(o.status("CHN") == nil)
        #expect(o.blocked.contains { b in
            b.instrument == "istanbul-2022" && b.reason == .veto && b.by == ["RUS"] && b.bearers.contains("CHN") && b.proposal
        })
    }

    @Test func tripwireWhoMustFightRestsOnTheArticle6Reading() throws {
        let o = try scenario("tripwire-attacked") { $0.depth = 0; $0.duties = [.assist, .defend] }
        for id in ["USA", "DEU", "HUN"] {
            #expect(o.status(id) == .contested, "\(id)")
            #expect(path(o, id) == ["nat/art5[art6-forces-in-ukraine]"], "\(id)")
        }
        let accepted = try scenario("tripwire-attacked") { $0.depth = 0; $0.duties = [.assist, .defend]; $0.accept = ["art6-forces-in-ukraine"] }
        for id in ["USA", "DEU", "HUN"] {
            #expect(accepted.status(id) == .bound, "\(id)")
            #expect(path(accepted, id) == ["nat/art5[art6-forces-in-ukraine]"], "\(id)")
        }
    }

    @Test func tripwireStrictSpillover() throws {
        let o = try scenario("tripwire-attacked") { $0.strict = true; $0.depth = 1; $0.duties = [.assist, .defend] }
        for id in ["HUN", "TUR"] {
            #expect(o.status(id) == .escalation, "\(id)")
            #expect(o.actor(id)?.chains.first?.depth == 1)
            #expect(path(o, id) == ["nat/art5"], "\(id)")
            guard case .attack(let strike)? = o.actor(id)?.chains.first?.steps.dropLast().last else { Issue.record("no strike"); continue }
            #expect(strike.hypothetical && ["GBR", "FRA"].contains(strike.victim) && strike.by == "RUS")
        }
        // Version 2 ranks legal footing before depth: the spillover under Art. 5
        // (law, if the war spreads) heads the row, not the unadopted Italian proposal.
        #expect(o.status("USA") == .escalation)
        #expect(o.actor("USA")?.chains.first?.depth == 1)
        #expect(path(o, "USA") == ["nat/art5"])

        let all = try scenario("tripwire-attacked") { $0.strict = true; $0.depth = 1 }
        #expect(all.status("AUT") == .escalation)
        #expect(path(all, "AUT") == ["teu/art42-7"])
        #expect(all.actor("AUT")?.chains.first?.subjectTo.contains("specific-character") == true)
    }

    @Test func ukraineAttackedArmsAndFinanceOnly() throws {
        let o = try scenario("ukraine-attacked") { $0.depth = 0 }
        for id in ["USA", "DEU", "JPN"] { #expect(o.status(id) == .committed, "\(id)") }
        // Version 2: the G7 declaration's supply outranks the bilateral consultation.
        #expect(path(o, "DEU") == ["g7-jds-2023/future-attack"])
        #expect(o.actor("DEU")?.chains.first?.duty == .supply)
        #expect(o.inactive.contains { $0.instrument == "budapest-1994" && $0.status == .violated && $0.violatedBy == ["RUS"] })

        let fight = try scenario("ukraine-attacked") { $0.depth = 0; $0.duties = [.assist, .defend] }
        let firm: Set<Status> = [.bound, .committed, .contested, .escalation]
        #expect(fight.actors.filter { firm.contains($0.status) }.map(\.id) == [])
        #expect(fight.actors.filter { $0.status == .attacker || $0.status == .victim }.map(\.id) == ["RUS", "UKR"])
    }

    @Test func italyAdopted() throws {
        let o = try scenario("italy-adopted") { $0.duties = [.assist] }
        for id in ["DEU", "USA"] {
            #expect(o.status(id) == .bound, "\(id)")
            #expect(path(o, id) == ["italy-art5-like-2025/response"])
            #expect(o.actor(id)?.chains.first?.hours == 24)
        }
    }

    @Test func istanbulAdoptedIsVetoedByItsOwnGuarantor() throws {
        let o = try scenario("istanbul-adopted")
        #expect(o.blocked.filter { $0.instrument == "istanbul-2022" }.map { "\($0.reason.rawValue) \($0.bearers) \($0.by)" } == [
            "bearer-is-adversary [\"RUS\"] []", "veto [\"CHN\", \"FRA\", \"GBR\", \"USA\"] [\"RUS\"]"])
    }

    @Test func withoutUSAUSAAppearsNowhere() throws {
        let o = try scenario("without-usa")
        #expect(o.actor("USA") == nil)
        var json = o.json().rendered()
        json = json.replacingOccurrences(of: "\"without\": [\n      \"USA\"\n    ]", with: "")
        #expect(!json.contains("\"USA\""))
        #expect(!o.blocked.contains { $0.bearers.contains("USA") || $0.by.contains("USA") })
    }

    @Test func everyScenarioRunsAndEveryChainCitesItsClauses() throws {
        let g = try #require(Self.world)
        for s in g.scenarios {
            let o = try Analysis.run(s, on: g)
            for a in o.actors {
                for c in a.chains {
                    guard case .clause(let last)? = c.steps.last else { Issue.record("\(a.id): chain without a clause"); continue }
                    #expect(last.bearer == a.id)
                    #expect(!last.cite.isEmpty && g.instrument(last.instrument) != nil)
                }
            }
        }
    }
}
