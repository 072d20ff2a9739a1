import CasusTestSupport
import Foundation
import Testing

@testable import CasusRender

@Suite struct RendererSelfTest {
    @Test func twoNodeGraphRendersToSVGInProcess() throws {
        let svg = String(decoding: try Renderer.shared.selfTest(), as: UTF8.self)
        #expect(svg.contains("<svg"))
        #expect(svg.contains("<title>a</title>"))
        #expect(svg.contains("<title>b</title>"))
    }
}
