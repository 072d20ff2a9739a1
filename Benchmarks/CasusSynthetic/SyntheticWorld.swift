import CasusKit

/// A deterministic pseudo-random generator (SplitMix64), so every run builds the same world.
struct SplitMix64 {
    var state: UInt64
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
    mutating func below(_ n: Int) -> Int { Int(next() % UInt64(n)) }
}

/// A synthetic world of `states` states: regions of 50 states, one regional
/// alliance per region (collective defence inside the region plus
/// consultation), one bilateral pact per state (assist, consult or aid, some
/// with hours), a few world-wide organizations with a consultation charter, a
/// proposal with a unanimity veto, and one deployment per 100 states; with
/// `charter`, also a UN-Charter-like right of collective self-defence that every
/// state holds (`bearers: any`, `modality: may`) on an `attack-on: any` clause. The
/// benchmarks time the engine on it; the differential tests compare engines on it.
package enum SyntheticWorld {
    /// The world of `n` states, the same for the same seed.
    package static func make(states n: Int, seed: UInt64 = 42, charter: Bool = false) -> Graph {
        var rng = SplitMix64(state: seed)
        let regionSize = 50
        let regionCount = max(1, (n + regionSize - 1) / regionSize)
        let places = (0..<regionCount).map { Place(id: "R\($0)", name: "Region \($0)") }
        var actors = (0..<n).map {
            Actor(id: "S\($0)", name: "State \($0)", kind: .state, within: ["R\($0 / regionSize)"])
        }
        for r in 0..<regionCount {
            let members = (r * regionSize..<min(n, (r + 1) * regionSize)).map { "S\($0)" }
            actors.append(Actor(id: "ALLY\(r)", name: "Alliance \(r)", kind: .organization, members: members))
        }
        let globalOrgs = max(1, n / 1000)
        for body in 0..<globalOrgs {
            let members = (0..<min(n, 40)).map { _ in "S\(rng.below(n))" }
            actors.append(
                Actor(
                    id: "WORLD\(body)", name: "World body \(body)", kind: .organization,
                    members: Array(Set(members)).sorted()
                ))
        }
        var instruments: [Instrument] = []
        for r in 0..<regionCount {
            instruments.append(
                Instrument(
                    id: "alliance-\(r)", title: "Alliance \(r) treaty", short: "A\(r)", form: .treaty, status: .inForce,
                    force: .binding,
                    date: nil, parties: ["ALLY\(r)"], source: nil, violatedBy: [],
                    clauses: [
                        Clause(
                            id: "art5", cite: "Art. 5", text: nil,
                            when: [
                                Trigger(attackOn: .parties, targets: [.territory], within: [.place("R\(r)")]),
                                Trigger(attackOn: .parties, targets: [.forces], within: [.parties]),
                            ],
                            then: [Obligation(duty: .assist, subjectTo: ["constitutional-processes"])],
                            readings: [
                                Reading(
                                    id: "forces-abroad-\(r)", claim: "Forces anywhere are covered",
                                    when: Trigger(attackOn: .parties, targets: [.forces]), then: nil)
                            ], note: nil),
                        Clause(
                            id: "art4", cite: "Art. 4", text: nil, when: [Trigger(attackOn: .parties)],
                            then: [Obligation(duty: .consult)], readings: [], note: nil),
                    ], note: nil))
        }
        let duties: [Duty] = [.assist, .consult, .aid, .supply]
        for s in 0..<n {
            let other = (s + 1 + rng.below(max(1, n - 1))) % n
            let duty = duties[rng.below(duties.count)]
            let hours = rng.below(3) == 0 ? Hours(lower: 24, upper: 72) : nil
            instruments.append(
                Instrument(
                    id: "pact-\(s)", title: "Pact \(s)", short: "P\(s)", form: .agreement, status: .inForce,
                    force: rng.below(2) == 0 ? .binding : .political, date: nil, parties: ["S\(s)", "S\(other)"],
                    source: nil,
                    violatedBy: [],
                    clauses: [
                        Clause(
                            id: "p1", cite: "Art. 1", text: nil, when: [Trigger(attackOn: .parties)],
                            then: [Obligation(duty: duty, within: hours)], readings: [], note: nil)
                    ], note: nil))
        }
        for body in 0..<globalOrgs {
            instruments.append(
                Instrument(
                    id: "charter-\(body)", title: "Charter \(body)", short: "C\(body)", form: .treaty, status: .inForce,
                    force: .binding, date: nil,
                    parties: ["WORLD\(body)"], source: nil, violatedBy: [],
                    clauses: [
                        Clause(
                            id: "c1", cite: "Art. 1", text: nil, when: [Trigger(attackOn: .parties)],
                            then: [Obligation(duty: .consult), Obligation(duty: .sanction, decision: .consensus)],
                            readings: [], note: nil)
                    ],
                    note: nil))
        }
        let deploymentCount = max(1, n / 100)
        var deployments: [Deployment] = []
        for d in 0..<deploymentCount {
            let host = rng.below(n)
            let contributors = Array(
                Set((0..<(2 + rng.below(4))).map { _ in "S\(rng.below(n))" }).subtracting(["S\(host)"])
            ).sorted()
            deployments.append(
                Deployment(
                    id: "dep-\(d)", name: "Deployment \(d)", config: .tripwire, host: "S\(host)", at: "S\(host)",
                    contributors: contributors.isEmpty ? ["S\((host + 1) % n)"] : contributors, status: .deployed))
        }
        instruments.append(
            Instrument(
                id: "guarantee", title: "Guarantee", short: "G", form: .proposal, status: .proposed, force: .binding,
                date: nil,
                parties: ["S0", "S1", "S2", "S3"], source: nil, violatedBy: [],
                clauses: [
                    Clause(
                        id: "g1", cite: "Art. 1", text: nil, when: [Trigger(attackOn: .listed(["dep-0"]))],
                        then: [Obligation(bearers: .listed(["S0", "S1", "S2"]), duty: .defend, decision: .unanimity)],
                        readings: [], note: nil)
                ], note: nil))
        if charter {
            instruments.append(
                Instrument(
                    id: "charter", title: "Charter", short: "UNC", form: .treaty, status: .inForce, force: .binding,
                    date: nil,
                    parties: actors.filter { $0.kind == .state }.map(\.id), source: nil, violatedBy: [],
                    clauses: [
                        Clause(
                            id: "art51", cite: "Art. 51", text: nil,
                            when: [Trigger(attackOn: .any, targets: [.territory], unprovoked: true)],
                            then: [
                                Obligation(
                                    bearers: .any, duty: .assist, subjectTo: ["request-of-the-victim"],
                                    modality: .may, means: .bearerDecides)
                            ],
                            readings: [], note: nil)
                    ], note: nil))
        }
        return Graph(
            title: "Synthetic world of \(n) states", description: nil, defaults: Defaults(attacker: "S0", depth: 1),
            sources: [], places: places, actors: actors, deployments: deployments, instruments: instruments,
            scenarios: [])
    }

    /// The benchmark's scenario: the first state attacks the first deployment.
    package static func scenario(depth: Int) -> Scenario {
        Scenario(id: "bench", attacks: [Attack(target: .deployment("dep-0"), by: "S0")], depth: depth)
    }
}
