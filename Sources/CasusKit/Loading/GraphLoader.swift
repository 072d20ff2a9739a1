import Foundation
import Yams

/// Reads a graph — one YAML (or JSON) file, or every `*.yaml`/`*.yml` below a
/// directory in path order — into a valid `Graph`, or fails with every error found.
public enum GraphLoader {
    /// One file's name (as shown in messages) and its bytes.
    public struct File: Sendable {
        public let name: String
        public let data: Data
        public init(name: String, data: Data) { self.name = name; self.data = data }
        public init(name: String, text: String) { self.name = name; self.data = Data(text.utf8) }
    }

    /// Loads from the file system. Throws `GraphNotFound` when the path names
    /// nothing readable, `GraphLoadFailure` when the graph is not valid.
    public static func load(path: String) throws -> Graph {
        try load(files: files(at: path))
    }

    /// The graph files at a path, in the order they are read.
    public static func files(at path: String) throws(GraphNotFound) -> [File] {
        let fm = FileManager.default
        var isDir: ObjCBool = false
        guard fm.fileExists(atPath: path, isDirectory: &isDir) else {
            throw GraphNotFound(path: path, reason: "no such file or directory")
        }
        if !isDir.boolValue {
            guard let data = fm.contents(atPath: path) else { throw GraphNotFound(path: path, reason: "cannot be read") }
            return [File(name: path, data: data)]
        }
        let base = URL(fileURLWithPath: path)
        guard let walker = fm.enumerator(at: base, includingPropertiesForKeys: [.isRegularFileKey],
                                         options: [.skipsHiddenFiles]) else {
            throw GraphNotFound(path: path, reason: "cannot be read")
        }
        var names: [String] = []
        for case let url as URL in walker where ["yaml", "yml"].contains(url.pathExtension.lowercased()) {
            let rel = url.path.hasPrefix(base.path) ? String(url.path.dropFirst(base.path.count)) : "/" + url.lastPathComponent
            names.append(rel)
        }
        let prefix = path.hasSuffix("/") ? String(path.dropLast()) : path
        var out: [File] = []
        for rel in names.sorted() {
            let name = prefix + rel
            guard let data = fm.contents(atPath: name) else { throw GraphNotFound(path: name, reason: "cannot be read") }
            out.append(File(name: name, data: data))
        }
        if out.isEmpty { throw GraphNotFound(path: path, reason: "directory holds no .yaml or .yml files") }
        return out
    }

    /// Loads from files already in memory (the built-in sample, tests).
    public static func load(files: [File]) throws(GraphLoadFailure) -> Graph {
        let builder = GraphBuilder()
        for file in files {
            if let root = parse(file, sink: builder.sink) { builder.read(root: root) }
        }
        return try builder.finish()
    }

    /// One file's YAML root, or nil with the errors recorded.
    static func parse(_ file: File, sink: ErrorSink) -> Located? {
        let text: String
        switch TextGuard.text(of: file.data, file: file.name) {
        case .failure(let e): sink.add(e); return nil
        case .success(let t): text = t
        }
        if let a = TextGuard.firstAnchorOrAlias(in: text) {
            sink.add(LoadError(file: file.name, line: a.line, column: a.column, path: "",
                               message: "found YAML \(a.token.hasPrefix("&") ? "anchor" : "alias") '\(Located.clip(a.token))'; anchors and aliases are not supported (write the value out in full, or quote text that starts with '&' or '*')"))
            return nil
        }
        do {
            let parser = try Parser(yaml: text)
            guard let root = try parser.singleRoot() else {
                sink.add(LoadError(file: file.name, line: 1, column: 1, path: "",
                                   message: "file holds no YAML document; expected a mapping that starts with 'casus: 1'"))
                return nil
            }
            // Backstop while the parser (which owns the anchors) is alive: any
            // anchored node the text scan missed is refused here, before anything
            // walks into what an alias might expand to.
            if let anchored = firstAnchored(root) {
                sink.add(LoadError(file: file.name, line: anchored.mark?.line ?? 1, column: anchored.mark?.column ?? 1, path: "",
                                   message: "found a YAML anchor; anchors and aliases are not supported (write the value out in full)"))
                return nil
            }
            return Located(node: root, file: file.name, path: "", sink: sink)
        } catch let e as YamlError {
            sink.add(yamlError(e, file: file.name))
            return nil
        } catch {
            sink.add(LoadError(file: file.name, line: 1, column: 1, path: "", message: "cannot read YAML: \(error)"))
            return nil
        }
    }

    /// The first node carrying an anchor, without descending into anchored nodes.
    private static func firstAnchored(_ node: Node) -> Node? {
        if node.anchor != nil { return node }
        switch node {
        case .mapping(let m):
            for (k, v) in m { if let a = firstAnchored(k) ?? firstAnchored(v) { return a } }
        case .sequence(let s):
            for n in s { if let a = firstAnchored(n) { return a } }
        case .scalar, .alias: break
        }
        return nil
    }

    private static func yamlError(_ e: YamlError, file: String) -> LoadError {
        func located(_ problem: String, _ mark: Mark, _ context: YamlError.Context?) -> LoadError {
            let ctx = context.map { " (\($0.text) at line \($0.mark.line))" } ?? ""
            return LoadError(file: file, line: mark.line, column: mark.column, path: "",
                             message: "YAML syntax error: \(problem)\(ctx)")
        }
        switch e {
        case let .scanner(context, problem, mark, _), let .parser(context, problem, mark, _):
            return located(problem, mark, context)
        case let .composer(context, problem, mark, _):
            if problem.contains("alias") {
                return LoadError(file: file, line: mark.line, column: mark.column, path: "",
                                 message: "found a YAML alias; anchors and aliases are not supported (write the value out in full)")
            }
            return located(problem, mark, context)
        case let .duplicatedKeysInMapping(duplicates, context):
            return LoadError(file: file, line: context.mark.line, column: context.mark.column, path: "",
                             message: "duplicate key \(duplicates.map { "'\($0)'" }.joined(separator: ", ")) in one mapping; each key may appear once")
        case let .reader(problem, offset, _, _):
            return LoadError(file: file, line: 1, column: 1, path: "",
                             message: "cannot read the text: \(problem)\(offset.map { " at byte \($0)" } ?? "")")
        default:
            return LoadError(file: file, line: 1, column: 1, path: "", message: "cannot read YAML: \(e)")
        }
    }
}
