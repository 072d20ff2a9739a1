import Foundation
import Testing
import Yams
@testable import CasusKit

/// The loader's fast path (libyaml's events straight into nodes) reads every
/// file exactly as Yams' tree does — text, style and position of every node —
/// and leaves to Yams whatever Yams must diagnose.
@Suite struct YAMLEventsTests {
    static func same(_ a: YAMLNode, _ b: YAMLNode) -> Bool {
        guard a.mark?.line == b.mark?.line, a.mark?.column == b.mark?.column else { return false }
        switch (a, b) {
        case (.scalar(let x), .scalar(let y)):
            return x.string == y.string && x.style == y.style
        case (.mapping(let x), .mapping(let y)):
            return x.pairs.count == y.pairs.count && zip(x.pairs, y.pairs).allSatisfy { same($0.0, $1.0) && same($0.1, $1.1) }
        case (.sequence(let x), .sequence(let y)):
            return x.nodes.count == y.nodes.count && zip(x.nodes, y.nodes).allSatisfy { same($0, $1) }
        default:
            return false
        }
    }

    static let texts: [(String, String)] = SampleWorld.files.map { ($0.name, $0.text) }
        + [("mini", (try? String(contentsOfFile: Fixtures.mini, encoding: .utf8)) ?? "")]

    @Test(arguments: texts.map(\.0))
    func aFileReadsTheSameAsThroughYamsTree(_ name: String) throws {
        let text = try #require(Self.texts.first { $0.0 == name }?.1)
        let fast = try #require(YAMLEvents.root(of: text))
        let tree = try #require(try Parser(yaml: text, resolver: .basic).singleRoot())
        #expect(Self.same(fast, YAMLNode(tree)))
    }

    @Test(arguments: [
        "casus: 1\ntitle: [unclosed\n",          // a syntax error
        "a: &x 1\nb: *x\n",                       // an anchor and an alias
        "a: 1\na: 2\n",                           // a repeated key
        "? [k]\n: v\n",                           // a key that is not a scalar
        "a: 1\n---\nb: 2\n",                      // a second document
        "",                                       // no document
    ])
    func whatYamsMustJudgeIsLeftToYams(_ text: String) {
        #expect(YAMLEvents.root(of: text) == nil)
    }
}
