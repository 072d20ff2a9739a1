import Foundation

/// What a rendered file must look like before Casus writes it, and the one
/// change made to it: a fixed PDF creation date, so re-runs are byte-identical.
enum OutputCheck {
    /// A PNG ends in its IEND chunk; a PDF starts with `%PDF-` and ends in `%%EOF`.
    static func isComplete(_ data: Data, as format: DiagramFormat) -> Bool {
        switch format {
        case .png:
            let signature: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]
            let iend: [UInt8] = [0x49, 0x45, 0x4E, 0x44, 0xAE, 0x42, 0x60, 0x82]
            return data.starts(with: signature) && data.suffix(8).elementsEqual(iend)
        case .pdf:
            let tail = String(decoding: data.suffix(32), as: UTF8.self)
            return data.starts(with: Array("%PDF-".utf8)) && tail.contains("%%EOF")
        case .svg:
            return String(decoding: data.suffix(16), as: UTF8.self).contains("</svg>")
        case .dot:
            return true
        }
    }

    /// The creation date cairo writes (`/CreationDate (D:YYYYMMDDHHMMSSZ)`)
    /// replaced by SOURCE_DATE_EPOCH when it is set, else by 2000-01-01 — the same
    /// length, so the cross-reference offsets stay right.
    static func fixingCreationDate(_ data: Data, environment: [String: String] = ProcessInfo.processInfo.environment)
        -> Data
    {
        let marker = Array("/CreationDate (D:".utf8)
        guard let start = data.firstRange(of: marker)?.upperBound else { return data }
        let length = "YYYYMMDDHHMMSSZ".utf8.count
        guard data.count >= start + length, data[start + length - 1] == UInt8(ascii: "Z") else { return data }
        var fixed = data
        fixed.replaceSubrange(start..<(start + length), with: Array(dateStamp(environment).utf8))
        return fixed
    }

    static func dateStamp(_ environment: [String: String]) -> String {
        let seconds = environment["SOURCE_DATE_EPOCH"].flatMap { TimeInterval($0) } ?? 946_684_800
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "UTC")
        formatter.dateFormat = "yyyyMMddHHmmss"
        let stamp = formatter.string(from: Date(timeIntervalSince1970: seconds)) + "Z"
        return stamp.utf8.count == 15 ? stamp : "20000101000000Z"
    }
}
