import CasusSample
import CasusTestSupport
import Foundation
import Testing
import Yams

@testable import CasusKit

/// The loader's fast path (libyaml's events straight into nodes) reads every
/// file exactly as Yams' tree does — text, style and position of every node —
/// and leaves to Yams whatever Yams must diagnose.
@Suite struct YAMLEventsTests {
    static func same(_ a: YAMLNode, _ b: YAMLNode) -> Bool {
        guard a.line == b.line, a.column == b.column, a.kind == b.kind else { return false }
        switch a.kind {
        case .plainScalar, .otherScalar:
            return a.string == b.string
        case .mapping, .sequence:
            return a.children.count == b.children.count && zip(a.children, b.children).allSatisfy { same($0, $1) }
        case .alias:
            return false
        }
    }

    static func root(_ document: YAMLDocument) -> YAMLNode { YAMLNode(document: document, index: document.root) }

    static let texts: [(String, String)] =
        SampleWorld.files.map { ($0.name, $0.text) }
        + [("mini", (try? String(contentsOfFile: Repository.mini, encoding: .utf8)) ?? "")]

    @Test(arguments: texts.map(\.0))
    func aFileReadsTheSameAsThroughYamsTree(_ name: String) throws {
        let text = try #require(Self.texts.first { $0.0 == name }?.1)
        let fast = try #require(YAMLEvents.document(of: text))
        let tree = try #require(try Parser(yaml: text, resolver: .basic).singleRoot())
        #expect(Self.same(Self.root(fast), Self.root(YAMLDocument(tree: tree, file: name, sink: ErrorSink()))))
    }

    @Test(arguments: [
        "casus: 1\ntitle: [unclosed\n", // a syntax error
        "a: &x 1\nb: *x\n", // an anchor and an alias
        "a: 1\na: 2\n", // a repeated key
        "? [k]\n: v\n", // a key that is not a scalar
        "a: 1\n---\nb: 2\n", // a second document
        "", // no document
    ])
    func whatYamsMustJudgeIsLeftToYams(_ text: String) {
        #expect(YAMLEvents.document(of: text) == nil)
    }
}
