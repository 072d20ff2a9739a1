internal import Yams

/// One file's YAML as the loader reads it, every node in three flat arrays:
/// a record per node (what it is, where it starts, where its text or
/// children are), the children of every mapping and list, and the bytes of
/// every scalar. A world of 10⁵ states is millions of nodes: flat arrays
/// cost a few allocations per file where a tree of nodes cost several per
/// node, to make and again to free (BENCHMARKS.md, "Loading").
///
/// Built straight from libyaml's events for a well-formed file
/// (`YAMLEvents`), or from Yams' tree when a file needs Yams' own diagnosis.
/// It also carries the file's name and the error sink, so a `Located` node
/// is just this document and a node number; its path is found here
/// (`path(of:)`) when a message needs it.
final class YAMLDocument {
    enum Kind: UInt8 {
        case plainScalar
        /// Quoted, or a block scalar: never null, a number or a boolean.
        case otherScalar
        case mapping
        case sequence
        /// Only from Yams' tree, which the loader refuses anyway.
        case alias

        var isScalar: Bool { self == .plainScalar || self == .otherScalar }
    }

    struct Record {
        let kind: Kind
        /// Where the node starts: line and column from 1, as Yams counts them.
        let line: Int32
        let column: Int32
        /// A scalar's bytes in `text`; a mapping's keys and values (alternating)
        /// or a list's items in `children`.
        var start: Int32
        var count: Int32
    }

    let records: [Record]
    let children: [Int32]
    let text: [UInt8]
    /// The root node's number.
    let root: Int32
    let file: String
    let sink: ErrorSink

    init(_ built: Builder, root: Int32, file: String, sink: ErrorSink) {
        self.records = built.records
        self.children = built.children
        self.text = built.text
        self.root = root
        self.file = file
        self.sink = sink
    }

    /// Yams' tree, node for node.
    convenience init(tree: Node, file: String, sink: ErrorSink) {
        var built = Builder()
        let root = built.add(tree)
        self.init(built, root: root, file: file, sink: sink)
    }

    func record(_ node: Int32) -> Record { records[Int(node)] }

    /// A scalar's text.
    func string(_ node: Int32) -> String { Self.string(of: record(node), in: text) }

    /// The text of a scalar's record (short text, an id or a key, is stored
    /// inline in the `String`: no allocation).
    static func string(of r: Record, in text: [UInt8]) -> String {
        text.withUnsafeBufferPointer { all in
            String(decoding: UnsafeBufferPointer(rebasing: all[Int(r.start)..<Int(r.start + r.count)]), as: UTF8.self)
        }
    }

    /// A mapping's or list's children.
    func children(of node: Int32) -> ArraySlice<Int32> {
        let r = record(node)
        return children[Int(r.start)..<Int(r.start + r.count)]
    }

    /// Each node's container and its position there (-1 for the root); made
    /// when a message first needs a path — most files never do — so a node
    /// carries no path of its own while the loader reads it.
    private var placement: (container: [Int32], position: [Int32])?

    private func placed() -> (container: [Int32], position: [Int32]) {
        if let placement {
            return placement
        }
        var container = [Int32](repeating: -1, count: records.count)
        var position = [Int32](repeating: -1, count: records.count)
        for (n, r) in records.enumerated() where r.kind == .mapping || r.kind == .sequence {
            for (p, child) in children(of: Int32(n)).enumerated() {
                container[Int(child)] = Int32(n)
                position[Int(child)] = Int32(p)
            }
        }
        placement = (container, position)
        return (container, position)
    }

    /// Where a node is, as messages say it: `instruments[3].clauses[0].when`;
    /// a mapping's key is reported at its mapping's path, the root at "".
    func path(of node: Int32) -> String {
        let (container, position) = placed()
        var n = Int(node)
        if container[n] >= 0, record(container[n]).kind == .mapping, position[n] % 2 == 0 {
            n = Int(container[n])
        }
        var steps: [(key: String?, index: Int)] = []
        while container[n] >= 0 {
            let owner = container[n]
            let at = Int(position[n])
            if record(owner).kind == .mapping {
                let pairs = children(of: owner)
                steps.append((string(pairs[pairs.startIndex + at - 1]), at))
            } else {
                steps.append((nil, at))
            }
            n = Int(owner)
        }
        var path = ""
        for step in steps.reversed() {
            if let key = step.key {
                path += path.isEmpty ? key : "." + key
            } else {
                path += "[\(step.index)]"
            }
        }
        return path
    }

    /// The arrays while a document is read. Containers are recorded when they
    /// open (so records run in document order); their children wait in
    /// `pending` until they close and then move to `children` in one piece.
    struct Builder {
        private(set) var records: [Record] = []
        private(set) var children: [Int32] = []
        private(set) var text: [UInt8] = []
        private var pending: [Int32] = []
        /// Open containers: their record and where their children start in `pending`.
        private var unclosed: [(node: Int32, firstPending: Int)] = []

        /// A new record's number. 32 bits are plenty: a file is at most 16 MiB
        /// (`TextGuard`), and no count or position can exceed its size.
        private mutating func record(_ kind: Kind, line: Int, column: Int, start: Int = 0, count: Int = 0) -> Int32 {
            records.append(
                Record(kind: kind, line: Int32(line), column: Int32(column), start: Int32(start), count: Int32(count)))
            return Int32(records.count - 1)
        }

        mutating func scalar(_ bytes: UnsafeBufferPointer<UInt8>, plain: Bool, line: Int, column: Int) -> Int32 {
            let node = record(
                plain ? .plainScalar : .otherScalar, line: line, column: column, start: text.count, count: bytes.count)
            text.append(contentsOf: bytes)
            return node
        }

        mutating func alias(line: Int, column: Int) -> Int32 {
            record(.alias, line: line, column: column)
        }

        mutating func open(_ kind: Kind, line: Int, column: Int) {
            let node = record(kind, line: line, column: column)
            unclosed.append((node, pending.count))
        }

        /// A finished node becomes the child of the innermost open container;
        /// false when none is open (the node is the root).
        mutating func attach(_ node: Int32) -> Bool {
            guard !unclosed.isEmpty else { return false }
            pending.append(node)
            return true
        }

        /// Closes the innermost container and returns it (nil when none is open).
        mutating func close() -> Int32? {
            guard let (node, first) = unclosed.popLast() else { return nil }
            records[Int(node)].start = Int32(children.count)
            records[Int(node)].count = Int32(pending.count - first)
            children.append(contentsOf: pending[first...])
            pending.removeSubrange(first...)
            return node
        }

        /// The innermost open container's children so far.
        var openChildren: ArraySlice<Int32> {
            guard let first = unclosed.last?.firstPending else { return [] }
            return pending[first...]
        }

        /// Whether a scalar's bytes equal another's (for duplicate keys).
        func sameText(_ a: Int32, _ b: Int32) -> Bool {
            let x = records[Int(a)]
            let y = records[Int(b)]
            guard x.count == y.count else { return false }
            return text[Int(x.start)..<Int(x.start + x.count)].elementsEqual(
                text[Int(y.start)..<Int(y.start + y.count)])
        }

        func kind(_ node: Int32) -> Kind { records[Int(node)].kind }

        func string(_ node: Int32) -> String { YAMLDocument.string(of: records[Int(node)], in: text) }

        /// Adds Yams' node and everything under it.
        mutating func add(_ node: Node) -> Int32 {
            let line = node.mark?.line ?? 1
            let column = node.mark?.column ?? 1
            switch node {
            case .scalar(let s):
                var string = s.string
                return string.withUTF8 { scalar($0, plain: s.style == .plain, line: line, column: column) }
            case .mapping(let m):
                open(.mapping, line: line, column: column)
                for (key, value) in m {
                    pending.append(add(key))
                    pending.append(add(value))
                }
            case .sequence(let s):
                open(.sequence, line: line, column: column)
                for item in s {
                    pending.append(add(item))
                }
            case .alias:
                return alias(line: line, column: column)
            }
            return close() ?? 0
        }
    }
}

/// One node of a document: a view for tests and messages, no copy of its text.
struct YAMLNode {
    let document: YAMLDocument
    let index: Int32

    var kind: YAMLDocument.Kind { document.record(index).kind }
    var line: Int { Int(document.record(index).line) }
    var column: Int { Int(document.record(index).column) }
    var string: String { document.string(index) }
    var children: [YAMLNode] { document.children(of: index).map { YAMLNode(document: document, index: $0) } }
}
