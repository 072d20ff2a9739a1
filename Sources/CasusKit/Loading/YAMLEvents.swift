// libyaml, as Yams builds and links it (Yams' own C target; Casus adds no copy).
internal import CYaml

/// The fast way through a well-formed graph file: libyaml's events turned
/// straight into a `YAMLDocument`, without Yams' node tree, its tags and its
/// duplicate-key grouping (loading was three times slower through them,
/// BENCHMARKS.md). Anything unusual — a syntax error, a second document, an
/// anchor or alias, two equal keys, a key that is not a scalar — returns nil,
/// and the loader takes Yams' path, whose messages are the ones users know.
enum YAMLEvents {
    /// The single document, or nil when Yams must judge the file.
    static func document(of text: String, file: String = "", sink: ErrorSink = ErrorSink()) -> YAMLDocument? {
        parse(text).map { YAMLDocument($0.built, root: $0.root, file: file, sink: sink) }
    }

    /// The document's arrays and its root, or nil when Yams must judge the file.
    static func parse(_ text: String) -> (built: YAMLDocument.Builder, root: Int32)? {
        var text = text
        return text.withUTF8 { parse($0) }
    }

    private static func parse(_ bytes: UnsafeBufferPointer<UInt8>) -> (built: YAMLDocument.Builder, root: Int32)? {
        var parser = yaml_parser_t()
        guard yaml_parser_initialize(&parser) == 1 else { return nil }
        defer { yaml_parser_delete(&parser) }
        yaml_parser_set_encoding(&parser, YAML_UTF8_ENCODING)
        yaml_parser_set_input_string(&parser, bytes.baseAddress, bytes.count)
        var built = YAMLDocument.Builder()
        var root: Int32?
        var documents = 0
        var event = yaml_event_t()
        while true {
            guard yaml_parser_parse(&parser, &event) == 1 else { return nil }
            defer { yaml_event_delete(&event) }
            let line = Int(event.start_mark.line) + 1
            let column = Int(event.start_mark.column) + 1
            var finished: Int32?
            switch event.type {
            case YAML_STREAM_END_EVENT:
                guard documents == 1, let root else { return nil }
                return (built, root)
            case YAML_DOCUMENT_START_EVENT:
                documents += 1
                if documents > 1 { return nil }
            case YAML_ALIAS_EVENT:
                return nil
            case YAML_SCALAR_EVENT:
                guard event.data.scalar.anchor == nil else { return nil }
                let value = UnsafeBufferPointer(start: event.data.scalar.value, count: event.data.scalar.length)
                finished = built.scalar(
                    value, plain: event.data.scalar.style == YAML_PLAIN_SCALAR_STYLE, line: line, column: column)
            case YAML_SEQUENCE_START_EVENT:
                guard event.data.sequence_start.anchor == nil else { return nil }
                built.open(.sequence, line: line, column: column)
            case YAML_MAPPING_START_EVENT:
                guard event.data.mapping_start.anchor == nil else { return nil }
                built.open(.mapping, line: line, column: column)
            case YAML_SEQUENCE_END_EVENT:
                finished = built.close()
                guard finished != nil else { return nil }
            case YAML_MAPPING_END_EVENT:
                guard keysAreDistinctScalars(built.openChildren, in: built) else { return nil }
                finished = built.close()
                guard finished != nil else { return nil }
            default:
                break
            }
            if let node = finished, !built.attach(node) {
                root = node
            }
        }
    }

    /// Whether every key of a mapping (its children alternate key, value) is a
    /// scalar and none repeats; Yams reports the others with its own message.
    private static func keysAreDistinctScalars(_ items: ArraySlice<Int32>, in built: YAMLDocument.Builder) -> Bool {
        guard items.count % 2 == 0 else { return false }
        // A graph's mappings have a handful of keys: comparing beats hashing
        // there; a long mapping (a hostile one) is hashed, never quadratic.
        let few = items.count <= 64
        var seen = Set<String>()
        var k = items.startIndex
        while k < items.endIndex {
            let key = items[k]
            guard built.kind(key).isScalar else { return false }
            if few {
                var earlier = items.startIndex
                while earlier < k {
                    if built.sameText(items[earlier], key) { return false }
                    earlier += 2
                }
            } else if !seen.insert(built.string(key)).inserted {
                return false
            }
            k += 2
        }
        return true
    }
}
