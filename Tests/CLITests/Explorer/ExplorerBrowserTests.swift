import CasusTestSupport
import Foundation
import Testing

/// The explorer in a real browser: headless Chromium driven over the DevTools
/// protocol, clicking and sliding as a reader would. Without Chromium these
/// tests do not run (reported as skipped, never as passed); CI installs it.
@Suite(
    .serialized,
    .enabled(
        if: installedChromium != nil,
        "Chromium is not installed (CI installs it: CASUS_WITH_CHROMIUM=1 scripts/install-deps.sh)"))
struct ExplorerBrowserTests {
    /// The statuses the page's obligations table shows, by actor.
    static let statuses = """
        Object.fromEntries([...document.querySelectorAll("#obligations tbody tr[data-actor]")]
          .map((tr) => [tr.dataset.actor, tr.children[2].textContent]))
        """

    /// A served explorer and a browser on it, the page open at `query` and its first answer shown.
    final class Session {
        let server: ServedExplorer
        let profile: TemporaryFolder
        let page: DevTools

        init(_ query: String, serving arguments: [String] = []) throws {
            server = try ServedExplorer(arguments)
            profile = try TemporaryFolder()
            page = try DevTools(
                chromium: installedChromium ?? "/usr/bin/chromium", profile: profile.url, width: 1400, height: 1000)
            try open(query)
        }

        /// Opens the page at `query` and waits for its first answer.
        func open(_ query: String) throws {
            try page.open(server.base + "/?" + query)
            try page.waitUntil("\(ExplorerBrowserTests.answered) >= 1")
        }
    }

    /// How many answers the page has shown.
    static let answered = "Number(document.body.dataset.answered || 0)"

    @Test func acceptingAReadingTurnsTheContestedAlliesBound() throws {
        let session = try Session("scenario=tripwire-attacked&depth=0&duty=assist&duty=defend")
        let page = session.page
        // The server and the profile live until the test ends, not until the session's last use.
        defer { withExtendedLifetime(session) {} }
        let before = try #require(try page.evaluate(Self.statuses) as? [String: String])
        #expect(before["USA"] == "contested" && before["DEU"] == "contested" && before["ALB"] == "contested")

        try page.click("input[data-reading=\"art6-forces-in-ukraine\"][value=\"accept\"]")
        try page.waitUntil("\(Self.answered) >= 2")
        let after = try #require(try page.evaluate(Self.statuses) as? [String: String])
        #expect(after["USA"] == "bound" && after["DEU"] == "bound" && after["ALB"] == "bound")
        let url = try page.evaluate("location.search") as? String
        #expect(url == "?scenario=tripwire-attacked&depth=0&accept=art6-forces-in-ukraine&duty=assist&duty=defend")
        // The diagram was drawn for the new answer, and the time from click to drawn diagram is recorded.
        #expect(try page.evaluate("document.getElementById('diagram').naturalWidth") as? Int ?? 0 > 100)
        let milliseconds = try #require(Double(try page.evaluate("document.body.dataset.updateMs") as? String ?? ""))
        print("explorer: click to new diagram on tripwire-attacked: \(milliseconds) ms")

        try page.click("#show-command")
        let command = try page.evaluate("document.getElementById('export').textContent") as? String
        #expect(
            command
                == "casus scenario tripwire-attacked --depth 0 --accept art6-forces-in-ukraine --duty assist "
                + "--duty defend")
        #expect(page.pageErrors == [])

        // The first screen, for the README: the question on the left, the answer on the right.
        _ = try page.evaluate("window.scrollTo(0, 0); document.getElementById('controls').scrollTo(0, 0)")
        let shot = try page.screenshot()
        #expect(shot.prefix(4) == Data([0x89, 0x50, 0x4E, 0x47]) && shot.count > 10_000)
        try shot.write(to: Repository.root.appendingPathComponent("Output/explorer.png"))
    }

    @Test func theDateSliderTakesArticle5AwayBeforeFinlandJoined() throws {
        let session = try Session("target=FIN&by=RUS&depth=0")
        let page = session.page
        // The server and the profile live until the test ends, not until the session's last use.
        defer { withExtendedLifetime(session) {} }
        let article5 = """
            [...document.querySelectorAll("#obligations tbody td:last-child")]
              .some((td) => td.textContent.includes("NAT Art. 5"))
            """
        #expect(try page.evaluate(article5) as? Bool == true)

        // The slider moved as a keyboard or a drag would leave it: its value, then its input event.
        _ = try page.evaluate(
            """
            (() => {
              const slider = document.getElementById("as-of");
              slider.value = Math.round(Date.UTC(2022, 5, 1) / 86400000);
              slider.dispatchEvent(new Event("input", { bubbles: true }));
            })()
            """)
        try page.waitUntil("\(Self.answered) >= 2")
        #expect(try page.evaluate("document.getElementById('as-of-value').textContent") as? String == "2022-06-01")
        #expect(try page.evaluate(article5) as? Bool == false)
        let statuses = try #require(try page.evaluate(Self.statuses) as? [String: String])
        #expect(statuses["FIN"] == "victim")
        #expect(try page.evaluate("location.search") as? String == "?target=FIN&by=RUS&depth=0&as-of=2022-06-01")
        #expect(page.pageErrors == [])
    }

    @Test func aRefusedChoiceShowsTheMessageAndNoStaleAnswer() throws {
        let session = try Session("scenario=art6-broad-reading&depth=0")
        let page = session.page
        // The server and the profile live until the test ends, not until the session's last use.
        defer { withExtendedLifetime(session) {} }
        #expect(try page.evaluate("document.getElementById('answer').hidden") as? Bool == false)
        // The scenario accepts the reading itself: its switch shows it and cannot be turned against it.
        let radio = "document.querySelector('input[data-reading=\"art6-forces-in-ukraine\"][value=\"accept\"]')"
        #expect(try page.evaluate("\(radio).checked && \(radio).disabled") as? Bool == true)
        // A link that rejects what the scenario accepts is the command line's error, and no table.
        try session.open("scenario=art6-broad-reading&depth=0&reject=art6-forces-in-ukraine")
        #expect(
            try page.evaluate("document.getElementById('error').textContent") as? String
                == "casus: error: reading 'art6-forces-in-ukraine' is both accepted and rejected")
        #expect(try page.evaluate("document.getElementById('answer').hidden") as? Bool == true)
    }

    @Test func aHostileLabelIsShownAsTextInTheLiveDocument() throws {
        let folder = try TemporaryFolder()
        let hostile = "<img src=x onerror=\"document.body.dataset.pwned='yes'\"><script>document.title='pwned'</script>"
        let world = """
            casus: 1
            actors:
              - { id: AAA, name: \(WorldQuoting.quoted(hostile)), kind: state }
              - { id: BBB, name: Bravo, kind: state }
            instruments:
              - id: pact
                title: \(WorldQuoting.quoted("Pact </title><b>bold</b>"))
                short: Pact
                form: treaty
                status: in-force
                force: binding
                parties: [AAA, BBB]
                clauses:
                  - id: art1
                    cite: Art. 1
                    when: { attack-on: parties, target: territory, in: [parties] }
                    then: { duty: assist }
            scenarios:
              - id: hostile
                title: \(WorldQuoting.quoted("<svg onload=alert(1)>"))
                attacks: [{ target: BBB, by: AAA }]
            """
        let file = folder.url.appendingPathComponent("world.yaml")
        try world.write(to: file, atomically: true, encoding: .utf8)
        #expect(try CasusProgram.run(["validate", file.path]).status == 0)
        let session = try Session("scenario=hostile", serving: ["--graph", file.path])
        let page = session.page
        // The server and the profile live until the test ends, not until the session's last use.
        defer { withExtendedLifetime(session) {} }
        let name =
            try page.evaluate(
                "document.querySelector('#obligations tr[data-actor=\"AAA\"]').children[1].textContent") as? String
        #expect(name == hostile)
        #expect(try page.evaluate("document.body.dataset.pwned || 'no'") as? String == "no")
        #expect(try page.evaluate("document.title") as? String == "Casus explorer")
        #expect(try page.evaluate("document.querySelectorAll('img').length") as? Int == 2)
        #expect(try page.evaluate("document.querySelectorAll('script').length") as? Int == 1)
        #expect(try page.evaluate("document.querySelectorAll('b, svg').length") as? Int == 0)
        let option = try page.evaluate("document.getElementById('scenario').selectedOptions[0].textContent") as? String
        #expect(option == "hostile — <svg onload=alert(1)>")
    }
}

/// A YAML double-quoted scalar, for graph files written by tests.
enum WorldQuoting {
    static func quoted(_ s: String) -> String {
        "\"" + s.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"") + "\""
    }
}
