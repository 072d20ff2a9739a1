import CasusKit
import CasusTestSupport
import Foundation
import Testing

@testable import CasusCLI

/// The fuzzer runs the commands' own `answer(on:limits:)`: what it reads in memory
/// is, byte for byte, what `casus` prints for the same command line.
@Suite struct DryRunTests {
    static let commandLines: [[String]] = [
        ["trigger", "UKR", "--by", "RUS", "--depth", "1"],
        ["scenario", "tripwire-attacked", "--format", "json"],
        ["explain", "USA", "tripwire-attacked", "--why-not"],
        ["compare", "tripwire-attacked", "art6-broad-reading", "--format", "csv"],
        ["critical", "tripwire-attacked", "--remove", "readings", "--format", "md"],
        ["timeline", "FIN", "EST", "--by", "RUS", "--format", "json"],
    ]

    @Test(arguments: commandLines)
    func theAnswerInMemoryIsWhatTheCommandPrints(_ words: [String]) throws {
        let sample = Repository.root.appendingPathComponent("Graphs/ukraine-2025").path
        let arguments = words + ["--graph", sample]
        let command = try #require(try CasusCLI.Casus.parseAsRoot(arguments) as? any AnsweringCommand)
        let answer = try command.answer(on: try GraphLoader.load(path: sample), limits: .none)
        let printed = try CasusProgram.run(arguments)
        let format = words.firstIndex(of: "--format").map { words[$0 + 1] } ?? "text"
        let inMemory: String?
        switch format {
        case "json": inMemory = answer.json()
        case "csv": inMemory = answer.csv()
        case "md": inMemory = answer.markdown()
        default: inMemory = answer.text()
        }
        #expect(printed.status == 0)
        #expect(inMemory == printed.stdout)
    }
}
