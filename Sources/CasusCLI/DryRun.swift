import ArgumentParser
import CasusKit
import CasusRender

/// What the command-line fuzzer runs: parse a command line with the real
/// commands, then do each command's work on a given graph in memory — resolve
/// its target, build its scenario, analyse (depth capped), lay out the world
/// map as DOT — without loading files, calling Graphviz or writing anything.
/// Errors are expected answers; only a crash or a hang is a finding.
public enum DryRun {
    public static func run(_ arguments: [String], on graph: Graph) {
        guard let command = try? Casus.parseAsRoot(arguments) else { return }
        try? work(command, on: graph)
    }

    private static func work(_ command: ParsableCommand, on g: Graph) throws {
        switch command {
        case let c as TriggerCommand:
            try analyse(c.analysis.apply(to: try c.attack.scenario(on: c.target, in: g)), c.analysis, g)
        case let c as ExplainCommand:
            let base = try g.scenario(c.target) ?? c.attack.scenario(on: c.target, in: g)
            var s = c.analysis.apply(to: base)
            s.depth = min(s.depth ?? g.defaults.depth, 2)
            _ = try Analysis.explain(c.actor, in: s, on: g, chainsPerActor: 10).text(graph: g, whyNot: true)
        case let c as ScenarioCommand:
            try analyse(c.analysis.apply(to: try NamedScenario.find(c.id, in: g)), c.analysis, g)
        case let c as CompareCommand:
            for id in c.ids.prefix(4) {
                try analyse(c.analysis.apply(to: try NamedScenario.find(id, in: g)), c.analysis, g)
            }
        case let c as RenderCommand:
            _ = try WorldMap(graph: g, focus: c.focus, radius: c.radius).dot()
        default:
            return
        }
    }

    private static func analyse(_ scenario: Scenario, _ flags: AnalysisFlags, _ g: Graph) throws {
        var s = scenario
        s.depth = min(s.depth ?? g.defaults.depth, 2)
        _ = try Analysis.run(s, on: g, chainsPerActor: min(flags.chains ?? Analysis.defaultChainsPerActor, 10))
    }
}
