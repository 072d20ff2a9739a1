import CasusTestSupport
import Foundation
import Testing

/// `casus import atop` on real rows (Tests/CasusKitTests/Fixtures/atop): the
/// imported world answers questions about 1914 and 1950 as the data codes them.
@Suite(.serialized) struct ATOPImportTests {
    static let fixture = Repository.root.appendingPathComponent("Tests/CasusKitTests/Fixtures/atop")
    static func path(_ name: String) -> String { fixture.appendingPathComponent(name).path }

    /// The folder the fixture is imported into once, kept for the whole run.
    static let folder = Result { try TemporaryFolder() }

    /// The fixture imported once into a folder of its own.
    static let world: Result<String, any Error> = Result {
        let dir = try folder.get().path("atop")
        let r = try CasusProgram.run([
            "import", "atop", path("members.csv"), path("alliances.csv"), "--states", path("states.csv"), "-o", dir,
        ])
        guard r.status == 0 else {
            throw CocoaError(.fileWriteUnknown, userInfo: [NSLocalizedDescriptionKey: r.stderr])
        }
        return dir
    }

    static func trigger(_ arguments: [String]) throws -> [String: Any] {
        let r = try CasusProgram.run(["trigger"] + arguments + ["--graph", try world.get(), "--format", "json"])
        #expect(r.status == 0, "\(r.stderr)")
        return try #require(try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any])
    }

    /// An actor's status and its chains as `instrument duty [readings]`.
    static func row(_ top: [String: Any], _ id: String) -> (status: String?, chains: [String]) {
        guard let a = (top["actors"] as? [[String: Any]])?.first(where: { $0["id"] as? String == id }) else {
            return (nil, [])
        }
        let chains = ((a["chains"] as? [[String: Any]]) ?? []).map { c -> String in
            let last = ((c["steps"] as? [[String: Any]]) ?? []).last ?? [:]
            let readings = (c["readings"] as? [String]) ?? []
            return "\(last["instrument"] as? String ?? "") \(c["duty"] as? String ?? "")"
                + (readings.isEmpty ? "" : " \(readings)")
        }
        return (a["status"] as? String, chains)
    }

    @Test func theImportedWorldValidates() throws {
        let r = try CasusProgram.run(["validate", try Self.world.get()])
        #expect(r.status == 0)
        #expect(r.stdout.contains("18 instruments"))
    }

    @Test func germanyWasBoundToDefendAustriaHungaryAgainstRussia() throws {
        let top = try Self.trigger(["AUH", "--by", "RUS", "--as-of", "1914-07-30", "--depth", "0"])
        let gmy = Self.row(top, "GMY")
        #expect(gmy.status == "bound")
        #expect(gmy.chains.first == "atop-1335 defend")
    }

    @Test func noTreatyObligedRussiaToDefendSerbia() throws {
        let top = try Self.trigger(["YUG", "--by", "AUH", "--as-of", "1914-07-28", "--depth", "0"])
        #expect(Self.row(top, "RUS").status == nil)
        #expect((top["unaffected_ids"] as? [String])?.contains("RUS") == true)
    }

    /// Corrected by issue 25, item 1: ATOP flags 1385's adversary without coding it, so France's
    /// defence of Russia rested on a reading (`atop-1385-adversary`); the supplement names Germany,
    /// as the 1892 convention's Art. 1 does, and France is bound with no reading.
    @Test func franceWasBoundToDefendRussiaAgainstGermany() throws {
        let all = try Self.trigger(["RUS", "--by", "GMY", "--as-of", "1914-08-01", "--depth", "0"])
        #expect(Self.row(all, "FRN").status == "bound")
        #expect(Self.row(all, "FRN").chains.first == "atop-1385 defend")
    }

    /// Issue 25, item 1: the convention answers Germany only, not Austria-Hungary alone.
    @Test func theFrancoRussianConventionDoesNotAnswerAustriaHungaryAlone() throws {
        let top = try Self.trigger(["RUS", "--by", "AUH", "--as-of", "1914-08-06", "--depth", "0", "--duty", "defend"])
        #expect(Self.row(top, "FRN").status == nil)
    }

    /// Issue 25, item 1: the Dual Alliance's neutrality (Art. 2) answers a Power other than Russia;
    /// ATOP's alliance-level threat (Russia) no longer narrows it to Russia.
    @Test func theDualAlliancesNeutralityAnswersAnotherPowerThanRussia() throws {
        let top = try Self.trigger(["GMY", "--by", "FRN", "--as-of", "1914-08-03", "--depth", "0", "--duty", "neutral"])
        #expect(Self.row(top, "AUH").status == "bound")
        #expect(Self.row(top, "AUH").chains.first == "atop-1335 neutral")
        let text = try String(contentsOfFile: try Self.world.get() + "/alliances-1870s.yaml", encoding: .utf8)
        #expect(text.contains("when: [{ attack-on: parties, by: { all-but: [RUS] } }]"))
    }

    @Test func italysDefencePledgeAnswersFranceOnly() throws {
        let top = try Self.trigger(["AUH", "--by", "RUS", "--as-of", "1914-07-30"])
        #expect(!Self.row(top, "ITA").chains.contains { $0.contains("defend") })
        #expect(Self.row(top, "ITA").chains.contains("atop-1350 consult"))
    }

    /// Issue 25, item 2: the Pact of Steel's offense pledge (2445, real rows) is owed to Germany, the
    /// attacker, so Italy is bound at depth 0 on 1 September 1939 (before, the import only named it in a note).
    @Test func italyWasBoundToJoinGermanysWarOnPoland() throws {
        let top = try Self.trigger(["POL", "--by", "GMY", "--as-of", "1939-09-01", "--depth", "0"])
        #expect(Self.row(top, "ITA").status == "bound")
        #expect(Self.row(top, "ITA").chains.first == "atop-2445 join-war")
        let actors = (top["actors"] as? [[String: Any]]) ?? []
        let chain = (actors.first { $0["id"] as? String == "ITA" }?["chains"] as? [[String: Any]])?.first
        let step = (chain?["steps"] as? [[String: Any]])?.last
        #expect(step?["owed_to"] as? String == "GMY")
        #expect(step?["offense"] as? Bool == true)
    }

    /// Issue 25, item 2: before the Pact (22 May 1939) Italy owed Germany nothing for a war on Poland.
    @Test func beforeThePactOfSteelItalyOwedNothing() throws {
        let top = try Self.trigger(["POL", "--by", "GMY", "--as-of", "1939-05-01", "--depth", "0"])
        #expect(Self.row(top, "ITA").status == nil)
    }

    /// Issue 25, item 2: the Anglo-Polish agreement's offense pledge (2440, phase 2) answers a war Britain
    /// or Poland makes on Germany; Germany's attack is not one, and `--why-not` says so.
    @Test func britainsOffensePledgeIsExplainedWhenItDidNotApply() throws {
        let r = try CasusProgram.run([
            "explain", "UKG", "POL", "--by", "GMY", "--as-of", "1939-09-01", "--depth", "0", "--why-not", "--graph",
            try Self.world.get(),
        ])
        #expect(r.status == 0)
        #expect(
            r.stdout.contains(
                "  atop-2440/offense: ATOP 2440 offense pledge: the attack by GMY on POL's territory is not an attack "
                    + "by a party, and ATOP 2440 offense pledge answers only its parties' own wars: GMY is none "
                    + "(`attack-by: parties`)\n"))
    }

    /// Issue 25, item 3: every COW spell is kept — Poland is not in the state system from 28 September
    /// 1939 to 28 June 1945, so an attack on it then is an error naming both spells (before, it was dated
    /// from its first start to its last end and the run answered as if it existed).
    @Test func aStateDoesNotExistBetweenItsSpells() throws {
        let r = try CasusProgram.run([
            "trigger", "POL", "--by", "GMY", "--as-of", "1940-01-01", "--graph", try Self.world.get(),
        ])
        #expect(r.status == 64)
        #expect(
            r.stderr
                == "casus: error: 'POL' does not exist on 1940-01-01 (from 1918-11-03 to 1939-09-28, from "
                + "1945-06-28); nothing there to attack\n")
        let text = try String(contentsOfFile: try Self.world.get() + "/states.yaml", encoding: .utf8)
        #expect(text.contains("    spells: [{ from: 1918-11-03, to: 1939-09-28 }, { from: 1945-06-28 }]\n"))
    }

    /// Issue 25, item 5: Russia's entry in 1914, a choice under no ATOP pledge, takes the war to Germany
    /// through 1335 and to France through 1385 once Germany strikes Russia (no reading: the supplement
    /// names Germany); Austria-Hungary's side began the war, so the Romanian treaty's defence is blocked
    /// as provoked, and at depth 3, when France strikes, the Triple Alliance's (under its number reading).
    @Test func russiasChoiceToJoinCarriesTheCascadeOf1914() throws {
        let top = try Self.trigger(["YUG", "--by", "AUH", "--as-of", "1914-07-28", "--joins", "RUS", "--depth", "2"])
        #expect(Self.row(top, "RUS").status == "joined")
        #expect(Self.row(top, "GMY").status == "escalation")
        #expect(Self.row(top, "GMY").chains.first == "atop-1335 defend")
        let actors = (top["actors"] as? [[String: Any]]) ?? []
        let gmy = actors.first { $0["id"] as? String == "GMY" }
        let best = (gmy?["chains"] as? [[String: Any]])?.first
        #expect(best?["choices"] as? [String] == ["RUS"])
        #expect(Self.row(top, "FRN").chains.contains("atop-1385 defend"))
        let blocked = ((top["blocked"] as? [[String: Any]]) ?? []).map { b in
            "\(b["instrument"] as? String ?? "")/\(b["clause"] as? String ?? "") \(b["reason"] as? String ?? "") "
                + ((b["bearers"] as? [String]) ?? []).joined(separator: ",")
        }
        #expect(blocked.contains("atop-1355/defense-2 provoked ROM"))
        let deeper = try Self.trigger(["YUG", "--by", "AUH", "--as-of", "1914-07-28", "--joins", "RUS", "--depth", "3"])
        let deeperBlocked = ((deeper["blocked"] as? [[String: Any]]) ?? []).map {
            "\($0["instrument"] as? String ?? "")/\($0["clause"] as? String ?? "") \($0["reason"] as? String ?? "")"
        }
        #expect(deeperBlocked.contains("atop-1350/defense provoked"))
        let without = try Self.trigger(["YUG", "--by", "AUH", "--as-of", "1914-07-28", "--depth", "2"])
        #expect(Self.row(without, "FRN").status == nil)
    }

    /// Corrected by issue 25, item 1: ATOP codes NATO's defence as limited to a location it does not
    /// name, so the allies' chains rested on the reading `atop-3180-location` (and accepting it made
    /// Art. 5 hold "wherever"); the supplement names Art. 6's area, Europe, North America and Turkey, so
    /// an attack on the United States binds the allies with no reading, and the reading is gone.
    @Test func natoIsBoundInItsArticle6AreaWithNoReading() throws {
        let plain = try Self.trigger([
            "USA", "--by", "RUS", "--as-of", "1950-01-01", "--depth", "0", "--duty", "defend",
        ])
        for ally in ["CAN", "UKG", "FRN", "NOR"] {
            #expect(Self.row(plain, ally).status == "bound", "\(ally)")
            #expect(Self.row(plain, ally).chains.first == "atop-3180 defend", "\(ally)")
        }
        #expect(Self.row(plain, "GRC").status == nil) // Greece joined in 1952
        let r = try CasusProgram.run([
            "trigger", "USA", "--by", "RUS", "--accept", "atop-3180-location", "--graph", try Self.world.get(),
        ])
        #expect(r.status == 64)
        #expect(r.stderr.hasPrefix("casus: error: unknown reading 'atop-3180-location' in accept"))
    }

    /// Issue 25, item 1: the 1937 Mediterranean pledge (2420, real rows) is limited to a location and to
    /// a conflict ATOP does not name. Each is a reading, and they hold together: accepting the location
    /// alone leaves the chain resting on the conflict (before, one reading dropped both conditions).
    @Test func aPledgesConditionsAreReadingsThatHoldTogether() throws {
        let both = try Self.trigger(["UKG", "--by", "ITA", "--as-of", "1938-01-01", "--depth", "0"])
        #expect(Self.row(both, "FRN").status == "contested")
        #expect(Self.row(both, "FRN").chains == ["atop-2420 defend [\"atop-2420-conflict\", \"atop-2420-location\"]"])
        let one = try Self.trigger([
            "UKG", "--by", "ITA", "--as-of", "1938-01-01", "--depth", "0", "--accept", "atop-2420-location",
        ])
        #expect(Self.row(one, "FRN").chains == ["atop-2420 defend [\"atop-2420-conflict\"]"])
    }

    /// Issue 25, item 1: the Rio treaty (3075, real rows) applies Art. 3 to an attack within the
    /// territory of an American State, whatever its Art. 4 region: no reading for an attack on Brazil.
    @Test func theRioTreatyAnswersAnAttackOnAPartysTerritoryWithNoReading() throws {
        let top = try Self.trigger(["BRA", "--by", "RUS", "--as-of", "1960-01-01", "--depth", "0", "--duty", "defend"])
        for ally in ["USA", "ARG", "MEX"] {
            #expect(Self.row(top, ally).status == "bound", "\(ally)")
            #expect(Self.row(top, ally).chains.first == "atop-3075 defend", "\(ally)")
        }
    }

    /// Issue 25, item 1: ANZUS (3215, real rows) Art. V deems an attack on a party's metropolitan territory
    /// one in the Pacific Area: the defence applies with no reading; its consultation (Art. III, a
    /// location ATOP does not name and the supplement does not give) still rests on one.
    @Test func anzusAnswersAnAttackOnAPartysTerritoryWithNoReading() throws {
        let top = try Self.trigger(["AUL", "--by", "RUS", "--as-of", "1960-01-01", "--depth", "0", "--chains", "5"])
        #expect(Self.row(top, "USA").status == "bound")
        #expect(Self.row(top, "USA").chains == ["atop-3215 defend", "atop-3215 consult [\"atop-3215-location\"]"])
    }

    /// ATOP's `length` counts months: NATO's 240 are Article 13's twenty years (issue 25).
    @Test func aSpecifiedLengthIsReadInMonths() throws {
        let dir = try Self.world.get()
        let text = try String(contentsOfFile: dir + "/alliances-1940s.yaml", encoding: .utf8)
        #expect(
            text.contains(
                "ATOP 3180, from 1949-04-04, 2 phases. Provisions: bases (base 3); specified length: "
                    + "240 months (20 years)."))
    }

    /// Issue 25, item 3: a membership that lies outside every spell of its state in
    /// the state list is said, with the alliance and the row (real rows: fixture atop-spells).
    @Test func aMembershipOutsideItsStatesSpellsIsWarnedOf() throws {
        let spells = Repository.root.appendingPathComponent("Tests/CasusKitTests/Fixtures/atop-spells")
        func file(_ name: String) -> String { spells.appendingPathComponent(name).path }
        let folder = try TemporaryFolder()
        let r = try CasusProgram.run([
            "import", "atop", file("members.csv"), file("alliances.csv"), "--states", file("states.csv"), "-o",
            folder.path("out"),
        ])
        #expect(r.status == 0)
        let warnings = r.stderr.split(separator: "\n").filter { $0.hasPrefix("casus: warning: ") }
        #expect(
            warnings == [
                "casus: warning: \(file("members.csv")):3: alliance 1150: URU's membership 1851-05-29 to 1851-10-12 "
                    + "lies outside its spells in the state list (from 1882-01-01); the pledge never counts for it",
                "casus: warning: \(file("members.csv")):4: alliance 1480: MNG's membership 1912-09-12 to 1915-01-07 "
                    + "lies outside its spells in the state list (from 2006-06-12); the pledge never counts for it",
            ])
    }

    /// Issue 25, item 6: COW's 345 is "Yugoslavia" from 1878; a title of 1913 names Serbia.
    @Test func aTitleNamesTheStateAsItWas() throws {
        let dir = try Self.world.get()
        let text = try String(contentsOfFile: dir + "/alliances-1910s.yaml", encoding: .utf8)
        #expect(text.contains("title: \"ATOP alliance 1490: Serbia, Greece\""))
    }

    @Test func aFolderGivenForATableIsRefusedByName() throws {
        let folder = try TemporaryFolder()
        let r = try CasusProgram.run([
            "import", "atop", folder.url.path, Self.path("alliances.csv"), "-o", folder.path("out"),
        ])
        #expect(r.status == 66)
        #expect(r.stderr == "casus: error: \(folder.url.path): is not a regular file; expected a CSV file\n")
        #expect(!FileManager.default.fileExists(atPath: folder.path("out")))
    }

    @Test func reimportingWritesTheSameFiles() throws {
        let first = try Self.world.get()
        let folder = try TemporaryFolder()
        let again = folder.path("atop")
        _ = try CasusProgram.run([
            "import", "atop", Self.path("members.csv"), Self.path("alliances.csv"), "--states", Self.path("states.csv"),
            "-o", again,
        ])
        for name in try FileManager.default.contentsOfDirectory(atPath: first) where name.hasSuffix(".yaml") {
            #expect(
                FileManager.default.contents(atPath: first + "/" + name)
                    == FileManager.default.contents(atPath: again + "/" + name), "\(name)")
        }
    }

    @Test func theDocsSampleIsTheFixtureImportedNow() throws {
        let imported = try Self.world.get()
        let committed = Repository.root.appendingPathComponent("docs/atop-sample").path
        let names = try FileManager.default.contentsOfDirectory(atPath: imported).filter { $0.hasSuffix(".yaml") }
            .sorted()
        #expect(
            try FileManager.default.contentsOfDirectory(atPath: committed).filter { $0.hasSuffix(".yaml") }.sorted()
                == names)
        for name in names {
            // The header names the files as given on the command line: compare what follows it.
            func body(_ folder: String) -> String {
                let text = (try? String(contentsOfFile: folder + "/" + name, encoding: .utf8)) ?? ""
                return text.split(separator: "\n", omittingEmptySubsequences: false).drop { $0.hasPrefix("#") }.joined(
                    separator: "\n")
            }
            #expect(body(imported) == body(committed), "docs/atop-sample/\(name) is stale: run `make atop-sample`")
        }
    }

    // MARK: Bad input

    static func failure(members: String? = nil, alliances: String? = nil) throws -> (
        status: Int32, stderr: String, wrote: Bool
    ) {
        let folder = try TemporaryFolder()
        let dir = folder.url
        let m = dir.appendingPathComponent("m.csv")
        let a = dir.appendingPathComponent("a.csv")
        try (members ?? String(contentsOfFile: path("members.csv"), encoding: .utf8)).write(
            to: m, atomically: true, encoding: .utf8)
        try (alliances ?? String(contentsOfFile: path("alliances.csv"), encoding: .utf8)).write(
            to: a, atomically: true, encoding: .utf8)
        let out = dir.appendingPathComponent("out").path
        let r = try CasusProgram.run(["import", "atop", m.path, a.path, "--states", path("states.csv"), "-o", out])
        return (r.status, r.stderr, FileManager.default.fileExists(atPath: out))
    }

    static let members = (try? String(contentsOfFile: path("members.csv"), encoding: .utf8)) ?? ""

    @Test func anEmptyFileIsALocatedError() throws {
        let r = try Self.failure(members: "")
        #expect(r.status == 65)
        #expect(!r.wrote)
        #expect(r.stderr.hasSuffix("m.csv:1: the file is empty; expected a header line of column names\n"))
    }

    @Test func aMissingColumnIsNamed() throws {
        let r = try Self.failure(members: Self.members.replacingOccurrences(of: ",defense,", with: ",defence,"))
        #expect(r.status == 65)
        #expect(!r.wrote)
        #expect(r.stderr.contains("m.csv:1: column 'defense': this column is missing"))
    }

    /// The fixture's members with line 3's member (Austria-Hungary, 300) written as `code`.
    static func membersWithLine3Member(_ code: String) -> String {
        var lines = members.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        lines[2] = lines[2].replacingOccurrences(of: "1335,2065,64,300,", with: "1335,2065,64,\(code),")
        return lines.joined(separator: "\n")
    }

    @Test func aValueThatIsNotANumberIsLocated() throws {
        let r = try Self.failure(members: Self.membersWithLine3Member("Austria"))
        #expect(r.status == 65)
        #expect(!r.wrote)
        #expect(r.stderr.contains("m.csv:3: column 'member': found 'Austria'; expected a whole number"))
    }

    @Test func aTruncatedFileIsLocated() throws {
        let cut = String(Self.members.prefix(Self.members.count / 2))
        let r = try Self.failure(members: cut)
        #expect(r.status == 65)
        #expect(!r.wrote)
        #expect(r.stderr.contains("(a truncated or damaged file?)"))
    }

    @Test func aCodeTheStateListLacksIsImportedAndReported() throws {
        let r = try Self.failure(members: Self.membersWithLine3Member("8152"))
        #expect(r.status == 0)
        #expect(r.wrote)
        #expect(
            r.stderr.contains(
                "m.csv:3: column 'member': COW state code 8152 is not in the state list; imported as C8152"))
    }
}
