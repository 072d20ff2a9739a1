import ArgumentParser
import CasusKit

/// The `casus` command. A library target, so the fuzzer can parse command
/// lines with the real commands; `Sources/casus/main.swift` only calls `main()`.
public struct Casus: ParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "casus",
        abstract: "Who becomes obligated to respond if this force, or this state, is attacked — and through which clauses.",
        discussion: """
        Reads a world of states, organizations, treaties, clauses, deployments and scenarios
        (YAML, see docs/format.md) and traces trigger chains (docs/analysis.md).

        Example:
          casus trigger tripwire-east --depth 0
        """,
        version: "1.0.0",
        subcommands: [ValidateCommand.self, ListCommand.self, TriggerCommand.self, ExplainCommand.self, ScenarioCommand.self, CompareCommand.self,
                      CriticalCommand.self, ExportCommand.self, RenderCommand.self, ReportCommand.self, SchemaCommand.self, WatchCommand.self]
    )

    public init() {}

    public static func main() {
        Console.ignoreBrokenPipes()
        main(nil)
    }
}
