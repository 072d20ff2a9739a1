import CasusTestSupport
import Foundation
import Testing

@testable import CasusKit

/// Every class of load error, with its exact message, line and column.
@Suite struct LoaderErrorTests {
    @Test func unknownKeyWithSuggestion() {
        let input = MarkedText(
            """
            casus: 1
            1️⃣titel: World
            """)
        #expect(
            errors(
                input.text) == [
                    "t.yaml:\(input[1]): titel: unknown key 'titel'; expected one of casus, title, description, "
                        + "defaults, "
                        + "sources, places, actors, deployments, readings, instruments, scenarios "
                        + "(did you mean 'title'?)"
                ])
    }

    @Test func typoInUnprovokedIsAnErrorNotIgnored() {
        let input = MarkedText(
            baseWorld + """
                instruments:
                  - id: p
                    title: Pact
                    form: treaty
                    status: in-force
                    force: binding
                    parties: [B, C]
                    clauses:
                      - id: a1
                        cite: A1
                        when: { attack-on: parties, 1️⃣unprovokd: true }
                        then: { duty: defend }
                """)
        #expect(
            errors(
                input.text) == [
                    "t.yaml:\(input[1]): instruments[0].clauses[0].when.unprovokd: unknown key 'unprovokd'; expected "
                        + "one of "
                        + "attack-on, attack-by, target, kinds, in, except, by, unprovoked, nuclear (did you mean "
                        + "'unprovoked'?)"
                ])
    }

    @Test func unknownEnumerationWordWithSuggestion() {
        let input = MarkedText(
            baseWorld + """
                instruments:
                  - id: p
                    title: Pact
                    form: treaty
                    status: in-force
                    force: binding
                    parties: [B, C]
                    clauses:
                      - { id: a1, cite: A1, when: { attack-on: parties }, then: { duty: 1️⃣asist } }
                """)
        #expect(
            errors(
                input.text) == [
                    "t.yaml:\(input[1]): instruments[0].clauses[0].then.duty: unknown duty 'asist'; expected one of "
                        + "defend, join-war, "
                        + "assist, aid, consult, sanction, supply, seek-un-action, neutral, refrain (did you mean "
                        + "'assist'?)"
                ])
    }

    @Test func wrongTypes() {
        let input = MarkedText(
            """
            casus: 1
            defaults: { attacker: 1️⃣A, depth: 2️⃣deep }
            places: 3️⃣{ id: x }
            """)
        #expect(
            errors(
                input.text) == [
                    "t.yaml:\(input[1]): defaults.attacker: unknown id 'A'; expected a state or a group",
                    "t.yaml:\(input[2]): defaults.depth: found 'deep'; expected a whole number",
                    "t.yaml:\(input[3]): places: found a mapping; expected a list",
                ])
    }

    @Test func idSyntaxDuplicatesAndDanglingReferences() throws {
        // Where the base world declares B first.
        let first = try #require(baseWorld.split(separator: "\n").firstIndex { $0.contains("{ id: B,") }) + 1
        let input = MarkedText(
            baseWorld + """
                  - { id: 1️⃣B, name: Again, kind: state }
                  - { id: 2️⃣../../etc/passwd, name: X, kind: state }
                  - { id: L, name: League, kind: organization, members: [B, 3️⃣Cx] }
                """)
        let got = errors(input.text)
        #expect(
            got == [
                "t.yaml:\(input[1]): actors[5].id: duplicate id 'B'; already declared as a state at t.yaml:\(first)",
                "t.yaml:\(input[2]): actors[6].id: invalid id '../../etc/passwd'; ids start with a letter and use only "
                    + "letters, digits, '_', '.' and '-' (at most 64)",
                "t.yaml:\(input[3]): actors[7].members[1]: unknown id 'Cx'; expected a state or organization "
                    + "(did you mean 'C'?)",
            ])
    }

    @Test func cyclesInWithinAndMembers() {
        let input = MarkedText(
            """
            casus: 1
            places:
              - 1️⃣{ id: p, name: P, within: [q] }
              - { id: q, name: Q, within: [p] }
            actors:
              - 2️⃣{ id: O1, name: One, kind: organization, members: [O2] }
              - { id: O2, name: Two, kind: organization, members: [O1] }
            """)
        #expect(
            errors(
                input.text) == [
                    "t.yaml:\(input[1]): places[0]: 'within' forms a cycle: p → q → p; containment must be acyclic",
                    "t.yaml:\(input[2]): actors[0]: 'members' forms a cycle: O1 → O2 → O1; containment must be acyclic",
                ])
    }

    @Test func deploymentOutsideItsHost() {
        let input = MarkedText(
            baseWorld + """
                deployments:
                  - { id: d, name: D, config: tripwire, host: B, at: 1️⃣south, contributors: [C], status: deployed }
                """)
        #expect(
            errors(
                input.text) == [
                    "t.yaml:\(input[1]): deployments[0].at: 'south' does not lie within the host 'B'; a deployment's "
                        + "place "
                        + "must be inside its host"
                ])
    }

    @Test func rangeWithMinAboveMaxAndBadSourceAndDate() {
        let input = MarkedText(
            baseWorld + """
                instruments:
                  - id: p
                    title: Pact
                    form: treaty
                    status: in-force
                    force: binding
                    date: 1️⃣2020-13-01
                    source: 2️⃣"javascript:alert(1)"
                    parties: [B, C]
                    clauses:
                      - { id: a1, cite: A1, when: { attack-on: parties }, then: { duty: assist, within: 3️⃣[72, 12] } }
                """)
        #expect(
            errors(
                input.text) == [
                    "t.yaml:\(input[1]): instruments[0].date: found '2020-13-01'; expected a date as YYYY, YYYY-MM or "
                        + "YYYY-MM-DD",
                    "t.yaml:\(input[2]): instruments[0].source: found 'javascript:alert(1)'; expected an http:// or "
                        + "https:// link",
                    "t.yaml:\(input[3]): instruments[0].clauses[0].then.within: range [72, 12] has min > max; expected "
                        + "[min, max] with min <= max",
                ])
    }

    @Test func wrongFormatVersionNamesTheFileAndTheVersionsUnderstood() {
        #expect(
            errors("casus: 2\n", file: "old.yaml") == [
                "old.yaml:1:8: casus: format version 2 is not understood; this casus reads version 1 (write 'casus: 1')"
            ])
        #expect(errors("title: x\n") == ["t.yaml:1:1: missing required key 'casus'"])
    }

    @Test func emptyFile() {
        #expect(errors("") == ["t.yaml:1:1: file is empty; expected a YAML mapping that starts with 'casus: 1'"])
        #expect(errors("\n  \n") == ["t.yaml:1:1: file is empty; expected a YAML mapping that starts with 'casus: 1'"])
    }

    @Test(
        arguments: [
            (
                [0x63, 0x61, 0x0A, 0x78, 0x00, 0x01],
                "b.yaml:2:2: found a NUL byte: this is a binary file, not YAML text"
            ),
            (
                [0x63, 0x3A, 0x20, 0xFF, 0xFE],
                "b.yaml:1:4: found bytes that are not UTF-8 text; graph files are UTF-8 YAML"
            ),
            ([0x63, 0x3A, 0x20, 0x1B, 0x5B], "b.yaml:1:4: found control character U+001B; graph files are plain text"),
        ] as [([UInt8], String)])
    func binaryGarbageIsRejectedWithItsPosition(bytes: [UInt8], message: String) {
        let failure = #expect(throws: GraphLoadFailure.self) {
            try GraphLoader.load(files: [.init(name: "b.yaml", data: Data(bytes))])
        }
        #expect(failure?.errors.map(\.description) == [message])
    }

    @Test func yamlSyntaxErrorHasItsLine() {
        #expect(
            errors("casus: 1\ntitle: \"unclosed\nplaces: [\n") == [
                "t.yaml:4:1: YAML syntax error: found unexpected end of stream (while scanning a quoted scalar at "
                    + "line 2)"
            ])
    }

    @Test func billionLaughsIsRejectedAtOnce() {
        var lines = ["casus: 1", "a: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]"]
        for (n, name) in "bcdefghi".enumerated() {
            let prev = Array("abcdefghi")[n]
            lines.append("\(name): &\(name) [" + Array(repeating: "*\(prev)", count: 9).joined(separator: ",") + "]")
        }
        #expect(
            errors(lines.joined(separator: "\n")) == [
                "t.yaml:2:4: found YAML anchor '&a'; anchors and aliases are not supported (write the value out in "
                    + "full, or quote text that starts with '&' or '*')"
            ])
    }

    @Test func aliasWithoutAnchorAndAnchorsInsideQuotesOrBlocks() {
        #expect(
            errors("casus: 1\ntitle: *x\n") == [
                "t.yaml:2:8: found YAML alias '*x'; anchors and aliases are not supported (write the value out in "
                    + "full, or quote text that starts with '&' or '*')"
            ])
        // Text that merely contains & or * is fine.
        #expect(errors("casus: 1\ntitle: \"*x &y\"\ndescription: |\n  * bullet &z\n  R&D\n") == [])
    }

    @Test func unknownScenarioTargetAndReadingAreReportedWithTheRest() {
        let input = MarkedText(
            baseWorld + """
                scenarios:
                  - id: s
                    attacks: [ { target: 1️⃣Bx } ]
                    accept: [2️⃣nothing]
                """)
        #expect(
            errors(
                input.text) == [
                    "t.yaml:\(input[1]): scenarios[0].attacks[0].target: unknown target 'Bx'; expected a deployment, a "
                        + "state, a group, a place inside a state, forces:STATE@PLACE or vessels:STATE@PLACE (did "
                        + "you mean 'B'?)",
                    "t.yaml:\(input[2]): scenarios[0].accept[0]: unknown id 'nothing'; expected a reading",
                ])
    }

    @Test func errorsAcrossFilesComeSortedByFileAndLine() throws {
        let files = [
            GraphLoader.File(name: "b.yaml", text: "casus: 1\nzzz: 1\n"),
            GraphLoader.File(name: "a.yaml", text: "casus: 1\n\nyyy: 2\n"),
        ]
        do {
            _ = try GraphLoader.load(files: files)
            Issue.record("loaded")
        } catch {
            #expect(error.errors.map { "\($0.file):\($0.line)" } == ["a.yaml:3", "b.yaml:2"])
        }
    }

    /// Paths are found from the document when a message needs them: a key is
    /// reported at its mapping, an item by its position in its list.
    @Test func aKeyIsLocatedAtItsMappingAndAnItemByItsPosition() {
        #expect(
            errors(
                "casus: 1\nactors:\n  - { id: A, name: Aye, kind: state, within: [ { nested: 1 } ] }\n  - ? [x]\n    "
                    + ": 1\n    id: B\n"
            ) == [
                "t.yaml:3:48: actors[0].within[0]: found a mapping; expected text",
                "t.yaml:4:5: actors[1]: missing required key 'kind'",
                "t.yaml:4:5: actors[1]: missing required key 'name'",
                "t.yaml:4:7: actors[1]: found a list as a key; expected one of id, name, kind, within, tags, members, "
                    + "aliases, from, to, spells, note",
            ])
    }

    /// Files are prepared on a second thread while earlier ones are read: a
    /// refused file, one Yams must judge and well-formed ones still give every
    /// error, and the first declaration is the one in the earlier file.
    @Test func filesPreparedBesideTheReadingReportAsOneByOne() throws {
        let files = [
            GraphLoader.File(name: "1.yaml", text: "casus: 1\nactors: [ { id: A, name: Aye, kind: state } ]\n"),
            GraphLoader.File(name: "2.yaml", data: Data([0x63, 0x00])),
            GraphLoader.File(name: "3.yaml", text: "casus: 1\ntitle: [unclosed\n"),
            GraphLoader.File(name: "4.yaml", text: "casus: 1\nactors: [ { id: A, name: Again, kind: state } ]\n"),
        ]
        let error = #expect(throws: GraphLoadFailure.self) { try GraphLoader.load(files: files) }
        #expect(
            error?.errors.map(\.description) == [
                "2.yaml:1:2: found a NUL byte: this is a binary file, not YAML text",
                "3.yaml:3:1: YAML syntax error: did not find expected ',' or ']' (while parsing a flow sequence at "
                    + "line 2)",
                "4.yaml:2:17: actors[0].id: duplicate id 'A'; already declared as a state at 1.yaml:2",
            ])
    }
}

/// The load errors of the version-2 additions, word for word.
@Suite struct LoaderErrorV2Tests {
    @Test func hoursAreBoundedByOneYear() {
        let input = MarkedText(
            baseWorld + pact(when: "{ attack-on: parties }", then: "{ duty: consult, within: 1️⃣8761 }"))
        #expect(
            errors(input.text) == [
                "t.yaml:\(input[1]): instruments[0].clauses[0].then.within: found 8761 hours; expected at most 8760 "
                    + "(one "
                    + "year)"
            ])
    }

    @Test func aRefrainClauseHasNoWhen() {
        let input = MarkedText(baseWorld + pact(when: "1️⃣{ attack-on: parties }", then: "{ duty: refrain }"))
        #expect(
            errors(input.text) == [
                "t.yaml:\(input[1]): instruments[0].clauses[0].when: a refrain clause has no 'when': it is a standing "
                    + "undertaking, reported as breached when a bearer attacks one of 'towards'"
            ])
    }

    @Test func aCollectiveObligationNamesItsBearers() {
        let input = MarkedText(
            baseWorld + pact(when: "{ attack-on: parties }", then: "{ duty: defend, collective: 1️⃣true }"))
        #expect(
            errors(input.text) == [
                "t.yaml:\(input[1]): instruments[0].clauses[0].then.collective: a collective obligation needs "
                    + "'bearers' as "
                    + "an explicit list of the organizations (or states) that bear it"
            ])
    }

    @Test func aDeploymentWithoutAHostLiesAtSea() {
        let input = MarkedText(
            baseWorld + """
                deployments:
                  - { id: d, name: D, config: other, at: 1️⃣B, contributors: [C], status: deployed }
                """)
        #expect(
            errors(
                input.text) == [
                    "t.yaml:\(input[1]): deployments[0].at: 'B' lies in the state 'B'; name it as 'host', or place a "
                        + "deployment without a host at sea (a place in no state)"
                ])
    }

    @Test func anUnknownEventKindIsSuggested() {
        let input = MarkedText(baseWorld + pact(when: "{ attack-on: parties, kinds: [1️⃣incursoin] }"))
        #expect(
            errors(input.text) == [
                "t.yaml:\(input[1]): instruments[0].clauses[0].when.kinds[0]: unknown event kind 'incursoin'; "
                    + "expected one "
                    + "of armed-attack, incursion, threat, cyber (did you mean 'incursion'?)"
            ])
    }

    /// `validate` refuses an attacker that `scenario` would refuse (issue 29, bug b).
    @Test func aScenariosAttackerIsAState() {
        let input = MarkedText(
            baseWorld + """
                  - { id: LEAGUE, name: League, kind: organization, members: [B, C] }
                scenarios:
                  - { id: s, attacks: [ { target: D, by: 1️⃣LEAGUE } ] }
                """)
        #expect(
            errors(input.text) == [
                "t.yaml:\(input[1]): scenarios[0].attacks[0].by: 'LEAGUE' is an organization; expected a state or a "
                    + "group"
            ])
    }
}
