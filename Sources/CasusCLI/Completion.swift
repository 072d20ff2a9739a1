import ArgumentParser
import CasusKit
import CasusRender
import CasusSample
import Foundation

/// Shell completion (`casus --generate-completion-script bash|zsh|fish`): files
/// for `--graph` and `-o`, the closed word lists, and ids asked of casus itself
/// about the graph in use (`--graph` on the line, else the default).
enum Completion {
    enum IDs: Sendable { case actors, states, targets, scenarios, readings, proposals, places, focus }

    static func ids(_ kind: IDs) -> CompletionKind {
        .custom { words, _, _ in ids(kind, words: words) }
    }

    static let duties = CompletionKind.list(Duty.responseWords)
    static let layouts = CompletionKind.list(Renderer.layouts)
    static let graph = CompletionKind.file(extensions: ["yaml", "yml"])

    static func ids(_ kind: IDs, words: [String]) -> [String] {
        let flag = words.firstIndex(of: "--graph").flatMap { $0 + 1 < words.count ? words[$0 + 1] : nil }
        guard let path = GraphSource.path(flag) else {
            return ids(
                kind, in: try? GraphLoader.load(files: SampleWorld.files.map { .init(name: $0.name, text: $0.text) }))
        }
        return ids(kind, in: try? GraphLoader.load(path: path))
    }

    static func ids(_ kind: IDs, in graph: Graph?) -> [String] {
        guard let world = graph else { return [] }
        switch kind {
        case .actors: return world.actors.map(\.id)
        case .states: return world.states.map(\.id)
        case .targets:
            return world.deployments.map(\.id) + world.states.map(\.id) + world.places.map(\.id)
                + world.scenarios.compactMap(\.id)
        case .scenarios: return world.scenarios.compactMap(\.id)
        case .readings: return world.distinctReadings.map(\.reading.id)
        case .proposals: return world.instruments.filter(\.isProposal).map(\.id)
        case .places: return world.places.map(\.id)
        case .focus: return world.actors.map(\.id) + world.instruments.map(\.id) + world.deployments.map(\.id)
        }
    }
}
