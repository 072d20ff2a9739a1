internal import Yams

/// Collects errors while one graph's files are read. A class so every reader of
/// every file appends to the same list.
final class ErrorSink {
    private(set) var errors: [LoadError] = []
    func add(_ e: LoadError) { errors.append(e) }
}

/// A YAML node together with where it came from: the typed accessors below turn
/// every shape or type mismatch into a located error rather than a crash.
struct Located {
    let node: Node
    let file: String
    /// Where in the file, as `instruments[3].clauses[0].when`: built only when a
    /// message needs it (most nodes never have an error).
    let trail: Trail?
    let sink: ErrorSink

    init(node: Node, file: String, trail: Trail?, sink: ErrorSink) {
        self.node = node
        self.file = file
        self.trail = trail
        self.sink = sink
    }

    init(node: Node, file: String, path: String, sink: ErrorSink) {
        self.init(node: node, file: file, trail: path.isEmpty ? nil : Trail(parent: nil, key: path, index: nil), sink: sink)
    }

    /// One step of a path: a key or a list position after its parent's.
    final class Trail {
        let parent: Trail?
        let key: String?
        let index: Int?

        init(parent: Trail?, key: String?, index: Int?) {
            self.parent = parent
            self.key = key
            self.index = index
        }

        var text: String {
            let head = parent?.text ?? ""
            if let index { return "\(head)[\(index)]" }
            let key = key ?? ""
            return head.isEmpty ? key : "\(head).\(key)"
        }
    }

    var path: String { trail?.text ?? "" }

    var line: Int { node.mark?.line ?? 1 }
    var column: Int { node.mark?.column ?? 1 }

    func error(_ message: String, suggestion: String? = nil, path: String? = nil) {
        sink.add(LoadError(file: file, line: line, column: column, path: path ?? self.path,
                           message: message, suggestion: suggestion))
    }

    func child(_ n: Node, key: String) -> Located { Located(node: n, file: file, trail: Trail(parent: trail, key: key, index: nil), sink: sink) }
    func child(_ n: Node, index: Int) -> Located { Located(node: n, file: file, trail: Trail(parent: trail, key: nil, index: index), sink: sink) }
    /// The same place (a mapping's key is reported at its mapping's path).
    func sibling(_ n: Node) -> Located { Located(node: n, file: file, trail: trail, sink: sink) }

    var isNull: Bool {
        if case .scalar(let s) = node, s.style == .plain, ["", "~", "null", "Null", "NULL"].contains(s.string) { return true }
        return false
    }

    /// What kind of YAML value this is, for "found …" messages.
    var shape: String {
        switch node {
        case .mapping: return "a mapping"
        case .sequence: return "a list"
        case .scalar(let s): return isNull ? "nothing (null)" : "'\(Located.clip(s.string))'"
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
        guard case .mapping(let m) = node else {
            error("found \(shape); expected a mapping with keys \(allowed.joined(separator: ", "))")
            return nil
        }
        var fields: [String: Located] = [:]
        for (k, v) in m {
            let key = sibling(k)
            guard case .scalar(let ks) = k else { key.error("found \(key.shape) as a key; expected one of \(allowed.joined(separator: ", "))"); continue }
            let name = ks.string
            guard allowed.contains(name) else {
                let p = path.isEmpty ? name : "\(path).\(name)"
                key.error("unknown key '\(Located.clip(name))'; expected one of \(allowed.joined(separator: ", "))",
                          suggestion: Suggestion.nearest(to: name, in: allowed), path: p)
                continue
            }
            fields[name] = child(v, key: name)
        }
        for r in required where fields[r] == nil || fields[r]?.isNull == true {
            if let present = fields[r] { present.error("'\(r)' is empty; a value is required") }
            else { error("missing required key '\(r)'") }
        }
        return Fields(owner: self, values: fields)
    }

    /// A list's items; a single value where a list is expected is an error.
    func list() -> [Located]? {
        guard case .sequence(let s) = node else {
            error("found \(shape); expected a list")
            return nil
        }
        return Array(s).enumerated().map { child($1, index: $0) }
    }

    /// One item or a list of them (`when` and `then` accept both).
    func oneOrMany() -> [Located] {
        if case .sequence(let s) = node { return Array(s).enumerated().map { child($1, index: $0) } }
        return [self]
    }

    var string: String? {
        guard case .scalar(let s) = node, !isNull else {
            error("found \(shape); expected text")
            return nil
        }
        if let bad = TextGuard.forbiddenScalar(in: s.string) {
            error(String(format: "found control character U+%04X in text; a graph's text may hold no control characters but tab and newline", bad.value))
            return nil
        }
        return s.string
    }

    var int: Int? {
        guard case .scalar(let s) = node, s.style == .plain, let v = Int(s.string) else {
            error("found \(shape); expected a whole number")
            return nil
        }
        return v
    }

    var bool: Bool? {
        guard case .scalar(let s) = node, s.style == .plain, s.string == "true" || s.string == "false" else {
            error("found \(shape); expected true or false")
            return nil
        }
        return s.string == "true"
    }

    func word<W: FormatWord>(_: W.Type, what: String) -> W? {
        guard let s = string else { return nil }
        if let w = W(rawValue: s) { return w }
        error("unknown \(what) '\(Located.clip(s))'; expected one of \(W.allWords.joined(separator: ", "))",
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
    let values: [String: Located]

    /// The value under `key`, or nil when absent or null.
    subscript(_ key: String) -> Located? {
        guard let v = values[key], !v.isNull else { return nil }
        return v
    }
    func has(_ key: String) -> Bool { self[key] != nil }
}
