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
        LoadError(
            file: file, line: 1, column: 1, path: "",
            message: "file is \(size) bytes; graph files may be at most \(maximumBytes) bytes")
    }

    static func text(of data: Data, file: String) -> Result<String, LoadError> {
        if data.count > maximumBytes {
            return .failure(oversized(data.count, file: file))
        }
        // One pass over the raw bytes (iterating `Data` itself costs an
        // exclusivity check per byte): blank, NUL, and whether any byte could
        // start a forbidden scalar.
        let survey = data.withUnsafeBytes { ByteSurvey(of: $0) }
        if survey.isBlank {
            return .failure(
                LoadError(
                    file: file, line: 1, column: 1, path: "",
                    message: "file is empty; expected a YAML mapping that starts with 'casus: 1'"))
        }
        if let nul = survey.firstNUL {
            let (line, column) = position(ofByte: nul, in: data)
            return .failure(
                LoadError(
                    file: file, line: line, column: column, path: "",
                    message: "found a NUL byte: this is a binary file, not YAML text"))
        }
        guard let text = data.withUnsafeBytes({ String(validating: $0, as: UTF8.self) }) else {
            let bad = firstInvalidUTF8(in: data)
            let (line, column) = position(ofByte: bad, in: data)
            return .failure(
                LoadError(
                    file: file, line: line, column: column, path: "",
                    message: "found bytes that are not UTF-8 text; graph files are UTF-8 YAML"))
        }
        // Every forbidden scalar starts with one of these bytes: the scalar walk
        // (slow on megabytes) runs only when one is there.
        guard survey.maySuspect else { return .success(text) }
        for (n, scalar) in text.unicodeScalars.enumerated() where isForbiddenControl(scalar) {
            let (line, column) = position(ofScalar: n, in: text)
            return .failure(
                LoadError(
                    file: file, line: line, column: column, path: "",
                    message: String(format: "found control character U+%04X; graph files are plain text", scalar.value))
            )
        }
        return .success(text)
    }

    /// What one pass over a file's bytes finds.
    private struct ByteSurvey {
        var isBlank = true
        var firstNUL: Int?
        var maySuspect = false

        init(of bytes: UnsafeRawBufferPointer) {
            for (offset, b) in bytes.enumerated() {
                if b == 0 {
                    isBlank = false
                    firstNUL = offset
                    return
                }
                if isBlank && b != 0x20 && b != 0x0A && b != 0x0D && b != 0x09 {
                    isBlank = false
                }
                if mayStartForbidden(b) {
                    maySuspect = true
                }
            }
        }
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
        let suspect = text.utf8.withContiguousStorageIfAvailable { $0.contains(where: mayStartForbidden) } ?? true
        guard suspect else { return nil }
        return text.unicodeScalars.first(where: isForbiddenInText)
    }

    /// Whether a UTF-8 byte may begin a forbidden scalar: a C0 control other
    /// than tab and line feed (a carriage return is judged by the scalar rule),
    /// DEL, the lead byte of C1 controls (0xC2) or of the bidirectional
    /// overrides (0xE2).
    private static func mayStartForbidden(_ b: UInt8) -> Bool {
        (b < 0x20 && b != 0x09 && b != 0x0A) || b == 0x7F || b == 0xC2 || b == 0xE2
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
    /// Works on UTF-8 bytes (every character it looks for is ASCII), so a large
    /// file costs one pass and no per-line strings.
    static func firstAnchorOrAlias(in text: String) -> (line: Int, column: Int, token: String)? {
        let utf8 = text.utf8
        // No `&` and no `*` anywhere: nothing to find, and no line to scan.
        let marked =
            utf8.withContiguousStorageIfAvailable { $0.contains { $0 == UInt8(ascii: "&") || $0 == UInt8(ascii: "*") } }
            ?? true
        guard marked else { return nil }
        return utf8.withContiguousStorageIfAvailable { anchorScan(Array($0)) } ?? anchorScan(Array(utf8))
    }

    private static func anchorScan(_ bytes: [UInt8]) -> (line: Int, column: Int, token: String)? {
        let space = UInt8(ascii: " ")
        let tab = UInt8(ascii: "\t")
        let newline = UInt8(ascii: "\n")
        let cr = UInt8(ascii: "\r")
        let doubleQuote = UInt8(ascii: "\"")
        let singleQuote = UInt8(ascii: "'")
        let backslash = UInt8(ascii: "\\")
        let hash = UInt8(ascii: "#")
        let amp = UInt8(ascii: "&")
        let star = UInt8(ascii: "*")
        let openers: Set<UInt8> = [UInt8(ascii: "["), UInt8(ascii: "{"), UInt8(ascii: ",")]
        let enders: Set<UInt8> = [
            space, tab, UInt8(ascii: ","), UInt8(ascii: "["), UInt8(ascii: "]"), UInt8(ascii: "{"), UInt8(ascii: "}"),
        ]
        var quote: UInt8? = nil
        var line = 0
        // Inside a block scalar (`key: |` or `key: >`): lines indented deeper than
        // the line that opened it are literal text.
        var blockIndent: Int? = nil
        var start = 0
        while start <= bytes.count {
            var end = start
            while end < bytes.count && bytes[end] != newline { end += 1 }
            line += 1
            let chars = bytes[start..<end]
            let indent = chars.prefix { $0 == space }.count
            let blank = chars.allSatisfy { $0 == space || $0 == tab || $0 == cr }
            var skip = false
            if let b = blockIndent, quote == nil {
                if blank || indent > b { skip = true } else { blockIndent = nil }
            }
            if !skip {
                if quote == nil, opensBlockScalar(chars) { blockIndent = indent }
                var i = chars.startIndex
                var previous = space // start of line counts as a separator
                scan: while i < chars.endIndex {
                    let c = bytes[i]
                    if let q = quote {
                        if q == doubleQuote && c == backslash {
                            i += 2
                            previous = UInt8(ascii: "x")
                            continue
                        }
                        if c == q {
                            if q == singleQuote && i + 1 < chars.endIndex && bytes[i + 1] == singleQuote {
                                i += 2
                                continue
                            }
                            quote = nil
                        }
                        previous = c
                        i += 1
                        continue
                    }
                    let atNodeStart = previous == space || previous == tab || openers.contains(previous)
                    if (c == doubleQuote || c == singleQuote) && atNodeStart {
                        quote = c
                        previous = c
                        i += 1
                        continue
                    }
                    if c == hash && (previous == space || previous == tab || i == chars.startIndex) { break scan }
                    if (c == amp || c == star) && atNodeStart, i + 1 < chars.endIndex, !enders.contains(bytes[i + 1]) {
                        var j = i + 1
                        while j < chars.endIndex && !enders.contains(bytes[j]) { j += 1 }
                        let column = bytes[chars.startIndex..<i].filter { $0 & 0xC0 != 0x80 }.count + 1
                        return (line, column, String(decoding: bytes[i..<j], as: UTF8.self))
                    }
                    previous = c
                    i += 1
                }
            }
            start = end + 1
        }
        return nil
    }

    /// `key: |`, `- >-`, `key: |2` …: the line ends (before any comment) in a block-scalar header.
    private static func opensBlockScalar(_ chars: ArraySlice<UInt8>) -> Bool {
        var body = chars
        if let comment = body.indices.first(where: {
            $0 > body.startIndex && body[$0] == UInt8(ascii: "#") && body[$0 - 1] == UInt8(ascii: " ")
        }) {
            body = body[..<(comment - 1)]
        }
        let isSpace: (UInt8) -> Bool = {
            $0 == UInt8(ascii: " ") || $0 == UInt8(ascii: "\t") || $0 == UInt8(ascii: "\r")
        }
        guard let first = body.firstIndex(where: { !isSpace($0) }), let last = body.lastIndex(where: { !isSpace($0) })
        else { return false }
        let trimmed = body[first...last]
        guard let bar = trimmed.lastIndex(where: { $0 == UInt8(ascii: "|") || $0 == UInt8(ascii: ">") }) else {
            return false
        }
        let header = trimmed[(bar + 1)...]
        guard header.allSatisfy({ "+-0123456789".utf8.contains($0) }) else { return false }
        let before = String(decoding: trimmed[..<bar], as: UTF8.self)
        return before.isEmpty || before.hasSuffix(": ") || before.hasSuffix("- ") || before == "-"
            || before.hasSuffix(":")
    }

    static func position(ofByte offset: Int, in data: Data) -> (Int, Int) {
        var line = 1
        var column = 1
        for byte in data.prefix(offset) {
            if byte == 0x0A {
                line += 1
                column = 1
            } else if byte & 0xC0 != 0x80 {
                column += 1
            }
        }
        return (line, column)
    }

    static func position(ofScalar offset: Int, in text: String) -> (Int, Int) {
        var line = 1
        var column = 1
        for s in text.unicodeScalars.prefix(offset) {
            if s == "\n" {
                line += 1
                column = 1
            } else {
                column += 1
            }
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
