// libyaml, as Yams builds and links it (Yams' own C target; Casus adds no copy).
internal import CYaml

/// The fast way through a well-formed graph file: libyaml's events turned
/// straight into `YAMLNode`s, without Yams' node tree, its tags and its
/// duplicate-key grouping (loading was three times slower through them,
/// BENCHMARKS.md). Anything unusual — a syntax error, a second document, an
/// anchor or alias, two equal keys, a key that is not a scalar — returns nil,
/// and the loader takes Yams' path, whose messages are the ones users know.
enum YAMLEvents {
    /// The single document's root, or nil when Yams must judge the file.
    static func root(of text: String) -> YAMLNode? {
        var text = text
        return text.withUTF8 { bytes in parse(bytes) }
    }

    private struct Open {
        let isMapping: Bool
        let mark: YAMLNode.Mark
        var items: [YAMLNode] = []
    }

    private static func parse(_ bytes: UnsafeBufferPointer<UInt8>) -> YAMLNode? {
        var parser = yaml_parser_t()
        guard yaml_parser_initialize(&parser) == 1 else { return nil }
        defer { yaml_parser_delete(&parser) }
        yaml_parser_set_encoding(&parser, YAML_UTF8_ENCODING)
        yaml_parser_set_input_string(&parser, bytes.baseAddress, bytes.count)
        var stack: [Open] = []
        var root: YAMLNode?
        var documents = 0
        var event = yaml_event_t()
        while true {
            guard yaml_parser_parse(&parser, &event) == 1 else { return nil }
            defer { yaml_event_delete(&event) }
            let mark = YAMLNode.Mark(line: Int(event.start_mark.line) + 1, column: Int(event.start_mark.column) + 1)
            var finished: YAMLNode?
            switch event.type {
            case YAML_STREAM_END_EVENT:
                return documents == 1 ? root : nil
            case YAML_DOCUMENT_START_EVENT:
                documents += 1
                if documents > 1 { return nil }
            case YAML_ALIAS_EVENT:
                return nil
            case YAML_SCALAR_EVENT:
                guard event.data.scalar.anchor == nil else { return nil }
                let value = UnsafeBufferPointer(start: event.data.scalar.value, count: event.data.scalar.length)
                let style: YAMLNode.Scalar.Style = event.data.scalar.style == YAML_PLAIN_SCALAR_STYLE ? .plain : .other
                finished = .scalar(YAMLNode.Scalar(string: String(decoding: value, as: UTF8.self), style: style, mark: mark))
            case YAML_SEQUENCE_START_EVENT:
                guard event.data.sequence_start.anchor == nil else { return nil }
                stack.append(Open(isMapping: false, mark: mark))
            case YAML_MAPPING_START_EVENT:
                guard event.data.mapping_start.anchor == nil else { return nil }
                stack.append(Open(isMapping: true, mark: mark))
            case YAML_SEQUENCE_END_EVENT:
                guard let open = stack.popLast() else { return nil }
                finished = .sequence(YAMLNode.Sequence(nodes: open.items, mark: open.mark))
            case YAML_MAPPING_END_EVENT:
                guard let open = stack.popLast(), let pairs = pairs(open.items) else { return nil }
                finished = .mapping(YAMLNode.Mapping(pairs: pairs, mark: open.mark))
            default:
                break
            }
            if let node = finished {
                if stack.isEmpty {
                    root = node
                } else {
                    stack[stack.count - 1].items.append(node)
                }
            }
        }
    }

    /// Keys and values paired; nil for a key that is not a scalar or that
    /// repeats (Yams reports duplicates with its own message).
    private static func pairs(_ items: [YAMLNode]) -> [(YAMLNode, YAMLNode)]? {
        guard items.count % 2 == 0 else { return nil }
        var out: [(YAMLNode, YAMLNode)] = []
        out.reserveCapacity(items.count / 2)
        // A graph's mappings have a handful of keys: comparing beats hashing
        // there; a long mapping (a hostile one) is hashed, never quadratic.
        let few = items.count <= 64
        var seen: [String] = []
        var hashed = Set<String>()
        var n = 0
        while n < items.count {
            guard case .scalar(let key) = items[n] else { return nil }
            if few {
                if seen.contains(key.string) { return nil }
                seen.append(key.string)
            } else if !hashed.insert(key.string).inserted {
                return nil
            }
            out.append((items[n], items[n + 1]))
            n += 2
        }
        return out
    }
}
