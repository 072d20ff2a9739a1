import ArgumentParser
import CasusKit
import CasusRender

/// What the command-line fuzzer runs: parse a command line with the real
/// commands, then call the same `answer(on:limits:)` their `run()` presents, on
/// a given graph in memory and within `Limits.fuzzing`, and read the answer as
/// text and JSON — without loading files, calling Graphviz or writing anything.
/// Errors are expected answers; only a crash or a hang is a finding.
public enum DryRun {
    public static func run(_ arguments: [String], on graph: Graph) {
        guard let command = try? Casus.parseAsRoot(arguments) else { return }
        try? work(command, on: graph)
    }

    private static func work(_ command: ParsableCommand, on world: Graph) throws {
        switch command {
        case let c as AnsweringCommand:
            let answer = try c.answer(on: world, limits: .fuzzing)
            _ = answer.text()
            _ = answer.json()
        case let c as RenderCommand:
            _ = try c.map(of: world).dot()
        default:
            return
        }
    }
}
