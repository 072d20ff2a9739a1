import Foundation

/// Checks a file's bytes before any YAML parser sees them: size, text-ness,
/// and YAML anchors. Anchors and aliases are refused outright — the format never
/// needs them, and an alias lets a ten-line file ("billion laughs") expand
/// without bound in everything that walks the document afterwards.
enum TextGuard {
    /// Larger files are refused before they are read into a parser.
    static let maximumBytes = 16 * 1024 * 1024

    /// The decoded text, or the error that says why the bytes are not a graph file.
    static func oversized(_ size: Int, file: String) -> LoadError {
        LoadError(file: file, line: 1, column: 1, path: "",
                  message: "file is \(size) bytes; graph files may be at most \(maximumBytes) bytes")
    }

    static func text(of data: Data, file: String) -> Result<String, LoadError> {
        if data.count > maximumBytes {
            return .failure(oversized(data.count, file: file))
        }
        if data.isEmpty || data.allSatisfy({ $0 == 0x20 || $0 == 0x0A || $0 == 0x0D || $0 == 0x09 }) {
            return .failure(LoadError(file: file, line: 1, column: 1, path: "",
                                      message: "file is empty; expected a YAML mapping that starts with 'casus: 1'"))
        }
        if let nul = data.firstIndex(of: 0) {
            let (line, column) = position(ofByte: nul - data.startIndex, in: data)
            return .failure(LoadError(file: file, line: line, column: column, path: "",
                                      message: "found a NUL byte: this is a binary file, not YAML text"))
        }
        guard let text = String(data: data, encoding: .utf8) else {
            let bad = firstInvalidUTF8(in: data)
            let (line, column) = position(ofByte: bad, in: data)
            return .failure(LoadError(file: file, line: line, column: column, path: "",
                                      message: "found bytes that are not UTF-8 text; graph files are UTF-8 YAML"))
        }
        for (n, scalar) in text.unicodeScalars.enumerated() where isForbiddenControl(scalar) {
            let (line, column) = position(ofScalar: n, in: text)
            return .failure(LoadError(file: file, line: line, column: column, path: "",
                                      message: String(format: "found control character U+%04X; graph files are plain text", scalar.value)))
        }
        return .success(text)
    }

    /// Raw text: C0 controls but tab and line ends, DEL, C1 controls and the
    /// bidirectional overrides that make a terminal show text other than it is.
    private static func isForbiddenControl(_ s: Unicode.Scalar) -> Bool {
        if s == "\r" { return false }
        return isForbiddenInText(s)
    }

    /// Text after YAML's escapes are decoded (`"\e]0;x\a"`): the same rule, and
    /// a carriage return is refused too; tab and newline are the only controls
    /// a graph's text may hold.
    static func isForbiddenInText(_ s: Unicode.Scalar) -> Bool {
        let v = s.value
        if v < 0x20 { return s != "\n" && s != "\t" }
        if v == 0x7F || (0x80...0x9F).contains(v) { return true }
        return (0x202A...0x202E).contains(v) || (0x2066...0x2069).contains(v)
    }

    /// The first forbidden scalar of decoded text.
    static func forbiddenScalar(in text: String) -> Unicode.Scalar? {
        text.unicodeScalars.first(where: isForbiddenInText)
    }

    /// Text safe to print in a message: every control character written as `\u{…}`.
    static func escaped(_ text: String) -> String {
        var out = ""
        for s in text.unicodeScalars {
            if s == "\n" {
                out += "\\n"
            } else if s == "\t" || !isForbiddenInText(s) {
                out.unicodeScalars.append(s)
            } else {
                out += "\\u{" + String(s.value, radix: 16, uppercase: true) + "}"
            }
        }
        return out
    }

    /// The first anchor (`&name`) or alias (`*name`) outside quoted text and
    /// comments, as (line, column, token). Conservative by design: a plain
    /// scalar with ` &x` inside is reported too, and the message says to quote it.
    static func firstAnchorOrAlias(in text: String) -> (line: Int, column: Int, token: String)? {
        var quote: Character? = nil
        var line = 0
        // Inside a block scalar (`key: |` or `key: >`): lines indented deeper than
        // the line that opened it are literal text.
        var blockIndent: Int? = nil
        for rawLine in text.split(separator: "\n", omittingEmptySubsequences: false) {
            line += 1
            let chars = Array(rawLine)
            let indent = chars.prefix { $0 == " " }.count
            let blank = chars.allSatisfy { $0 == " " || $0 == "\t" || $0 == "\r" }
            if let b = blockIndent, quote == nil {
                if blank || indent > b { continue }
                blockIndent = nil
            }
            if quote == nil, opensBlockScalar(chars) { blockIndent = indent }
            var i = 0
            var previous: Character = " "   // start of line counts as a separator
            while i < chars.count {
                let c = chars[i]
                if let q = quote {
                    if q == "\"" && c == "\\" { i += 2; previous = "x"; continue }
                    if c == q {
                        if q == "'" && i + 1 < chars.count && chars[i + 1] == "'" { i += 2; continue }
                        quote = nil
                    }
                    previous = c; i += 1; continue
                }
                let atNodeStart = previous == " " || previous == "\t" || "[{,".contains(previous)
                if (c == "\"" || c == "'") && atNodeStart { quote = c; previous = c; i += 1; continue }
                if c == "#" && (previous == " " || previous == "\t" || i == 0) { break }
                if (c == "&" || c == "*") && atNodeStart, i + 1 < chars.count,
                   !(" \t,[]{}".contains(chars[i + 1])) {
                    var j = i + 1
                    while j < chars.count && !(" \t,[]{}".contains(chars[j])) { j += 1 }
                    return (line, i + 1, String(chars[i..<j]))
                }
                previous = c; i += 1
            }
        }
        return nil
    }

    /// `key: |`, `- >-`, `key: |2` …: the line ends (before any comment) in a block-scalar header.
    private static func opensBlockScalar(_ chars: [Character]) -> Bool {
        var body = String(chars)
        if let hash = body.range(of: " #") { body = String(body[..<hash.lowerBound]) }
        let trimmed = body.trimmingCharacters(in: .whitespaces)
        guard let bar = trimmed.lastIndex(where: { $0 == "|" || $0 == ">" }) else { return false }
        let header = trimmed[bar...]
        guard header.dropFirst().allSatisfy({ "+-0123456789".contains($0) }) else { return false }
        let before = trimmed[..<bar]
        return before.isEmpty || before.hasSuffix(": ") || before.hasSuffix("- ") || before == "-" || before.hasSuffix(":")
    }

    static func position(ofByte offset: Int, in data: Data) -> (Int, Int) {
        var line = 1, column = 1
        for byte in data.prefix(offset) {
            if byte == 0x0A { line += 1; column = 1 } else if byte & 0xC0 != 0x80 { column += 1 }
        }
        return (line, column)
    }

    static func position(ofScalar offset: Int, in text: String) -> (Int, Int) {
        var line = 1, column = 1
        for s in text.unicodeScalars.prefix(offset) {
            if s == "\n" { line += 1; column = 1 } else { column += 1 }
        }
        return (line, column)
    }

    private static func firstInvalidUTF8(in data: Data) -> Int {
        var offset = 0
        let bytes = [UInt8](data)
        while offset < bytes.count {
            let b = bytes[offset]
            let width = b < 0x80 ? 1 : b >> 5 == 0x6 ? 2 : b >> 4 == 0xE ? 3 : b >> 3 == 0x1E ? 4 : 0
            if width == 0 || offset + width > bytes.count { return offset }
            for k in 1..<width where bytes[offset + k] & 0xC0 != 0x80 { return offset }
            if String(bytes: bytes[offset..<offset + width], encoding: .utf8) == nil { return offset }
            offset += width
        }
        return offset
    }
}
