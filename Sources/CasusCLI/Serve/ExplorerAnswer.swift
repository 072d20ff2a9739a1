import ArgumentParser
import CasusKit
import CasusRender
import Foundation

/// The explorer's answer to one choice: what `casus scenario` (or `trigger`)
/// and `casus explain` print, cell by cell, with the trigger diagram that
/// `--format svg` draws, the command line and the scenario block that give it.
enum ExplorerAnswer {
    /// What one request may cost: the explorer's depth, and enough chains for any `explain`.
    static let limits = Limits(depth: ExplorerChoice.maximumDepth, chains: 200)

    static func json(for choice: ExplorerChoice, on world: Graph, label: String) throws(ExplorerRefusal)
        -> JSONValue
    {
        let answer = try answered(choice.answerArguments, on: world)
        guard let result = answer as? OutcomeAnswer else {
            throw ExplorerRefusal(message: "casus: error: internal: the explorer's command gave no table")
        }
        var text = OutcomeText(graph: result.world, graphLabel: label)
        // One row per actor: each is clicked to explain it.
        text.grouped = false
        let outcome = result.outcome
        var fields: [(String, JSONValue)] = [
            ("command", .string(choice.commandLine)),
            ("scenario_yaml", .string(scenarioYAML(outcome.scenario))),
            ("header", .string(text.header(outcome.scenario))),
            ("rows", .array(text.rows(outcome).map { row(for: $0, in: result.world) })),
            ("sections", .array(text.sections(outcome).map(section))),
            ("unaffected", .int(outcome.unaffected)),
            ("outcome", outcome.json()),
        ]
        fields.append(("diagram_svg", .string(try diagram(result))))
        if let actor = choice.actor {
            let explanation = try answered(choice.explainArguments(actor), on: world)
            fields.append(("explain", .string(explanation.text())))
        }
        return .object(fields)
    }

    /// The command line parsed by the real commands and answered on `world`;
    /// a refusal carries the first line the command line would print.
    private static func answered(_ arguments: [String], on world: Graph) throws(ExplorerRefusal) -> any Answer {
        let command: ParsableCommand
        do {
            command = try Casus.parseAsRoot(arguments)
        } catch {
            throw ExplorerRefusal(message: "casus: error: " + Casus.message(for: error))
        }
        guard let answering = command as? AnsweringCommand else {
            throw ExplorerRefusal(message: "casus: error: internal: '\(arguments.first ?? "")' does not answer")
        }
        do {
            return try answering.answer(on: world, limits: limits)
        } catch let failure as ReportedFailure {
            throw ExplorerRefusal(message: failure.line)
        } catch {
            throw ExplorerRefusal(message: "casus: error: internal: \(error)")
        }
    }

    private static func row(for row: OutcomeText.Row, in world: Graph) -> JSONValue {
        let final = row.chain?.final
        return .object([
            ("actor", row.actor.map(JSONValue.string) ?? .null),
            ("name", row.actor.flatMap { world.actor($0)?.name }.map(JSONValue.string) ?? .null),
            ("status", .string(row.status.rawValue)),
            ("cells", .array(row.cells.map(JSONValue.string))),
            ("means", final?.means.map { .string($0.phrase) } ?? .null),
            ("permission", .bool(row.chain?.isPermission ?? false)),
        ])
    }

    private static func section(_ s: (title: String, rows: [[String]])) -> JSONValue {
        .object([
            ("title", .string(s.title)),
            ("rows", .array(s.rows.map { .array($0.map(JSONValue.string)) })),
        ])
    }

    /// The SVG `casus scenario … --format svg` writes for the same choice.
    private static func diagram(_ result: OutcomeAnswer) throws(ExplorerRefusal) -> String {
        do {
            guard let chart = try result.chart() else { return "" }
            let data = try Renderer.shared.render(dot: chart.dot, to: .svg, layout: chart.layout)
            return String(decoding: data, as: UTF8.self)
        } catch {
            throw ExplorerRefusal(message: "casus: error: \(error)")
        }
    }

    /// The analysed question as a `scenarios:` entry of a graph file (format.md).
    static func scenarioYAML(_ s: AnalysedScenario) -> String {
        let q = WorldWriter.quoted
        var lines = ["- id: \(s.id.map { $0 + "-explored" } ?? "explored")"]
        if let title = s.title { lines.append("  title: \(q(title))") }
        lines.append("  attacks:")
        for a in s.attacks {
            lines.append("    - target: \(q(a.target))")
            lines.append("      by: \(q(a.by))")
            if a.kind != .armedAttack { lines.append("      kind: \(a.kind.rawValue)") }
            if a.nuclear { lines.append("      nuclear: true") }
        }
        lines.append("  depth: \(s.depth)")
        let lists: [(String, [String])] = [
            ("accept", s.accept), ("reject", s.reject), ("adopt", s.adopt), ("without", s.without),
            ("aligned", s.aligned), ("joins", s.joins), ("vetoes", s.vetoes), ("duties", s.duties.map(\.rawValue)),
        ]
        for (key, ids) in lists where !ids.isEmpty {
            lines.append("  \(key): [" + ids.map(q).joined(separator: ", ") + "]")
        }
        if let day = s.asOf { lines.append("  as-of: \(q(day.description))") }
        return lines.joined(separator: "\n") + "\n"
    }
}
