import CasusIO
import CasusKit
import CasusTestSupport
import Foundation
import Testing

/// `casus list`: its answers, its errors and its exit statuses.
@Suite struct ListCommandTests {
    @Test func worksFromAnyFolderWithTheBuiltInSample() throws {
        let folder = try TemporaryFolder()
        let dir = folder.url
        let here = try CasusProgram.run(["list", "scenarios", "--format", "json"])
        let elsewhere = try CasusProgram.run(["list", "scenarios", "--format", "json"], in: dir)
        #expect(elsewhere.status == 0)
        #expect(elsewhere.stdout == here.stdout)
        #expect(elsewhere.stdout.contains("\"tripwire-attacked\""))
        let trigger = try CasusProgram.run(["trigger", "tripwire-east", "--depth", "0", "--format", "json"], in: dir)
        #expect(trigger.status == 0)
    }
}

/// `casus list` as data: typed JSON, CSV, and places.
@Suite struct ListingTests {
    @Test func jsonFieldsAreTyped() throws {
        let r = try CasusProgram.run(["list", "actors", "--graph", Repository.mini, "--format", "json"])
        let actors = try #require(try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [[String: Any]])
        let league = try #require(actors.first { $0["id"] as? String == "LEAGUE" })
        #expect(league["member_count"] as? Int == 3)
        #expect(league["member_states"] as? [String] == ["ARC", "BOR", "CAL"])
        let arcadia = try #require(actors.first { $0["id"] as? String == "ARC" })
        #expect(arcadia["member_count"] is NSNull)
    }

    @Test func instrumentsListTheirClausesDutiesAndTriggers() throws {
        let r = try CasusProgram.run(["list", "instruments", "--graph", Repository.mini, "--format", "json"])
        let instruments = try #require(try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [[String: Any]])
        let union = try #require(instruments.first { $0["id"] as? String == "union-treaty" })
        let clauses = try #require(union["clauses"] as? [[String: Any]])
        #expect(clauses.map { $0["duties"] as? [String] ?? [] } == [["aid", "aid"], ["aid", "sanction"]])
        let triggers = try #require(clauses.last?["triggers"] as? [[String: Any]])
        #expect(triggers.first?["target"] as? [String] == ["forces", "vessels"])
    }

    @Test func placesAreListedWithTheirState() throws {
        let r = try CasusProgram.run(["list", "places", "--graph", Repository.mini, "--format", "csv"])
        #expect(r.stdout.split(separator: "\r\n").first == "id,name,within,state,note")
        #expect(r.stdout.contains("ARC-isles,Arcadian Isles,ARC; south,ARC,\r\n"))
    }
}
