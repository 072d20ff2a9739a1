import CasusIO
import CasusKit
import CasusTestSupport
import Foundation
import Testing

/// `casus validate`: its answers, its errors and its exit statuses.
@Suite struct ValidateCommandTests {
    @Test func validateSampleWorldPrintsASummaryAndExitsZero() throws {
        let r = try CasusProgram.run(["validate", "Graphs/ukraine-2025"])
        #expect(r.status == 0)
        #expect(
            r.stdout
                == "Graphs/ukraine-2025: ok — 59 actors (52 states, 7 organizations), 15 places, 50 instruments, 64 "
                + "clauses, 7 readings, 6 deployments, 20 scenarios\n"
        )
    }

    @Test func badGraphExits65WithEveryErrorAndWritesNothing() throws {
        let folder = try TemporaryFolder()
        let dir = folder.url
        let bad = dir.appendingPathComponent("bad.yaml")
        try "casus: 1\ntitel: x\nactors: [ { id: A, name: A, kind: stat } ]\n".write(
            to: bad, atomically: true, encoding: .utf8)
        let r = try CasusProgram.run(["validate", bad.path])
        #expect(r.status == 65)
        #expect(
            r.stderr == """
                \(bad.path):2:1: titel: unknown key 'titel'; expected one of casus, title, description, defaults, \
                sources, places, actors, deployments, readings, instruments, scenarios (did you mean 'title'?)
                \(bad.path):3:35: actors[0].kind: unknown actor kind 'stat'; expected one of state, organization, \
                group (did you mean 'state'?)
                casus: error: 2 errors in 1 graph

                """)
        let out = dir.appendingPathComponent("out.json")
        let t = try CasusProgram.run(["trigger", "A", "--graph", bad.path, "--format", "json", "-o", out.path])
        #expect(t.status == 65)
        #expect(!FileManager.default.fileExists(atPath: out.path))
    }

    @Test func missingFileExits66() throws {
        let r = try CasusProgram.run(["validate", "no/such/graph.yaml"])
        #expect(r.status == 66)
        #expect(r.stderr == "casus: error: no/such/graph.yaml: No such file or directory\n")
    }

    @Test func aColonInAnUnquotedValueGetsAHint() throws {
        #expect(
            try validateStderr("casus: 1\ntitle: Casus: a world\n")
                == "g.yaml:2:13: YAML syntax error: mapping values are not allowed in this context; a value that "
                + "contains ': ' must be quoted, as in title: \"Casus: a world\"\ncasus: error: 1 error in 1 "
                + "graph\n"
        )
    }

    @Test func aKeyIndentedTooDeepGetsAnIndentationHint() throws {
        #expect(
            try validateStderr("casus: 1\nactors:\n  - id: A\n    name: A\n     kind: state\n")
                == "g.yaml:5:10: YAML syntax error: mapping values are not allowed in this context; this line is "
                + "indented deeper than the line above, whose value is already given (keys of one mapping line "
                + "up)\ncasus: error: 1 error in 1 graph\n"
        )
    }

    @Test func aKeyIndentedTooShallowGetsAnIndentationHint() throws {
        #expect(
            try validateStderr("casus: 1\nactors:\n  - id: A\n    name: A\n   kind: state\n")
                == "g.yaml:5:4: YAML syntax error: did not find expected '-' indicator (while parsing a block "
                + "collection at line 3); check this line's indentation against the line above (keys of one "
                + "mapping line up)\ncasus: error: 1 error in 1 graph\n"
        )
    }
}

/// `casus validate` warnings: standard error, status 0, or 65 with --warnings-as-errors.
@Suite struct ValidateWarningTests {
    static let world = """
        casus: 1
        defaults: { attacker: B }
        places:
          - { id: home, name: Home }
          - { id: sea, name: Sea }
          - { id: A-isle, name: Isle, within: [A, sea] }
        actors:
          - { id: A, name: A, kind: state, within: [home] }
          - { id: B, name: B, kind: state, within: [home] }
          - { id: C, name: C, kind: state, within: [home] }
        instruments:
          - id: p
            title: Pact
            form: treaty
            status: in-force
            force: binding
            parties: [A, C]
            clauses:
              - id: a1
                cite: Art. 1
                when: { attack-on: parties, target: territory }
                then: { duty: defend }
                readings:
                  - { id: r-sea, claim: the sea too, when: { attack-on: any, in: [sea], target: vessels } }
        scenarios:
          - { id: a-attacked, attacks: [ { target: A } ] }

        """

    func validate(_ extra: [String] = []) throws -> ProgramRun {
        let folder = try TemporaryFolder()
        let dir = folder.url
        try Self.world.write(to: dir.appendingPathComponent("w.yaml"), atomically: true, encoding: .utf8)
        return try CasusProgram.run(["validate", "w.yaml"] + extra, in: dir)
    }

    @Test func warningsGoToStandardErrorAndLeaveTheStatusZero() throws {
        let r = try validate()
        #expect(r.status == 0)
        #expect(
            r.stdout
                == "w.yaml: ok — 3 actors (3 states, 0 organizations), 3 places, 1 instrument, 1 clause, 1 reading, 0 "
                + "deployments, 1 scenario\n"
        )
        #expect(
            r.stderr == """
                casus: warning: w.yaml: place A-isle lies in A and in a region of its own, so it is not in A's \
                region home (the overseas rule); add it to its `within` if it applies
                casus: warning: w.yaml: reading r-sea (p a1) is named by no scenario and carries no chain in any: \
                add a scenario that accepts or rejects it, or check its `when`

                """)
    }

    @Test func warningsAsErrorsExits65() throws {
        let r = try validate(["--warnings-as-errors"])
        #expect(r.status == 65)
        #expect(r.stderr.hasSuffix("casus: error: 2 warnings (--warnings-as-errors)\n"))
    }

    /// Hawaii says `overseas: true` (version 3): outside North America on purpose, so no warning.
    @Test func theSampleWorldHasNoWarnings() throws {
        let r = try CasusProgram.run(["validate", "Graphs/ukraine-2025", "--warnings-as-errors"])
        #expect(r.status == 0)
        #expect(r.stderr == "")
    }

    /// A `bearers: any` permission is one line of the table, after every obligation.
    @Test func everyOtherStateMayAssistIsOneLine() throws {
        let r = try CasusProgram.run(
            ["trigger", "MDA", "--depth", "0", "--duty", "assist", "--wide"], environment: ["NO_COLOR": "1"])
        let rows = r.stdout.split(separator: "\n").filter { $0.contains("permitted") }
        #expect(
            rows == [
                "50 others  permitted  may assist (a right)  -      every other state (50) may assist MDA: MDA "
                    + "territory ← UN Charter Art. 51 — subject to request of the victim, until security council acts"
            ])
    }

    /// An imported world's hundreds of unreached readings are one line, listed with
    /// `--verbose` (issue 25, item 6); `--warnings-as-errors` counts every one.
    @Test func manyUnreachedReadingsAreOneLineUnlessVerbose() throws {
        let readings = (1...6).map { "{ id: r\($0), claim: R\($0), when: { attack-on: [C] } }" }.joined(separator: ", ")
        let world = """
            casus: 1
            defaults: { attacker: A }
            actors:
              - { id: A, name: A, kind: state }
              - { id: B, name: B, kind: state }
              - { id: C, name: C, kind: state }
            instruments:
              - { id: p, title: P, form: treaty, status: in-force, force: binding, parties: [B, C],
                  clauses: [ { id: a1, cite: A1, when: [], then: { duty: consult }, readings: [\(readings)] } ] }
            scenarios:
              - { id: s, attacks: [ { target: B } ] }

            """
        let folder = try TemporaryFolder()
        try folder.write(world, to: "w.yaml")
        let short = try CasusProgram.run(["validate", "w.yaml"], in: folder.url)
        #expect(short.status == 0)
        #expect(
            short.stderr
                == "casus: warning: w.yaml: 6 readings are named by no scenario and carry no chain in any (r1, r2, r3, "
                + "…); casus validate --verbose lists each\n")
        let verbose = try CasusProgram.run(["validate", "w.yaml", "--verbose"], in: folder.url)
        #expect(verbose.stderr.split(separator: "\n").count == 6)
        let strict = try CasusProgram.run(["validate", "w.yaml", "--warnings-as-errors"], in: folder.url)
        #expect(strict.status == 65)
        #expect(strict.stderr.hasSuffix("casus: error: 6 warnings (--warnings-as-errors)\n"))
    }
}
