internal import Yams

/// A YAML node as the loader reads it: a scalar with its text and whether it
/// was written plain, a mapping, a sequence, each with where it starts (line
/// and column from 1, as Yams counts them). Built straight from libyaml's
/// events for a well-formed file (`YAMLEvents`), or converted from Yams' tree
/// when a file needs Yams' own diagnosis.
indirect enum YAMLNode {
    case scalar(Scalar)
    case mapping(Mapping)
    case sequence(Sequence)
    /// An alias (only from Yams' tree, which the loader refuses anyway).
    case alias(Mark?)

    struct Mark {
        let line: Int
        let column: Int
    }

    struct Scalar {
        enum Style { case plain, other }
        let string: String
        let style: Style
        let mark: Mark?
    }

    struct Mapping: Swift.Sequence {
        let pairs: [(YAMLNode, YAMLNode)]
        let mark: Mark?
        func makeIterator() -> IndexingIterator<[(YAMLNode, YAMLNode)]> { pairs.makeIterator() }
    }

    struct Sequence: Swift.Sequence {
        let nodes: [YAMLNode]
        let mark: Mark?
        func makeIterator() -> IndexingIterator<[YAMLNode]> { nodes.makeIterator() }
    }

    var mark: Mark? {
        switch self {
        case .scalar(let s): return s.mark
        case .mapping(let m): return m.mark
        case .sequence(let s): return s.mark
        case .alias(let mark): return mark
        }
    }

    /// Yams' tree, node for node.
    init(_ node: Node) {
        func mark(_ m: Yams.Mark?) -> Mark? { m.map { Mark(line: $0.line, column: $0.column) } }
        switch node {
        case .scalar(let s):
            self = .scalar(Scalar(string: s.string, style: s.style == .plain ? .plain : .other, mark: mark(s.mark)))
        case .mapping(let m):
            self = .mapping(Mapping(pairs: m.map { (YAMLNode($0.key), YAMLNode($0.value)) }, mark: mark(m.mark)))
        case .sequence(let s):
            self = .sequence(Sequence(nodes: s.map(YAMLNode.init), mark: mark(s.mark)))
        case .alias(let a):
            self = .alias(mark(a.mark))
        }
    }
}
