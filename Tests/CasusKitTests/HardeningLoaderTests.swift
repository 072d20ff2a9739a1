import CasusTestSupport
import Foundation
import Testing

@testable import CasusKit

/// The adversarial review's inputs that used to crash, hang or slip through
/// the loader: each now gets a located error or a correct answer.
@Suite struct HardeningLoaderTests {
    @Test(arguments: ["4611686018427387904", "[0, 9223372036854775807]"])
    func hourCountsNearTheIntegerLimitAreRefusedAtLoad(within: String) {
        let found = errors(
            baseWorld + pact(when: "{ attack-on: parties }", then: "{ duty: consult, within: \(within) }"))
        #expect(found.count == 1)
        #expect(found.first?.contains("hours; expected at most 8760 (one year)") == true)
    }

    @Test func chainHoursSaturateInsteadOfOverflowing() {
        #expect(Hours.sum(Int.max - 1, 8760) == Int.max)
        #expect(Hours.sum(nil, 24) == 24)
    }

    /// `n` places, each inside the next: a chain 0.5 MB long at 15,000.
    func nestedPlaces(_ n: Int, cycle: Bool = false) -> String {
        var text = "casus: 1\ndefaults: { attacker: A, depth: 0 }\nplaces:\n"
        for k in 0..<n {
            let outer = k + 1 < n ? "p\(k + 1)" : (cycle ? "p0" : "B")
            text += "  - { id: p\(k), name: P, within: [\(outer)] }\n"
        }
        text +=
            "actors:\n  - { id: A, name: A, kind: state }\n  - { id: B, name: B, kind: state }\n  - { id: C, name: C, "
            + "kind: state }\n"
        text +=
            "instruments:\n  - { id: t, title: T, form: treaty, status: in-force, force: binding, parties: [B, C],\n"
        text +=
            "      clauses: [ { id: a, cite: A, when: { attack-on: parties, in: [B], except: [p\(n - 1)] }, then: { "
            + "duty: assist } } ] }\n"
        return text
    }

    @Test func fifteenThousandNestedPlacesLoadAndAnswer() throws {
        let world = try graph(nestedPlaces(15_000))
        // p0 lies (through 15,000 links) in p14999, which the clause excepts.
        #expect(try run(world, "p0").status("C") == nil)
        #expect(try run(world, "B").status("C") == .bound)
    }

    @Test func aCycleThroughFifteenThousandPlacesIsOneLocatedError() {
        let found = errors(nestedPlaces(15_000, cycle: true))
        #expect(found.count == 1)
        #expect(
            found == [
                "t.yaml:4:5: places[0]: 'within' forms a cycle: p0 → p1 → p2 → p3 → p4 → … → p14996 → p14997 → p14998 "
                    + "→ p14999 → p0 (15000 links); containment must be acyclic"
            ])
    }

    @Test func thirtyThousandNestedOrganizationsLoad() throws {
        var text = "casus: 1\ndefaults: { attacker: A, depth: 0 }\nactors:\n"
        text +=
            "  - { id: A, name: A, kind: state }\n  - { id: B, name: B, kind: state }\n  - { id: C, name: C, kind: "
            + "state }\n"
        for k in 0..<30_000 {
            let member = k == 0 ? "C" : "o\(k - 1)"
            text += "  - { id: o\(k), name: O, kind: organization, members: [\(member)] }\n"
        }
        text +=
            "instruments:\n  - { id: t, title: T, form: treaty, status: in-force, force: binding, parties: [B, "
            + "o29999],\n"
        text += "      clauses: [ { id: a, cite: A, when: { attack-on: parties }, then: { duty: assist } } ] }\n"
        let world = try graph(text)
        #expect(world.index.states(of: "o29999") == [world.index.actorIndex["C"]].compactMap { $0 })
        #expect(try run(world, "B").status("C") == .bound)
    }

    @Test func twentyThousandDanglingReferencesAreAllReported() {
        var text = baseWorld + "instruments:\n"
        for k in 0..<20_000 {
            text +=
                "  - { id: i\(k), title: T, form: treaty, status: in-force, force: binding, parties: [Bx\(k)], "
                + "clauses: [] }\n"
        }
        let found = errors(text)
        #expect(found.count == 20_000)
        // The first ones carry a suggestion; past the limit, none is computed.
        #expect(
            found.first
                == "t.yaml:13:83: instruments[0].parties[0]: unknown id 'Bx0'; expected an actor (state, "
                + "organization or group) (did you mean 'B'?)"
        )
        #expect(
            found.last
                == "t.yaml:20012:87: instruments[19999].parties[0]: unknown id 'Bx19999'; expected an actor (state, "
                + "organization or group)"
        )
    }

    @Test(arguments: [
        ("\\e]0;PWNED\\a\\e[2J", "U+001B"), ("\\x9b31m", "U+009B"), ("a\\0b", "U+0000"), ("a\\rb", "U+000D"),
        ("\\u202Egnp.exe", "U+202E"),
    ])
    func controlCharactersWrittenAsEscapesAreRefused(text: String, code: String) {
        let yaml = baseWorld.replacingOccurrences(of: "name: Bee", with: "name: \"\(text)\"")
        #expect(
            errors(yaml) == [
                "t.yaml:8:20: actors[1].name: found control character \(code) in text; a graph's text may hold no "
                    + "control characters but tab and newline"
            ])
    }

    @Test func tabsAndNewlinesStayAllowedInText() {
        let yaml = baseWorld.replacingOccurrences(of: "name: Bee", with: "name: \"Bee\\tand\\nsea\"")
        #expect(errors(yaml) == [])
    }

    @Test func aRawC1ControlIsReportedWhereItIs() {
        let yaml = baseWorld.replacingOccurrences(of: "name: Bee", with: "name: B\u{9B}ee")
        #expect(errors(yaml) == ["t.yaml:8:21: found control character U+009B; graph files are plain text"])
    }

    @Test func messagesQuoteHostileTextEscaped() {
        let yaml = baseWorld + "scenarios:\n  - { id: s, attacks: [ { target: B } ], accept: [\"x\\e[2J\"] }\n"
        let found = errors(yaml)
        #expect(found.count == 1)
        #expect(found.first?.contains("\u{1B}") == false)
    }

    @Test func anOversizedFileIsRefusedBeforeItIsRead() throws {
        let folder = try TemporaryFolder()
        let dir = folder.url
        let big = dir.appendingPathComponent("big.yaml")
        #expect(FileManager.default.createFile(atPath: big.path, contents: nil))
        let handle = try FileHandle(forWritingTo: big)
        try handle.truncate(atOffset: 1 << 30) // 1 GiB, sparse: costs no disk and, unread, no memory
        try handle.close()
        let files = try GraphLoader.files(at: dir.path)
        #expect(files.map(\.data.count) == [0])
        let error = #expect(throws: GraphLoadFailure.self) { try GraphLoader.load(files: files) }
        #expect(
            error?.errors.map(\.description) == [
                "\(big.path):1:1: file is 1073741824 bytes; graph files may be at most 16777216 bytes"
            ])
    }

    @Test func aSymbolicLinkOutOfTheGraphsFolderIsRefused() throws {
        let folder = try TemporaryFolder()
        let root = folder.url
        let graphFolder = root.appendingPathComponent("graph")
        try FileManager.default.createDirectory(at: graphFolder, withIntermediateDirectories: true)
        let outside = root.appendingPathComponent("secret.yaml")
        try "casus: 1\ntitle: secret\n".write(to: outside, atomically: true, encoding: .utf8)
        try "casus: 1\n".write(to: graphFolder.appendingPathComponent("a.yaml"), atomically: true, encoding: .utf8)
        try FileManager.default.createSymbolicLink(
            at: graphFolder.appendingPathComponent("b.yaml"), withDestinationURL: outside)
        let error = #expect(throws: GraphNotFound.self) { try GraphLoader.files(at: graphFolder.path) }
        #expect(error?.reason.hasSuffix("outside the graph's folder; use --follow-symlinks to read it") == true)
        #expect(try GraphLoader.files(at: graphFolder.path, followSymlinks: true).count == 2)
    }
}
