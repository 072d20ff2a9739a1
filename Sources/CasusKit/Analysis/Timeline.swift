/// `casus timeline`: one actor's status and best chain across time. The
/// analysis runs once at the start and once at every day on which a dated fact
/// starts or stops holding (never day by day); periods whose answers read the
/// same are merged.
package struct Timeline: Sendable {
    /// One stretch of days with one answer: from `from` (nil: since before every
    /// dated fact) up to the day before `to` (nil: to this day and beyond).
    package struct Period: Sendable, Hashable {
        package let from: Day?
        package let to: Day?
        /// nil: unaffected.
        package let status: Status?
        package let chain: Chain?
        /// Why there was nothing to analyse (the attacker did not exist yet).
        package let note: String?
    }

    package let actor: String
    /// The scenario as analysed, without a day (each period has its own).
    package let scenario: AnalysedScenario
    package let periods: [Period]
    /// How many days were analysed.
    package let analysedDays: Int

    /// Runs `scenario` as of every day between `from` and `to` on which a dated
    /// fact that can reach its chains changes (`TimelineReach`; with `exhaustive`,
    /// every day any dated fact changes: the reference the tests hold it to).
    /// - Throws: `UnknownName` for an unknown actor, or when the scenario is wrong on every day.
    /// - Complexity: One analysis (and one rebuild of the graph's indices) per such day.
    package static func run(
        _ actor: String, _ scenario: Scenario, on graph: Graph, from: Day? = nil, to: Day? = nil,
        chainsPerActor: Int = Analysis.defaultChainsPerActor, exhaustive: Bool = false
    ) throws(UnknownName) -> Timeline {
        guard graph.index.actorIndex[actor] != nil else {
            throw UnknownName(message: "unknown actor '\(actor)'", suggestion: graph.index.suggestActor(actor))
        }
        let start = from ?? Day.distantPast
        var days = [start]
        let reach = exhaustive ? nil : TimelineReach(scenario, actor: actor, on: graph)
        let changes = reach.map { $0.changeDays(in: graph.dated) } ?? graph.dated.changeDays
        for d in changes where start < d && (to.map { d < $0 } ?? true) {
            days.append(d)
        }
        // Each day's world is read from the instruments that can reach the run only.
        let graph = reach.map { $0.world(graph, for: scenario) } ?? graph
        var periods: [Period] = []
        var echo: AnalysedScenario?
        var lastError: UnknownName?
        for (n, day) in days.enumerated() {
            var s = scenario
            s.asOf = day
            let end = n + 1 < days.count ? days[n + 1] : to
            let begin = from == nil && n == 0 ? nil : day
            do throws(UnknownName) {
                let outcome = try Analysis.run(s, on: graph.asOf(day), chainsPerActor: chainsPerActor)
                echo = echo ?? outcome.scenario
                let row = outcome.actor(actor)
                periods.append(Period(from: begin, to: end, status: row?.status, chain: row?.chains.first, note: nil))
            } catch {
                lastError = error
                periods.append(
                    Period(from: begin, to: end, status: nil, chain: nil, note: error.periodNote ?? error.message))
            }
        }
        guard let echo else { throw lastError ?? UnknownName(message: "nothing to analyse", suggestion: nil) }
        return Timeline(actor: actor, scenario: echo.undated, periods: merged(periods), analysedDays: days.count)
    }

    /// Neighbouring periods that read the same (status, duty, force, clause,
    /// readings and proposals of the best chain, note) become one.
    static func merged(_ periods: [Period]) -> [Period] {
        var out: [Period] = []
        for p in periods {
            if let last = out.last, last.reading == p.reading {
                out[out.count - 1] = Period(
                    from: last.from, to: p.to, status: last.status, chain: last.chain, note: last.note)
            } else {
                out.append(p)
            }
        }
        return out
    }
}

extension Timeline.Period {
    /// What a reader of the table sees: equal readings are one period.
    var reading: [String] {
        guard let c = chain else { return [status?.rawValue ?? "unaffected", note ?? ""] }
        return [
            status?.rawValue ?? "", c.duty.rawValue, c.force.rawValue, c.final?.instrument ?? "", c.final?.clause ?? "",
            c.readings.joined(separator: ","), c.proposals.joined(separator: ","), note ?? "",
        ]
    }
}

extension AnalysedScenario {
    /// The same echo without its day.
    var undated: AnalysedScenario {
        AnalysedScenario(
            id: id, title: title, attacks: attacks, depth: depth, accept: accept, reject: reject, adopt: adopt,
            without: without, aligned: aligned, joins: joins, vetoes: vetoes, duties: duties, asOf: nil)
    }
}
