import Foundation

/// A data file that cannot be imported as it is: where (file, line, column
/// name) and what was expected.
package struct ImportError: Error, Sendable, CustomStringConvertible {
    package let file: String
    package let line: Int
    package let column: String?
    package let message: String

    package var description: String {
        "\(file):\(line)\(column.map { ": column '\($0)'" } ?? ""): \(message)"
    }
}

/// A comma-separated file as RFC 4180 writes it (quoted fields, doubled
/// quotes, CRLF or LF), read whole: a header and rows, each row with its line.
/// Every shape problem is an `ImportError`, never a crash.
package struct CSVTable {
    package let file: String
    package let header: [String]
    package let rows: [[String]]
    /// The line each row starts on (the header is line 1).
    package let lines: [Int]

    package static func read(_ text: String, file: String) throws(ImportError) -> CSVTable {
        var records: [[String]] = []
        var starts: [Int] = []
        var field = ""
        var record: [String] = []
        var quoted = false
        var line = 1
        var recordLine = 1
        var atFieldStart = true
        var scalars = text.unicodeScalars.makeIterator()
        var pending: Unicode.Scalar? = nil
        func next() -> Unicode.Scalar? {
            if let p = pending {
                pending = nil
                return p
            }
            return scalars.next()
        }
        while let c = next() {
            if quoted {
                if c == "\"" {
                    if let n = next() {
                        if n == "\"" {
                            field.unicodeScalars.append("\"")
                            continue
                        }
                        pending = n
                    }
                    quoted = false
                } else {
                    if c == "\n" { line += 1 }
                    field.unicodeScalars.append(c)
                }
                continue
            }
            switch c {
            case "\"" where atFieldStart:
                quoted = true
                atFieldStart = false
            case ",":
                record.append(field)
                field = ""
                atFieldStart = true
            case "\r":
                continue
            case "\n":
                record.append(field)
                if !(record.count == 1 && record[0].isEmpty) {
                    records.append(record)
                    starts.append(recordLine)
                }
                record = []
                field = ""
                atFieldStart = true
                line += 1
                recordLine = line
            default:
                field.unicodeScalars.append(c)
                atFieldStart = false
            }
        }
        if quoted {
            throw ImportError(
                file: file, line: recordLine, column: nil, message: "a quoted field is never closed (a truncated file?)"
            )
        }
        if !field.isEmpty || !record.isEmpty {
            record.append(field)
            records.append(record)
            starts.append(recordLine)
        }
        guard let header = records.first else {
            throw ImportError(
                file: file, line: 1, column: nil, message: "the file is empty; expected a header line of column names")
        }
        let names = header.map { $0.trimmingCharacters(in: .whitespaces) }
        for (n, r) in records.enumerated().dropFirst() where r.count != names.count {
            throw ImportError(
                file: file, line: starts[n], column: nil,
                message: "found \(r.count) fields; the header has \(names.count) (a truncated or damaged file?)")
        }
        return CSVTable(file: file, header: names, rows: Array(records.dropFirst()), lines: Array(starts.dropFirst()))
    }

    /// The position of a column the import needs.
    package func column(_ name: String) throws(ImportError) -> Int {
        guard let n = header.firstIndex(of: name) else {
            throw ImportError(
                file: file, line: 1, column: name,
                message: "this column is missing; the file does not look like \(fileKind)")
        }
        return n
    }

    var fileKind: String { "the expected data set (see docs/atop.md for the files casus import atop reads)" }

    /// A whole number, or 0 for an empty field (the data sets leave unknowns empty).
    package func int(_ row: Int, _ column: Int) throws(ImportError) -> Int {
        let raw = rows[row][column].trimmingCharacters(in: .whitespaces)
        if raw.isEmpty || raw == "." || raw == "NA" { return 0 }
        if let n = Int(raw) { return n }
        if let d = Double(raw), d == d.rounded(), abs(d) < 1e9 { return Int(d) }
        throw ImportError(
            file: file, line: lines[row], column: header[column],
            message: "found '\(raw.prefix(20))'; expected a whole number")
    }
}
