import Testing

@testable import CasusCLI

/// How the explorer reads a query string: the command lines it stands for, and what it refuses.
@Suite struct ExplorerChoiceTests {
    func choice(_ query: [(String, String)]) throws(ExplorerRefusal) -> ExplorerChoice {
        try ExplorerChoice(query: query.map { (name: $0.0, value: $0.1) })
    }

    @Test func anAttackBecomesTriggerWithEveryValueBehindItsFlag() throws {
        let c = try choice([
            ("target", "POL"), ("by", "RUS"), ("kind", "incursion"), ("nuclear", "yes"), ("depth", "0"),
        ])
        #expect(
            c.answerArguments == ["trigger", "--by=RUS", "--kind=incursion", "--nuclear", "--depth=0", "--", "POL"])
        #expect(
            c.explainArguments("DEU") == [
                "explain", "--by=RUS", "--kind=incursion", "--nuclear", "--depth=0", "--", "DEU", "POL",
            ])
        #expect(c.commandLine == "casus trigger POL --by RUS --kind incursion --nuclear --depth 0")
    }

    @Test func aScenarioTakesNoAttackFlags() throws {
        let c = try choice([("scenario", "tripwire-attacked"), ("by", "BLR"), ("accept", "a"), ("accept", "b")])
        #expect(c.answerArguments == ["scenario", "--accept=a", "--accept=b", "--", "tripwire-attacked"])
    }

    /// Issue 25, item 5: a state that joins by choice is an analysis flag, one per state.
    @Test func joinsRepeatsAndBecomesTheJoinsFlag() throws {
        let c = try choice([("target", "EST"), ("by", "RUS"), ("joins", "FIN"), ("joins", "SWE")])
        #expect(c.answerArguments == ["trigger", "--by=RUS", "--joins=FIN", "--joins=SWE", "--", "EST"])
        #expect(c.commandLine == "casus trigger EST --by RUS --joins FIN --joins SWE")
    }

    @Test func theCommandLineQuotesWhatTheShellWouldSplit() throws {
        let c = try choice([("target", "forces:GBR@UKR-east"), ("accept", "it's read")])
        #expect(c.commandLine == "casus trigger forces:GBR@UKR-east --accept 'it'\\''s read'")
    }

    @Test func aSingleValueGivenTwiceIsRefused() {
        #expect(throws: ExplorerRefusal(message: "'depth' given twice; it takes one value")) {
            try choice([("scenario", "s"), ("depth", "0"), ("depth", "1")])
        }
    }

    @Test func aQuestionNeedsAScenarioOrATargetButNotBoth() {
        #expect(throws: ExplorerRefusal(message: "choose a scenario, or a target to attack")) {
            try choice([("depth", "0")])
        }
        #expect(throws: ExplorerRefusal(message: "choose a scenario or a target, not both")) {
            try choice([("scenario", "s"), ("target", "POL")])
        }
    }

    @Test func nuclearIsYesOrNo() {
        #expect(throws: ExplorerRefusal(message: "'nuclear' is yes or no, not 'maybe'")) {
            try choice([("target", "POL"), ("nuclear", "maybe")])
        }
    }
}
