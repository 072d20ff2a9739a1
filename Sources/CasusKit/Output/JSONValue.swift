/// A JSON document with ordered keys, written the same way every time: the
/// contract fixes key names and array order, and re-runs must be byte-identical.
public indirect enum JSONValue: Sendable, Hashable {
    /// `null`.
    case null
    /// `true` or `false`.
    case bool(Bool)
    /// A whole number.
    case int(Int)
    /// Text.
    case string(String)
    /// A list.
    case array([JSONValue])
    /// An object, its keys in the order written.
    case object([(String, JSONValue)])

    /// Equal values, objects compared key by key in order.
    public static func == (a: JSONValue, b: JSONValue) -> Bool { a.rendered() == b.rendered() }
    /// Hashes the value.
    public func hash(into h: inout Hasher) { h.combine(rendered()) }

    /// A list of texts.
    public static func strings(_ xs: [String]) -> JSONValue { .array(xs.map(JSONValue.string)) }
    /// The value, or `null` when nil.
    public static func optional(_ s: String?) -> JSONValue { s.map(JSONValue.string) ?? .null }
    /// The value, or `null` when nil.
    public static func optional(_ n: Int?) -> JSONValue { n.map(JSONValue.int) ?? .null }

    /// An object with more keys after its own; any other value unchanged.
    package func adding(_ extra: [(String, JSONValue)]) -> JSONValue {
        guard case .object(let fields) = self else { return self }
        return .object(fields + extra)
    }

    /// Pretty-printed with two-space indents and a final newline.
    public func rendered() -> String {
        var out = ""
        write(into: &out, indent: 0)
        out += "\n"
        return out
    }

    private func write(into out: inout String, indent: Int) {
        let pad = String(repeating: "  ", count: indent + 1)
        let close = String(repeating: "  ", count: indent)
        switch self {
        case .null: out += "null"
        case .bool(let b): out += b ? "true" : "false"
        case .int(let n): out += String(n)
        case .string(let s): JSONValue.quote(s, into: &out)
        case .array(let xs):
            if xs.isEmpty {
                out += "[]"
                return
            }
            out += "[\n"
            for (n, x) in xs.enumerated() {
                out += pad
                x.write(into: &out, indent: indent + 1)
                out += n + 1 < xs.count ? ",\n" : "\n"
            }
            out += close + "]"
        case .object(let kv):
            if kv.isEmpty {
                out += "{}"
                return
            }
            out += "{\n"
            for (n, (k, v)) in kv.enumerated() {
                out += pad
                JSONValue.quote(k, into: &out)
                out += ": "
                v.write(into: &out, indent: indent + 1)
                out += n + 1 < kv.count ? ",\n" : "\n"
            }
            out += close + "}"
        }
    }

    /// JSON string escaping; `<`, `>` and `&` are escaped too so the text is safe inside HTML.
    static func quote(_ s: String, into out: inout String) {
        out += "\""
        for u in s.unicodeScalars {
            switch u {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case "<": out += "\\u003c"
            case ">": out += "\\u003e"
            case "&": out += "\\u0026"
            default:
                if u.value < 0x20 || u.value == 0x2028 || u.value == 0x2029 {
                    let hex = String(u.value, radix: 16)
                    out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                } else {
                    out.unicodeScalars.append(u)
                }
            }
        }
        out += "\""
    }
}
