import CasusTestSupport
import Foundation
import Testing

@testable import CasusKit
@testable import CasusRender

/// report.html carries each note beside what it qualifies.
@Suite struct HTMLNotesTests {
    static func page() throws -> String {
        let scenario = """
            scenarios:
              - { id: strait-attacked, title: China attacks Taiwan, attacks: [ { target: TWN } ], note: Assumes no \
            US forces on the island. }
            """
        let world = try GraphLoader.load(files: [.init(name: "strait.yaml", text: WorldMapTests.straitYAML + scenario)])
        let files = try ReportWriter(graph: world, folder: "unused").files(html: true)
        return String(decoding: try #require(files.first { $0.name == "report.html" }?.data), as: UTF8.self)
    }

    @Test func anActorsNoteSitsUnderItsNameInTheTable() throws {
        #expect(
            try Self.page().contains(
                "<th scope=\"row\">Taiwan <code>TWN</code><div class=\"note\">Status disputed; modelled as a state "
                    + "for the analysis.</div></th>"
            ))
    }

    @Test func theScenariosNoteSitsUnderItsTitle() throws {
        #expect(try Self.page().contains("<p class=\"note\">Assumes no US forces on the island.</p>"))
    }
}
