import ArgumentParser
import CasusIO
import CasusKit
import Foundation

/// The `casus` command. A library target, so the fuzzer can parse command
/// lines with the real commands; `Sources/casus/main.swift` only calls `main()`.
public struct Casus: ParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "casus",
        abstract:
            "Who becomes obligated to respond if this force, or this state, is attacked — and through which clauses.",
        discussion: """
            Reads a world of states, organizations, treaties, clauses, deployments and scenarios
            (YAML, see docs/format.md) and traces trigger chains (docs/analysis.md).

            Example:
              casus trigger tripwire-east --depth 0
            """,
        version: "1.0.0",
        subcommands: [
            ValidateCommand.self, ListCommand.self, TriggerCommand.self, ExplainCommand.self, ScenarioCommand.self,
            CompareCommand.self,
            CriticalCommand.self, StrengthenCommand.self, TimelineCommand.self, ExportCommand.self, ImportCommand.self,
            RenderCommand.self,
            ReportCommand.self, SchemaCommand.self, WatchCommand.self, ServeCommand.self,
        ]
    )

    public init() {}

    /// Parses and runs a command line. Every error message starts `casus: error:`
    /// (ArgumentParser's own "Error:" included), and a mistyped subcommand gets a
    /// suggestion.
    public static func main() {
        Console.ignoreBrokenPipes()
        let arguments = Array(CommandLine.arguments.dropFirst())
        // Shell completion asks for custom values through ArgumentParser's own entry point.
        if arguments.first == "---completion" {
            main(arguments)
            return
        }
        do {
            var command = try parseAsRoot(arguments)
            try command.run()
        } catch {
            let code = exitCode(for: error)
            var message = fullMessage(for: error)
            if code == .success {
                if !message.isEmpty {
                    try? Console.out(message + "\n")
                }
                Foundation.exit(0)
            }
            if message.hasPrefix("Error: ") {
                var lines = message.dropFirst("Error: ".count).split(separator: "\n", omittingEmptySubsequences: false)
                    .map(String.init)
                lines[0] = "casus: error: " + lines[0] + subcommandHint(arguments)
                message = lines.joined(separator: "\n")
            }
            if !message.isEmpty {
                printError(message)
            }
            Foundation.exit(code.rawValue)
        }
    }

    /// " (did you mean 'trigger'?)" when the first argument is close to a subcommand's name.
    static func subcommandHint(_ arguments: [String]) -> String {
        guard let first = arguments.first, !first.hasPrefix("-") else { return "" }
        let names = configuration.subcommands.map { $0.configuration.commandName ?? "" }
        guard !names.contains(first), let near = Suggestion.nearest(to: first, in: names) else { return "" }
        return " (did you mean 'casus \(near)'?)"
    }
}
