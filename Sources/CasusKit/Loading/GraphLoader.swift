import Foundation
internal import Yams

/// Reads a graph — one YAML (or JSON) file, or every `*.yaml`/`*.yml` below a
/// directory in path order — into a valid `Graph`, or fails with every error found.
public enum GraphLoader {
    /// One file's name (as shown in messages) and its bytes.
    public struct File: Sendable {
        /// The file's name or path, as messages cite it.
        public let name: String
        /// The file's bytes (UTF-8 YAML).
        public let data: Data
        /// The size on disk when the file was too large to read (its bytes are then not read).
        let oversizedBytes: Int?
        /// A file from its bytes.
        public init(name: String, data: Data) {
            self.name = name
            self.data = data
            self.oversizedBytes = nil
        }
        /// A file from its text.
        public init(name: String, text: String) { self.init(name: name, data: Data(text.utf8)) }
        init(name: String, oversizedBytes: Int) {
            self.name = name
            self.data = Data()
            self.oversizedBytes = oversizedBytes
        }
    }

    /// Loads from the file system. Throws `GraphNotFound` when the path names
    /// nothing readable (or a file of the graph cannot be read), `GraphLoadFailure`
    /// when the graph is not valid.
    public static func load(path: String, followSymlinks: Bool = false) throws -> Graph {
        try load(files: files(at: path, followSymlinks: followSymlinks))
    }

    /// The graph files at a path, in the order they are read. Loading is all or
    /// nothing: a file or folder of the graph that cannot be read is an error, not
    /// skipped, and so is a symbolic link that leaves the graph's folder unless
    /// `followSymlinks`. A file's size is checked before its bytes are read.
    public static func files(at path: String, followSymlinks: Bool = false) throws(GraphNotFound) -> [File] {
        var info = stat()
        guard stat(path, &info) == 0 else {
            throw GraphNotFound(path: path, errno: errno)
        }
        if info.st_mode & S_IFMT != S_IFDIR {
            return [try read(path, size: Int(info.st_size))]
        }
        let prefix = path.hasSuffix("/") && path.count > 1 ? String(path.dropLast()) : path
        let root = realPath(prefix) ?? prefix
        var names: [String] = []
        var folders = [""]
        while let relative = folders.popLast() {
            let folder = prefix + relative
            let entries: [String]
            do {
                entries = try FileManager.default.contentsOfDirectory(atPath: folder)
            } catch {
                var probe = stat()
                let code = opendirErrno(folder) ?? (stat(folder, &probe) == 0 ? EACCES : errno)
                throw GraphNotFound(path: folder, errno: code)
            }
            for entry in entries where !entry.hasPrefix(".") {
                let rel = relative + "/" + entry
                let full = prefix + rel
                var link = stat()
                guard lstat(full, &link) == 0 else { throw GraphNotFound(path: full, errno: errno) }
                var kind = link.st_mode & S_IFMT
                if kind == S_IFLNK {
                    let target = realPath(full)
                    let inside = target.map { $0 == root || $0.hasPrefix(root + "/") } ?? false
                    if !inside && !followSymlinks {
                        throw GraphNotFound(
                            path: full,
                            reason:
                                "is a symbolic link to \(target ?? "nothing") outside the graph's folder; use "
                                + "--follow-symlinks to read it"
                        )
                    }
                    var followed = stat()
                    guard stat(full, &followed) == 0 else { throw GraphNotFound(path: full, errno: errno) }
                    kind = followed.st_mode & S_IFMT
                    // A link to a folder is not walked: it could loop.
                    if kind == S_IFDIR { continue }
                }
                if kind == S_IFDIR {
                    folders.append(rel)
                } else if kind == S_IFREG, ["yaml", "yml"].contains((entry as NSString).pathExtension.lowercased()) {
                    names.append(rel)
                }
            }
        }
        var out: [File] = []
        for rel in names.sorted() {
            let name = prefix + rel
            var info = stat()
            guard stat(name, &info) == 0 else { throw GraphNotFound(path: name, errno: errno) }
            out.append(try read(name, size: Int(info.st_size)))
        }
        if out.isEmpty { throw GraphNotFound(path: path, reason: "directory holds no .yaml or .yml files") }
        return out
    }

    /// A file's bytes, or only its size when it is over the limit.
    private static func read(_ path: String, size: Int) throws(GraphNotFound) -> File {
        if size > TextGuard.maximumBytes {
            return File(name: path, oversizedBytes: size)
        }
        guard let handle = FileHandle(forReadingAtPath: path) else {
            throw GraphNotFound(path: path, errno: access(path, R_OK) == 0 ? EIO : errno)
        }
        defer { try? handle.close() }
        do {
            // One byte more than the limit: a file that grew since `stat` is still caught.
            let data = try handle.read(upToCount: TextGuard.maximumBytes + 1) ?? Data()
            if data.count > TextGuard.maximumBytes {
                return File(name: path, oversizedBytes: data.count)
            }
            return File(name: path, data: data)
        } catch {
            throw GraphNotFound(path: path, reason: "cannot be read: \((error as NSError).localizedDescription)")
        }
    }

    private static func realPath(_ path: String) -> String? {
        guard let resolved = realpath(path, nil) else { return nil }
        defer { free(resolved) }
        return String(cString: resolved)
    }

    /// Why a folder cannot be listed, from the system.
    private static func opendirErrno(_ path: String) -> Int32? {
        guard let dir = opendir(path) else { return errno }
        closedir(dir)
        return nil
    }

    /// Loads from files already in memory (the built-in sample, tests).
    public static func load(files: [File]) throws(GraphLoadFailure) -> Graph {
        let builder = GraphBuilder()
        let prepared = FilePreparer(files)
        for (n, file) in files.enumerated() {
            if let root = root(of: prepared.take(n), file: file.name, sink: builder.sink) { builder.read(root: root) }
        }
        return try builder.finish()
    }

    /// One file as far as it can be taken without the error sink: checked as
    /// text and, when well formed, parsed. Pure, so a second thread can prepare
    /// the next file while the loader reads this one (`FilePreparer`).
    enum Prepared: Sendable {
        case refused(LoadError)
        case parsed(YAMLDocument.Builder, root: Int32)
        /// Text that Yams must judge: a syntax error, a duplicate key …
        case forYams(String)
    }

    static func prepare(_ file: File) -> Prepared {
        if let size = file.oversizedBytes {
            return .refused(TextGuard.oversized(size, file: file.name))
        }
        let text: String
        switch TextGuard.text(of: file.data, file: file.name) {
        case .failure(let e): return .refused(e)
        case .success(let t): text = t
        }
        if let a = TextGuard.firstAnchorOrAlias(in: text) {
            return .refused(
                LoadError(
                    file: file.name, line: a.line, column: a.column, path: "",
                    message:
                        "found YAML \(a.token.hasPrefix("&") ? "anchor" : "alias") '\(Located.clip(a.token))'; "
                        + "anchors and aliases are not supported (write the value out in full, or quote text that "
                        + "starts with '&' or '*')"
                ))
        }
        // A well-formed file goes straight from libyaml's events to nodes; any
        // other takes Yams' path, whose messages the errors quote.
        if let (built, root) = YAMLEvents.parse(text) {
            return .parsed(built, root: root)
        }
        return .forYams(text)
    }

    /// One file's YAML root, or nil with the errors recorded.
    private static func root(of prepared: Prepared, file: String, sink: ErrorSink) -> Located? {
        switch prepared {
        case .refused(let e):
            sink.add(e)
            return nil
        case .parsed(let built, let root):
            return Located(root: YAMLDocument(built, root: root, file: file, sink: sink))
        case .forYams(let text):
            return yamsRoot(text, file: file, sink: sink)
        }
    }

    private static func yamsRoot(_ text: String, file: String, sink: ErrorSink) -> Located? {
        do {
            // The loader types every scalar itself (ints, booleans, null, by their
            // plain text), so Yams' implicit tag resolution — a regular expression
            // per scalar, also run when it checks keys for duplicates — is not needed.
            let parser = try Parser(yaml: text, resolver: .basic)
            guard let root = try parser.singleRoot() else {
                sink.add(
                    LoadError(
                        file: file, line: 1, column: 1, path: "",
                        message: "file holds no YAML document; expected a mapping that starts with 'casus: 1'"))
                return nil
            }
            // Backstop while the parser (which owns the anchors) is alive: any
            // anchored node the text scan missed is refused here, before anything
            // walks into what an alias might expand to.
            if let anchored = firstAnchored(root) {
                sink.add(
                    LoadError(
                        file: file, line: anchored.mark?.line ?? 1, column: anchored.mark?.column ?? 1, path: "",
                        message:
                            "found a YAML anchor; anchors and aliases are not supported (write the value out in full)"))
                return nil
            }
            return Located(root: YAMLDocument(tree: root, file: file, sink: sink))
        } catch let e as YamlError {
            sink.add(yamlError(e, file: file, text: text))
            return nil
        } catch {
            sink.add(LoadError(file: file, line: 1, column: 1, path: "", message: "cannot read YAML: \(error)"))
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

    /// What usually causes the parser's most puzzling messages. The parser
    /// says "mapping values are not allowed" both for an unquoted `: ` in a
    /// value and for a key indented deeper than the one above it; the lines
    /// tell which.
    static func hint(for problem: String, line: Int, text: String) -> String {
        if problem.contains("mapping values are not allowed") {
            if indentedUnderAScalar(line: line, text: text) {
                return
                    "; this line is indented deeper than the line above, whose value is already given (keys of one "
                    + "mapping line up)"
            }
            return "; a value that contains ': ' must be quoted, as in title: \"Casus: a world\""
        }
        if problem.contains("did not find expected key") || problem.contains("did not find expected '-' indicator") {
            return "; check this line's indentation against the line above (keys of one mapping line up)"
        }
        return ""
    }

    /// Whether line `line` (1-based) is indented deeper than the nearest line
    /// above it that has content, and that line does not open a nested block
    /// (it does not end in `:`, `|` or `>`).
    static func indentedUnderAScalar(line: Int, text: String) -> Bool {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        guard line >= 2, line <= lines.count else { return false }
        func indent(_ l: Substring) -> Int { l.prefix { $0 == " " }.count }
        let here = lines[line - 1]
        let above = lines[..<(line - 1)].last { l in
            let t = l.trimmingCharacters(in: .whitespaces)
            return !t.isEmpty && !t.hasPrefix("#")
        }
        guard let above else { return false }
        let opener = above.trimmingCharacters(in: .whitespaces)
        return indent(here) > indent(above) && !opener.hasSuffix(":") && !opener.hasSuffix("|")
            && !opener.hasSuffix(">")
    }

    private static func yamlError(_ e: YamlError, file: String, text: String) -> LoadError {
        func located(_ problem: String, _ mark: Mark, _ context: YamlError.Context?) -> LoadError {
            let ctx = context.map { " (\($0.text) at line \($0.mark.line))" } ?? ""
            return LoadError(
                file: file, line: mark.line, column: mark.column, path: "",
                message: "YAML syntax error: \(problem)\(ctx)\(hint(for: problem, line: mark.line, text: text))")
        }
        switch e {
        case .scanner(let context, let problem, let mark, _), .parser(let context, let problem, let mark, _):
            return located(problem, mark, context)
        case .composer(let context, let problem, let mark, _):
            if problem.contains("alias") {
                return LoadError(
                    file: file, line: mark.line, column: mark.column, path: "",
                    message: "found a YAML alias; anchors and aliases are not supported (write the value out in full)")
            }
            return located(problem, mark, context)
        case .duplicatedKeysInMapping(let duplicates, let context):
            return LoadError(
                file: file, line: context.mark.line, column: context.mark.column, path: "",
                message:
                    "duplicate key \(duplicates.map { "'\($0)'" }.joined(separator: ", ")) in one mapping; each key "
                    + "may appear once"
            )
        case .reader(let problem, let offset, _, _):
            return LoadError(
                file: file, line: 1, column: 1, path: "",
                message: "cannot read the text: \(problem)\(offset.map { " at byte \($0)" } ?? "")")
        default:
            return LoadError(file: file, line: 1, column: 1, path: "", message: "cannot read YAML: \(e)")
        }
    }
}
