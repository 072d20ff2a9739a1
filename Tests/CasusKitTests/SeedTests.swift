import CasusTestSupport
import Foundation
import Testing

@testable import CasusKit

/// The seed's answers on the sample world (attacker RUS), as the trigger-analysis issue states them.
@Suite struct SeedTests {
    static let world: Graph? = try? GraphLoader.load(path: Repository.sample)

    func scenario(_ id: String, _ configure: (inout Scenario) -> Void = { _ in }) throws -> Outcome {
        let loaded = try #require(Self.world)
        var s = try #require(loaded.scenario(id))
        configure(&s)
        return try Analysis.run(s, on: loaded)
    }

    /// The best chain's clause steps, as `instrument/clause[reading]`.
    func path(_ o: Outcome, _ id: String) -> [String] {
        o.actor(id)?.chains.first?.steps.compactMap { step -> String? in
            guard case .clause(let c) = step else { return nil }
            return "\(c.instrument)/\(c.clause)" + (c.reading.map { "[\($0)]" } ?? "")
        } ?? []
    }

    func trigger(
        _ target: String, by: String = "RUS", chains: Int = 3, _ configure: (inout Scenario) -> Void = { _ in }
    ) throws -> Outcome {
        let loaded = try #require(Self.world)
        var s = Scenario(attacks: [Attack(target: try loaded.index.resolveTarget(target).get(), by: by)])
        configure(&s)
        return try Analysis.run(s, on: loaded, chainsPerActor: chains)
    }

    @Test func sampleWorldCounts() throws {
        let loaded = try #require(Self.world)
        let s = GraphSummary(loaded)
        let counts: [Int] = [
            s.actors, s.states, s.organizations, s.places, s.instruments, s.clauses, s.readings, s.deployments,
            s.scenarios,
        ]
        #expect(counts == [59, 52, 7, 15, 50, 64, 7, 6, 20])
        #expect(loaded.index.states(of: "NATO").count == 32)
        #expect(loaded.index.states(of: "EU").count == 27)
        for d in loaded.deployments {
            #expect(Set(d.contributors).isDisjoint(with: ["DEU", "POL", "HUN", "USA"]), "\(d.id)")
        }
        let tripwire = Set(loaded.deployment("tripwire-east")?.contributors ?? [])
        #expect(tripwire.isSuperset(of: ["GBR", "FRA"]))
    }

    // MARK: The lawyer's corrections (sample world version 2)

    @Test func anAttackOnRomaniaHeadsWithArticle5() throws {
        let o = try trigger("ROU") { $0.depth = 0 }
        #expect(o.status("DEU") == .bound)
        #expect(o.actor("DEU")?.chains.first?.duty == .assist)
        #expect(path(o, "DEU") == ["nat/art5"])
    }

    @Test func theBroadReadingOfArticle6BindsTheAllies() throws {
        let o = try scenario("art6-broad-reading") { $0.depth = 0 }
        #expect(o.status("DEU") == .bound)
        #expect(o.actor("DEU")?.chains.first?.duty == .assist)
        #expect(path(o, "DEU") == ["nat/art5[art6-forces-in-ukraine]"])
    }

    @Test func whoMustFightAtTheTripwireRestsOnTheArticle6Reading() throws {
        let plain = try scenario("tripwire-attacked") {
            $0.depth = 0
            $0.duties = [.assist, .defend]
        }
        let broad = try scenario("art6-broad-reading") {
            $0.depth = 0
            $0.duties = [.assist, .defend]
        }
        #expect(plain.status("DEU") == .contested)
        #expect(broad.status("DEU") == .bound)
    }

    @Test func armsAndFinanceUnderTheAgreementsAndTheG7() throws {
        let o = try scenario("ukraine-attacked") {
            $0.depth = 0
            $0.duties = [.supply, .sanction]
        }
        for id in ["DEU", "USA", "JPN"] {
            #expect(o.status(id) == .committed, "\(id)")
        }
    }

    @Test func nobodyMustFightForUkraineWithoutForcesThere() throws {
        let o = try scenario("ukraine-attacked") {
            $0.depth = 0
            $0.duties = [.assist, .defend]
        }
        let firm: Set<Status> = [.bound, .committed, .contested, .escalation]
        #expect(o.actors.filter { firm.contains($0.status) }.map(\.id) == [])
        #expect(o.actors.filter { $0.status == .attacker || $0.status == .victim }.map(\.id) == ["RUS", "UKR"])
    }

    /// Version 3: Russia's breach of Budapest releases nobody — but Russia is the
    /// attacker here, so its own ¶4 undertaking is blocked as bearer-is-adversary.
    @Test func russiasBreachOfBudapestReleasesNobody() throws {
        let o = try scenario("nuclear-strike") {
            $0.depth = 0
            $0.duties = [.seekUNAction]
        }
        for id in ["GBR", "USA"] {
            #expect(o.status(id) == .committed, "\(id)")
            #expect(path(o, id) == ["budapest-1994/para4"], "\(id)")
        }
        #expect(o.inactive.filter { $0.instrument == "budapest-1994" }.isEmpty)
        #expect(
            o.blocked.filter { $0.instrument == "budapest-1994" }.map {
                "\($0.clause) \($0.reason.rawValue) \($0.bearers)"
            }
                == ["para4 bearer-is-adversary [\"RUS\"]"])
        #expect(
            o.breached.map { "\($0.instrument)/\($0.clause) \($0.by)→\($0.towards)" } == [
                "budapest-1994/para2 RUS→UKR", "un-charter/art2-4 RUS→UKR",
            ])
    }

    /// Version 3: no state invokes its own breach — with Belarus the attacker,
    /// Russia's own ¶4 undertaking stands beside the UK's and the US's.
    @Test func russiaStaysBoundUnderBudapestDespiteItsOwnBreach() throws {
        let o = try trigger("UKR", by: "BLR") {
            $0.depth = 0
            $0.duties = [.seekUNAction]
            $0.attacks = $0.attacks.map { Attack(target: $0.target, by: $0.by, nuclear: true) }
        }
        #expect(o.status("RUS") == .committed)
        #expect(path(o, "RUS") == ["budapest-1994/para4"])
        #expect(o.inactive.filter { $0.instrument == "budapest-1994" }.isEmpty)
    }

    /// Sample world v3: the US–Ukraine agreement meets on request, immediately and where
    /// possible within 24 hours; the measures are the two's to decide on: rights, not duties.
    @Test func theUSAgreementMeetsOnRequestAndMayDecideMeasures() throws {
        let o = try trigger("UKR", chains: .max) { $0.depth = 0 }
        let chains = o.actor("USA")?.chains.filter { $0.final?.instrument == "bsa-usa-2024" } ?? []
        #expect(
            chains.map { "\($0.dutyPhrase) \($0.hours.map(String.init) ?? "-")-\($0.hoursMax.map(String.init) ?? "-")" }
                == ["consult 0-24", "may supply ---", "may sanction ---"])
        #expect(chains.first?.subjectTo == ["request-of-a-participant", "where-possible-within-24-hours"])
    }

    /// Sample world v3: the EU's consultation is no CFSP decision — Hungary cannot veto it.
    @Test func hungaryCannotVetoTheEUsConsultation() throws {
        let o = try scenario("hungary-veto") { $0.depth = 0 }
        #expect(o.status("EU") == .committed)
        #expect(path(o, "EU") == ["eu-jsc-2024/consult"])
        #expect(o.blocked.filter { $0.instrument == "eu-jsc-2024" }.isEmpty)
    }

    /// Sample world v3: a cyber attack is an Article 5 case only under NATO's reading.
    @Test func aCyberAttackIsAnArticle5CaseOnlyUnderNATOsReading() throws {
        let accepted = try scenario("cyber-on-estonia") {
            $0.depth = 0
            $0.duties = [.assist]
        }
        #expect(accepted.status("DEU") == .bound)
        #expect(path(accepted, "DEU") == ["nat/art5[art5-cyber]"])
        #expect(
            accepted.actor("DEU")?.chains.first?.subjectTo == [
                "constitutional-processes", "council-decides-case-by-case",
            ])
        let plain = try scenario("cyber-on-estonia") {
            $0.depth = 0
            $0.accept = []
        }
        #expect(plain.status("DEU") == .bound)
        #expect(path(plain, "DEU") == ["nat/art4"])
        #expect(plain.actor("DEU")?.chains.first { $0.duty == .assist }?.readings == ["art5-cyber"])
    }

    /// Sample world v3: Ukraine's Istanbul guarantors included Russia, blocked as the attacker.
    @Test func russiaWasAGuarantorInUkrainesIstanbulProposal() throws {
        let o = try trigger("UKR") { $0.depth = 0 }
        #expect(
            o.blocked.filter { $0.instrument == "istanbul-ua-2022" }.map { "\($0.reason.rawValue) \($0.bearers)" }
                == ["bearer-is-adversary [\"RUS\"]"])
    }

    /// Sample world v3: the US–ROK treaty entered into force on 17 November 1954.
    @Test func theUSROKTreatyBindsFrom17November1954() throws {
        let before = try trigger("KOR", by: "PRK") {
            $0.depth = 0
            $0.asOf = Day("1954-11-16")
        }
        #expect(
            before.actor("USA")?.chains.contains { $0.final?.instrument == "us-rok-1953" && $0.proposals.isEmpty }
                != true)
        let after = try trigger("KOR", by: "PRK") {
            $0.depth = 0
            $0.asOf = Day("1954-11-17")
        }
        #expect(after.status("USA") == .bound)
        #expect(path(after, "USA") == ["us-rok-1953/art3"])
    }

    /// Sample world v3: the Union State treaty from 13 March 2025, threats included.
    @Test func theUnionStateTreatyFrom13March2025AndItsThreats() throws {
        // Signed, not yet in force: it reads as an unadopted proposal.
        let before = try trigger("BLR", by: "POL") {
            $0.depth = 0
            $0.asOf = Day("2025-03-12")
            $0.duties = [.defend]
        }
        #expect(before.status("RUS") == .proposed)
        let after = try trigger("BLR", by: "POL") {
            $0.depth = 0
            $0.asOf = Day("2025-03-13")
            $0.duties = [.defend]
        }
        #expect(path(after, "RUS") == ["union-state-2024/art1"])
        let threat = try trigger("BLR", by: "POL") {
            $0.depth = 0
            $0.attacks = $0.attacks.map { Attack(target: $0.target, by: $0.by, kind: .threat) }
        }
        #expect(
            threat.actor("RUS")?.chains.contains {
                $0.final.map { "\($0.instrument)/\($0.clause)" } == "union-state-2024/threats"
            } == true)
    }

    /// Sample world v3: Minsk II lapsed on 21 February 2022, the day Russia recognised the DPR and LPR.
    @Test func minskLapsedTheDayRussiaRecognisedTheDPRAndLPR() throws {
        let before = try trigger("UKR") {
            $0.depth = 0
            $0.asOf = Day("2022-02-20")
        }
        #expect(before.breached.contains { $0.instrument == "minsk-2015" })
        let after = try trigger("UKR") {
            $0.depth = 0
            $0.asOf = Day("2022-02-21")
        }
        #expect(!after.breached.contains { $0.instrument == "minsk-2015" })
    }

    /// Sample world v3: the Security Council acts as one body, and a permanent member's veto blocks it.
    @Test func theSecurityCouncilIsVetoedByAPermanentMemberAttacker() throws {
        let russia = try trigger("UKR") { $0.depth = 0 }
        #expect(russia.status("UNSC") == .blocked)
        #expect(
            russia.blocked.filter { $0.instrument == "un-charter" }.map {
                "\($0.clause) \($0.reason.rawValue) \($0.by)"
            }
                == ["ch7 veto [\"RUS\"]"])
        let northKorea = try trigger("KOR", by: "PRK") { $0.depth = 0 }
        #expect(northKorea.status("UNSC") == .bound)
        #expect(northKorea.actor("UNSC")?.chains.first?.duty == .sanction)
    }

    /// Sample world v3: what the United States may do under its own statutes: rights, not duties.
    @Test func theUnitedStatesMayDrawDownAndSanction() throws {
        let o = try trigger("UKR", chains: .max) { $0.depth = 0 }
        let rights =
            o.actor("USA")?.chains.filter(\.isPermission).compactMap {
                $0.final.map { "\($0.instrument)/\($0.clause) \($0.duty.rawValue)" }
            } ?? []
        #expect(rights.contains("us-faa-1961/sec506a1 supply"))
        #expect(rights.contains("us-ieepa-1977/sec1701 sanction"))
        #expect(o.status("USA") == .bound) // NAT Art. 4's consultation, not the statutes
    }

    /// Sample world v3: Denmark is bound under Art. 42(7) from the end of its opt-out;
    /// before, only under the reading that the opt-out never reached it.
    @Test func denmarkUnderArticle42_7BeforeAndAfterItsOptOut() throws {
        let before = try trigger("DEU") {
            $0.depth = 0
            $0.asOf = Day("2020-01-01")
            $0.duties = [.aid]
        }
        #expect(before.status("DNK") == .contested)
        #expect(path(before, "DNK") == ["teu/art42-7-denmark[dnk-bound-despite-opt-out]"])
        let after = try trigger("DEU") {
            $0.depth = 0
            $0.asOf = Day("2022-07-01")
            $0.duties = [.aid]
        }
        #expect(after.status("DNK") == .bound)
        #expect(path(after, "DNK") == ["teu/art42-7-denmark"])
    }

    /// Version 3: Romanian forces attacked in Romania are armed aggression on its territory.
    @Test func forcesAtHomeAreTerritoryForArticle42_7() throws {
        let o = try trigger("forces:ROU@ROU") {
            $0.depth = 0
            $0.duties = [.aid]
        }
        #expect(o.status("AUT") == .bound)
        #expect(path(o, "AUT") == ["teu/art42-7"])
    }

    /// Version 3: French forces attacked in Romania make Romania a victim too.
    @Test func forcesAbroadMakeTheHostAVictim() throws {
        let o = try trigger("forces:FRA@ROU") { $0.depth = 0 }
        #expect(o.actors.filter { $0.status == .victim }.map(\.id) == ["FRA", "ROU"])
    }

    /// Sample world v3: NAT Art. 4 reaches an attack on any state in Europe (on a Party's
    /// request); only a right under UN Charter Art. 51 reaches assistance for Moldova.
    @Test func moldovaGetsConsultationsAndOnlyARightToAssist() throws {
        let o = try trigger("MDA") { $0.depth = 0 }
        #expect(o.status("DEU") == .bound)
        #expect(path(o, "DEU") == ["nat/art4"])
        let assist = try trigger("MDA") {
            $0.depth = 0
            $0.duties = [.assist]
        }
        #expect(assist.status("USA") == .permitted)
        #expect(path(assist, "USA") == ["un-charter/art51"])
        #expect(assist.actors.filter { $0.status == .bound }.map(\.id) == [])
    }

    /// Sample world v3: the mine-countermeasures group works in Romania's territorial sea.
    @Test func theMineCountermeasuresGroupIsInRomaniasTerritory() throws {
        let home = try scenario("mcm-attacked") {
            $0.depth = 0
            $0.duties = [.assist]
        }
        #expect(home.status("DEU") == .bound)
        #expect(path(home, "DEU") == ["nat/art5"])
        let highSeas = try scenario("mcm-high-seas") {
            $0.depth = 0
            $0.duties = [.assist]
        }
        #expect(highSeas.status("DEU") == .contested)
        #expect(path(highSeas, "DEU") == ["nat/art5[art6-black-sea]"])
    }

    /// Sample world v3: Finland in 2022. The binding Art. 4 consultation heads the UK's and
    /// Norway's rows (binding ranks before political); their political assistance follows.
    @Test func finlandIn2022() throws {
        let o = try trigger("FIN") {
            $0.depth = 0
            $0.asOf = Day("2022-06-01")
        }
        #expect(path(o, "DEU") == ["teu/art42-7"])
        #expect(o.actor("DEU")?.chains.first?.duty == .aid)
        for (id, declaration) in [("GBR", "gbr-fin-2022"), ("NOR", "nordic-2022")] {
            let chain = o.actor(id)?.chains.first { $0.final?.instrument == declaration }
            #expect(chain?.status(through: (chain?.steps.count ?? 1) - 1) == .committed, "\(id)")
        }
        #expect(!o.actors.flatMap(\.chains).contains { $0.final.map { "\($0.instrument)/\($0.clause)" } == "nat/art5" })
    }

    /// Sample world v3: Croatia joined the EU on 1 July 2013.
    @Test func croatiaIsNotBoundBeforeItJoined() throws {
        let o = try trigger("FIN") {
            $0.depth = 0
            $0.asOf = Day("2012-01-01")
            $0.duties = [.aid]
        }
        #expect(o.actor("HRV") == nil)
        #expect(o.status("DEU") == .bound)
    }

    @Test func italysProposalIsADutyToConsultWithin24Hours() throws {
        let o = try scenario("italy-adopted") { $0.depth = 0 }
        #expect(o.status("USA") == .bound)
        let best = try #require(o.actor("USA")?.chains.first)
        #expect(best.duty == .consult)
        #expect(best.hours == 24)
        #expect(path(o, "USA") == ["italy-art5-like-2025/response"])
    }

    @Test func italysProposalAssistsOnlyUnderItsStrongReading() throws {
        let o = try scenario("italy-adopted") {
            $0.depth = 0
            $0.accept = ["italy-automatic-assistance"]
            $0.duties = [.assist]
        }
        #expect(o.status("USA") == .bound)
        #expect(o.actor("USA")?.chains.first?.duty == .assist)
    }

    @Test func forcesInHawaiiAreOutsideArticle6() throws {
        let o = try trigger("forces:USA@USA-hawaii", by: "CHN") {
            $0.depth = 0
            $0.duties = [.assist, .defend]
        }
        let loaded = try #require(Self.world)
        let allies = Set(loaded.index.states(of: "NATO").map { loaded.index.actorIDs[$0] }).subtracting(["USA"])
        // Each ally may still assist under UN Charter Art. 51: a right, not an obligation.
        #expect(o.actors.filter { allies.contains($0.id) && $0.status != .permitted }.map(\.id) == [])
    }

    @Test func dronesOverPolandAreAnArticle4Consultation() throws {
        let o = try scenario("poland-drones") { $0.depth = 0 }
        #expect(o.status("DEU") == .bound)
        let best = try #require(o.actor("DEU")?.chains.first)
        #expect(best.duty == .consult)
        #expect(best.subjectTo.contains("request-of-a-party"))
        #expect(path(o, "DEU") == ["nat/art4"])
    }

    @Test func dronesOverPolandObligeNobodyToFight() throws {
        let o = try scenario("poland-drones") {
            $0.depth = 0
            $0.duties = [.assist, .defend]
        }
        #expect(o.actors.map(\.id) == ["RUS", "POL"])
    }

    @Test func hungarysVetoBlocksTheNATORunVariant() throws {
        let o = try scenario("hungary-veto")
        #expect(
            o.blocked.filter { $0.instrument == "italy-nato-2025" }.map {
                "\($0.reason.rawValue) \($0.bearers) \($0.by)"
            }
                == ["veto [\"NATO\"] [\"HUN\"]"])
        #expect(o.status("NATO") == .blocked)
    }

    @Test func northKoreaAttacksTheRepublicOfKorea() throws {
        let o = try scenario("korea-attacked") { $0.depth = 0 }
        #expect(o.status("USA") == .bound)
        #expect(path(o, "USA") == ["us-rok-1953/art3"])
    }

    @Test func belarusAttacksUkraine() throws {
        // NAT Art. 4 (sample world v3) reaches an attack on Ukraine, in Europe, on a Party's request.
        let o = try scenario("belarus-attacks") { $0.depth = 0 }
        #expect(o.status("USA") == .bound)
        #expect(path(o, "USA") == ["nat/art4"])
        #expect(o.actor("USA")?.chains.contains { $0.final?.instrument == "bsa-usa-2024" } == true)
        #expect(path(o, "DEU") == ["nat/art4"])
    }

    @Test func theRussianIstanbulDraftMakesNobodyBlocked() throws {
        let o = try scenario("tripwire-attacked")
        #expect(o.status("CHN") != .blocked)
        let istanbul = o.blocked.filter { $0.instrument == "istanbul-2022" }
        #expect(!istanbul.isEmpty)
        #expect(istanbul.allSatisfy { $0.proposal })
    }

    @Test func northKoreasTreatyIsProvokedUnlessTheKurskReadingHolds() throws {
        let o = try scenario("tripwire-attacked") { $0.depth = 1 }
        #expect(o.blocked.contains { $0.instrument == "rus-prk-2024" && $0.clause == "art4" && $0.reason == .provoked })
        #expect(o.status("PRK") == .contested)
        #expect(o.actor("PRK")?.chains.first?.readings == ["rus-prk-kursk"])
        let accepted = try scenario("tripwire-attacked") {
            $0.depth = 1
            $0.accept = ["rus-prk-kursk"]
        }
        #expect(accepted.status("PRK") == .escalation)
    }

    @Test func theBlackSeaGroupIsAnAttackOnItsContributorsAndOnRomania() throws {
        let o = try scenario("mcm-attacked") {
            $0.depth = 0
            $0.duties = [.assist]
        }
        #expect(o.actors.filter { $0.status == .victim }.map(\.id) == ["BGR", "ROU", "TUR"])
    }

    @Test func ukrainesIstanbulProposalAdopted() throws {
        let o = try scenario("istanbul-ua-adopted") { $0.depth = 0 }
        #expect(o.status("TUR") == .bound)
        #expect(o.actor("TUR")?.chains.first?.duty == .assist)
        #expect(path(o, "TUR") == ["istanbul-ua-2022/art5"])
        let consult = o.actor("TUR")?.chains.first { $0.duty == .consult && $0.proposals.isEmpty }
        #expect(consult?.hours == 72)
    }

    // MARK: The seed's answers that version 2 keeps

    @Test func tripwireAtDepthZeroIsAConsultationUnderArticle4() throws {
        let o = try scenario("tripwire-attacked") { $0.depth = 0 }
        #expect(["GBR", "FRA", "UKR"].allSatisfy { o.status($0) == .victim })
        #expect(o.status("USA") == .bound)
        #expect(o.actor("USA")?.chains.first?.duty == .consult)
        #expect(path(o, "USA") == ["nat/art4"])
    }

    @Test func tripwireStrictSpillover() throws {
        let o = try scenario("tripwire-attacked") {
            $0.strict = true
            $0.depth = 1
            $0.duties = [.assist, .defend]
        }
        for id in ["HUN", "USA"] {
            #expect(o.status(id) == .escalation, "\(id)")
            #expect(o.actor(id)?.chains.first?.depth == 1)
            #expect(path(o, id) == ["nat/art5"], "\(id)")
            guard case .attack(let strike)? = o.actor(id)?.chains.first?.steps.dropLast().last else {
                Issue.record("no strike")
                continue
            }
            #expect(strike.hypothetical)
            #expect(["GBR", "FRA"].contains(strike.victim))
            #expect(strike.by == "RUS")
        }
    }

    @Test func istanbulAdoptedIsVetoedByItsOwnGuarantors() throws {
        let o = try scenario("istanbul-adopted")
        let assist = o.blocked.filter { $0.instrument == "istanbul-2022" }.map {
            "\($0.reason.rawValue) \($0.bearers) \($0.by)"
        }
        #expect(
            assist == [
                "bearer-is-adversary [\"RUS\"] []", "veto [\"BLR\", \"CHN\", \"FRA\", \"GBR\", \"USA\"] [\"RUS\"]",
            ])
        #expect(o.status("CHN") == .bound)
        #expect(o.actor("CHN")?.chains.first?.duty == .consult)
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
        let loaded = try #require(Self.world)
        for s in loaded.scenarios {
            let o = try Analysis.run(s, on: loaded)
            for a in o.actors {
                for c in a.chains {
                    guard case .clause(let last)? = c.steps.last else {
                        Issue.record("\(a.id): chain without a clause")
                        continue
                    }
                    #expect(last.bearer == a.id)
                    #expect(!last.cite.isEmpty && loaded.instrument(last.instrument) != nil)
                }
            }
        }
    }
}
