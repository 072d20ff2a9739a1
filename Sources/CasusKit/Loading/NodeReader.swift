
/// Collects errors while one graph's files are read. A class so every reader of
/// every file appends to the same list.
final class ErrorSink {
    private(set) var errors: [LoadError] = []
    func add(_ e: LoadError) { errors.append(e) }
}

/// A YAML node together with where it came from: the typed accessors below turn
/// every shape or type mismatch into a located error rather than a crash.
struct Located {
    let node: YAMLNode
    let file: String
    /// Where the parent is, and this node's step from it: together the path
    /// (`instruments[3].clauses[0].when`), built only when a message or a child
    /// needs it — most nodes are leaves that never have an error.
    let parent: Trail?
    let step: Trail.Step?
    let sink: ErrorSink

    init(node: YAMLNode, file: String, parent: Trail?, step: Trail.Step?, sink: ErrorSink) {
        self.node = node
        self.file = file
        self.parent = parent
        self.step = step
        self.sink = sink
    }

    init(node: YAMLNode, file: String, path: String, sink: ErrorSink) {
        self.init(node: node, file: file, parent: nil, step: path.isEmpty ? nil : .key(path), sink: sink)
    }

    /// One step of a path after its parent's: a key or a list position.
    final class Trail {
        enum Step {
            case key(String)
            case index(Int)
        }

        let parent: Trail?
        let step: Step

        init(parent: Trail?, step: Step) {
            self.parent = parent
            self.step = step
        }

        var text: String {
            let head = parent?.text ?? ""
            switch step {
            case .index(let n):
                return "\(head)[\(n)]"
            case .key(let key):
                return head.isEmpty ? key : "\(head).\(key)"
            }
        }
    }

    /// This node's own trail (one allocation; callers creating several children make it once).
    var trail: Trail? { step.map { Trail(parent: parent, step: $0) } ?? parent }

    var path: String { trail?.text ?? "" }

    var line: Int { node.mark?.line ?? 1 }
    var column: Int { node.mark?.column ?? 1 }

    func error(_ message: String, suggestion: String? = nil, path: String? = nil) {
        sink.add(LoadError(file: file, line: line, column: column, path: path ?? self.path,
                           message: message, suggestion: suggestion))
    }

    /// A child under `trail` (this node's, made once by the caller).
    func child(_ n: YAMLNode, _ step: Trail.Step, under trail: Trail?) -> Located {
        Located(node: n, file: file, parent: trail, step: step, sink: sink)
    }
    /// The same place (a mapping's key is reported at its mapping's path).
    func sibling(_ n: YAMLNode) -> Located { Located(node: n, file: file, parent: parent, step: step, sink: sink) }

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
        var fields: [(key: String, value: Located)] = []
        let trail = self.trail
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
            fields.append((name, child(v, .key(name), under: trail)))
        }
        let found = Fields(owner: self, entries: fields)
        for r in required where found[r] == nil {
            if let present = found.entry(r) { present.error("'\(r)' is empty; a value is required") }
            else { error("missing required key '\(r)'") }
        }
        return found
    }

    /// A list's items; a single value where a list is expected is an error.
    func list() -> [Located]? {
        guard case .sequence(let s) = node else {
            error("found \(shape); expected a list")
            return nil
        }
        let trail = self.trail
        return s.nodes.enumerated().map { child($1, .index($0), under: trail) }
    }

    /// One item or a list of them (`when` and `then` accept both).
    func oneOrMany() -> [Located] {
        if case .sequence(let s) = node {
            let trail = self.trail
            return s.nodes.enumerated().map { child($1, .index($0), under: trail) }
        }
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
