import ArgumentParser
import CasusTestSupport
import Foundation
import Testing

@testable import CasusCLI

/// docs/cli.md, which the code cites, names every command and every exit status.
@Suite struct CLIReferenceTests {
    static let reference =
        (try? String(
            contentsOf: Repository.root.appendingPathComponent("docs/cli.md"), encoding: .utf8)) ?? ""

    @Test func everyCommandHasItsLine() {
        let names = CasusCLI.Casus.configuration.subcommands.map { $0.configuration.commandName ?? "" }
        #expect(names.count == 16)
        for name in names {
            #expect(Self.reference.contains("\ncasus \(name) "), "docs/cli.md lacks casus \(name)")
        }
    }

    @Test func everyExitStatusHasItsRow() {
        let statuses = [
            Exit.usage, Exit.badGraph, Exit.missingFile, Exit.unavailable, Exit.internal, Exit.cannotCreate,
            Exit.ioError,
        ]
        for status in statuses {
            #expect(Self.reference.contains("\n| \(status) | "), "docs/cli.md lacks exit status \(status)")
        }
    }
}
