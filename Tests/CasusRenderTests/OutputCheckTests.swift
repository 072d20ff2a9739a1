import CasusTestSupport
import Foundation
import Testing

@testable import CasusRender

/// A diagram Graphviz did not produce whole is never written (cairo once left a
/// 444-byte PDF stub and printed "out of memory" while Graphviz reported success).
@Suite struct OutputCheckTests {
    @Test func aPDFStubIsIncomplete() {
        let stub = Data("%PDF-1.5\n%\u{B5}\u{ED}\u{AE}\u{FB}\n4 0 obj\n<< /Length 5 0 R".utf8)
        #expect(!OutputCheck.isComplete(stub, as: .pdf))
    }

    @Test func aRenderedPDFAndPNGAreComplete() throws {
        let dot = "digraph g { a -> b }"
        #expect(OutputCheck.isComplete(try Renderer.shared.render(dot: dot, to: .pdf), as: .pdf))
        #expect(OutputCheck.isComplete(try Renderer.shared.render(dot: dot, to: .png), as: .png))
    }

    @Test func aTruncatedPNGIsIncomplete() throws {
        let png = try Renderer.shared.render(dot: "digraph g { a -> b }", to: .png)
        #expect(!OutputCheck.isComplete(png.prefix(png.count - 20), as: .png))
    }

    @Test func thePDFCreationDateComesFromSourceDateEpoch() {
        let pdf = Data("%PDF-1.5\n<< /CreationDate (D:20261127051105Z) >>\n%%EOF\n".utf8)
        let fixed = OutputCheck.fixingCreationDate(pdf, environment: ["SOURCE_DATE_EPOCH": "1700000000"])
        #expect(String(decoding: fixed, as: UTF8.self) == "%PDF-1.5\n<< /CreationDate (D:20231114221320Z) >>\n%%EOF\n")
        #expect(fixed.count == pdf.count)
    }
}
