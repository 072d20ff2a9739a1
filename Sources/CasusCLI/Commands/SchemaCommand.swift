import ArgumentParser
import CasusKit

struct SchemaCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "schema",
        abstract: "Print the JSON Schema of the graph format, for editors and other validators.",
        discussion: """
            Save it and point a YAML language server at it with a first line in each graph file:
              # yaml-language-server: $schema=./casus.schema.json
            It checks keys, types, words and id syntax as you type; `casus validate` checks the rest.

            Example:
              casus schema > casus.schema.json
            """
    )

    @Option(
        name: [.short, .long], help: ArgumentHelp("Write to this file (default: standard output).", valueName: "file"))
    var output: String?

    func run() throws {
        try guarded {
            try Output.emit(FormatSchema.json().rendered(), to: output)
        }
    }
}
