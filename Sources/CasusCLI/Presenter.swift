import CasusKit
import CasusRender
import Foundation

/// Sends any answer in the format asked for, to standard output or `-o FILE`:
/// the one place a command's result becomes bytes.
enum Presenter {
    static func present(_ answer: any Answer, as format: AnswerFormat, to path: String?) throws {
        switch format {
        case .text: try Output.emit(answer.text(), to: path)
        case .json: try Output.emit(answer.json(), to: path)
        case .csv: try Output.emit(answer.csv(), to: path)
        case .md: try Output.emit(try offered(answer.markdown(), format), to: path)
        case .dot, .svg, .png, .pdf:
            let chart = try offered(try answer.chart(), format)
            let drawing = format.diagram ?? .svg
            let data = try Renderer.shared.render(dot: chart.dot, to: drawing, layout: chart.layout)
            try Output.emit(data, to: path, binary: drawing.isBinary)
        }
    }

    /// A format the command does not offer: argument parsing refuses it first,
    /// so reaching here is a bug in a command's `--format` values.
    private static func offered<T>(_ value: T?, _ format: AnswerFormat) throws -> T {
        guard let value else {
            throw UsageProblem(message: "this command does not write \(format.rawValue)")
        }
        return value
    }

    /// ANSI colours for the text table's statuses, on a terminal only.
    static var colour: ((Status, String) -> String)? {
        guard Output.useColour else { return nil }
        return { status, text in
            let code: String
            switch status {
            case .attacker: code = "31"
            case .victim: code = "33"
            case .joined: code = "33;2"
            case .bound: code = "34;1"
            case .committed: code = "36"
            case .contested: code = "35"
            case .proposed: code = "33;2"
            case .escalation: code = "32"
            case .blocked: code = "90"
            case .permitted: code = "3"
            }
            return "\u{1B}[\(code)m\(text)\u{1B}[0m"
        }
    }
}
