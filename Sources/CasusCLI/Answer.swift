import CasusKit
import CasusRender

/// Every format a command can answer in. Each command offers its own subset as
/// its `--format` values (`OutputFormat`, `TableFormat`, `ChartedTableFormat`);
/// they all name one of these.
enum AnswerFormat: String {
    case text, json, csv, md, dot, svg, png, pdf

    /// The drawing a diagram format asks for; `nil` for a table.
    var diagram: DiagramFormat? { DiagramFormat(rawValue: rawValue) }
}

/// A command's `--format` values: a subset of `AnswerFormat`, by name.
protocol FormatChoice: RawRepresentable<String> {}

extension FormatChoice {
    var answerFormat: AnswerFormat { AnswerFormat(rawValue: rawValue) ?? .text }
}

/// A drawing: its DOT and the Graphviz layout it wants.
struct Chart {
    let dot: String
    var layout = "dot"
}

/// A result the command line prints: how it reads in each format. `Presenter`
/// sends any answer in the format asked for (one switch for every command); a
/// format a command does not offer never reaches an answer, so those return nil.
protocol Answer {
    func text() -> String
    func json() -> String
    func csv() -> String
    func markdown() -> String?
    func chart() throws -> Chart?
}

/// What bounds one command's work: nothing on the command line; a depth and a
/// number of chains when the fuzzer runs the same code on hostile graphs.
struct Limits {
    var depth: Int?
    var chains: Int?

    static let none = Limits()
    static let fuzzing = Limits(depth: 2, chains: 10)

    /// The scenario with its depth capped.
    func capped(_ scenario: Scenario, in graph: Graph) -> Scenario {
        guard let depth else { return scenario }
        var s = scenario
        s.depth = min(s.depth ?? graph.defaults.depth, depth)
        return s
    }

    /// The chains kept per actor: what was asked, else `fallback`, within the cap.
    func chains(_ asked: Int?, else fallback: Int = Analysis.defaultChainsPerActor) -> Int {
        min(asked ?? fallback, chains ?? .max)
    }
}

/// A command that answers from one graph in memory: `run()` loads the graph and
/// presents `answer(on:limits:)`, and the fuzzer calls the same `answer` (DryRun).
protocol AnsweringCommand {
    func answer(on graph: Graph, limits: Limits) throws -> any Answer
}

extension AnsweringCommand {
    /// `run()` of every answering command: load the graph, answer, present.
    func presentAnswer(from graph: GraphOption, as format: AnswerFormat, to output: String?) throws {
        try guarded {
            try Presenter.present(answer(on: try graph.load(), limits: .none), as: format, to: output)
        }
    }
}
