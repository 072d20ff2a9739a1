/// Collects errors while one graph's files are read. A class so every reader of
/// every file appends to the same list.
final class ErrorSink {
    private(set) var errors: [LoadError] = []
    func add(_ e: LoadError) { errors.append(e) }
}

/// A YAML node together with where it came from: the typed accessors below turn
/// every shape or type mismatch into a located error rather than a crash.
/// Small to copy — the document and the node's number — because the loader
/// passes millions of them around in a large world; the path a message quotes
/// is found from the document when a message needs it.
struct Located {
    /// The file's nodes, name and error sink.
    let document: YAMLDocument
    /// This node's number in `document`.
    let node: Int32

    init(document: YAMLDocument, node: Int32) {
        self.document = document
        self.node = node
    }

    /// A document's root.
    init(root document: YAMLDocument) {
        self.init(document: document, node: document.root)
    }

    var file: String { document.file }
    var sink: ErrorSink { document.sink }
    private var record: YAMLDocument.Record { document.record(node) }

    var isScalar: Bool { record.kind.isScalar }
    var isMapping: Bool { record.kind == .mapping }
    var isSequence: Bool { record.kind == .sequence }

    /// The text of a plain (unquoted) scalar; nil for anything else.
    var plainText: String? { record.kind == .plainScalar ? document.string(node) : nil }

    /// `instruments[3].clauses[0].when`; a key's path is its mapping's.
    var path: String { document.path(of: node) }

    var line: Int { Int(record.line) }
    var column: Int { Int(record.column) }

    func error(_ message: String, suggestion: String? = nil, path: String? = nil) {
        sink.add(
            LoadError(
                file: file, line: line, column: column, path: path ?? self.path,
                message: message, suggestion: suggestion))
    }

    /// Another node of the same document (a child, or a mapping's key).
    func at(_ n: Int32) -> Located { Located(document: document, node: n) }

    var isNull: Bool {
        let r = record
        // The null words are at most four bytes: longer text is never read for this.
        guard r.kind == .plainScalar, r.count <= 4 else { return false }
        return ["", "~", "null", "Null", "NULL"].contains(document.string(node))
    }

    /// What kind of YAML value this is, for "found …" messages.
    var shape: String {
        switch record.kind {
        case .mapping: return "a mapping"
        case .sequence: return "a list"
        case .plainScalar, .otherScalar: return isNull ? "nothing (null)" : "'\(Located.clip(document.string(node)))'"
        case .alias: return "an alias"
        }
    }

    /// Text from the file as a message may quote it: one line, control characters escaped, clipped.
    static func clip(_ s: String) -> String {
        let oneLine = TextGuard.escaped(s)
        return oneLine.count > 40 ? String(oneLine.prefix(37)) + "..." : oneLine
    }

    /// The mapping's entries, after checking every key is one of `allowed`
    /// (unknown keys are errors, with the nearest known key suggested).
    func mapping(allowed: [String], required: [String] = []) -> Fields? {
        guard isMapping else {
            error("found \(shape); expected a mapping with keys \(allowed.joined(separator: ", "))")
            return nil
        }
        let pairs = document.children(of: node)
        var fields: [(key: String, value: Located)] = []
        fields.reserveCapacity(pairs.count / 2)
        for n in stride(from: pairs.startIndex, to: pairs.endIndex - 1, by: 2) {
            let k = pairs[n]
            let v = pairs[n + 1]
            guard document.record(k).kind.isScalar else {
                let key = at(k)
                key.error("found \(key.shape) as a key; expected one of \(allowed.joined(separator: ", "))")
                continue
            }
            let name = document.string(k)
            guard allowed.contains(name) else {
                let key = at(k)
                let p = path.isEmpty ? name : "\(path).\(name)"
                key.error(
                    "unknown key '\(Located.clip(name))'; expected one of \(allowed.joined(separator: ", "))",
                    suggestion: Suggestion.nearest(to: name, in: allowed), path: p)
                continue
            }
            fields.append((name, at(v)))
        }
        let found = Fields(owner: self, entries: fields)
        for r in required where found[r] == nil {
            if let present = found.entry(r) {
                present.error("'\(r)' is empty; a value is required")
            } else {
                error("missing required key '\(r)'")
            }
        }
        return found
    }

    /// A list's items; a single value where a list is expected is an error.
    func list() -> [Located]? {
        guard isSequence else {
            error("found \(shape); expected a list")
            return nil
        }
        return items
    }

    /// A list's items as children of this node.
    private var items: [Located] {
        document.children(of: node).map(at)
    }

    /// One item or a list of them (`when` and `then` accept both).
    func oneOrMany() -> [Located] {
        isSequence ? items : [self]
    }

    var string: String? {
        guard isScalar, !isNull else {
            error("found \(shape); expected text")
            return nil
        }
        let text = document.string(node)
        if let bad = TextGuard.forbiddenScalar(in: text) {
            error(
                String(
                    format:
                        "found control character U+%04X in text; a graph's text may hold no control characters but "
                        + "tab and newline",
                    bad.value))
            return nil
        }
        return text
    }

    var int: Int? {
        guard let text = plainText, let v = Int(text) else {
            error("found \(shape); expected a whole number")
            return nil
        }
        return v
    }

    var bool: Bool? {
        guard let text = plainText, text == "true" || text == "false" else {
            error("found \(shape); expected true or false")
            return nil
        }
        return text == "true"
    }

    func word<W: FormatWord>(_: W.Type, what: String) -> W? {
        guard let s = string else { return nil }
        if let w = W(rawValue: s) { return w }
        error(
            "unknown \(what) '\(Located.clip(s))'; expected one of \(W.allWords.joined(separator: ", "))",
            suggestion: Suggestion.nearest(to: s, in: W.allWords))
        return nil
    }

    var strings: [String]? {
        guard let items = list() else { return nil }
        let values = items.map { $0.string }
        return values.contains(where: { $0 == nil }) ? nil : values.compactMap { $0 }
    }
}

/// A mapping's known keys, read one by one.
struct Fields {
    let owner: Located
    /// The known keys in the order written (a handful: a scan beats hashing).
    let entries: [(key: String, value: Located)]

    /// The value under `key`, present or null.
    func entry(_ key: String) -> Located? {
        entries.first { $0.key == key }?.value
    }

    /// The value under `key`, or nil when absent or null.
    subscript(_ key: String) -> Located? {
        guard let v = entry(key), !v.isNull else { return nil }
        return v
    }
    func has(_ key: String) -> Bool { self[key] != nil }
}
