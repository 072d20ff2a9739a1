import Foundation

/// report.pdf: headless Chromium's print-to-PDF of report.html. Chromium is a
/// separate program (Debian's `chromium`), found on the PATH or through
/// `CASUS_CHROMIUM`; the page is printed from a private temporary folder with a
/// throw-away browser profile, and the PDF is checked whole before it is used.
package enum BrowserPrint {
    /// Chromium is missing, failed, timed out or wrote no whole PDF.
    package struct Failure: Error, CustomStringConvertible, Sendable {
        package let description: String
    }

    static let candidates = ["chromium", "chromium-browser", "google-chrome", "google-chrome-stable"]

    /// `CASUS_CHROMIUM` when set, else the first candidate on the PATH.
    package static func locate(environment: [String: String] = ProcessInfo.processInfo.environment) -> String? {
        if let chosen = environment["CASUS_CHROMIUM"], !chosen.isEmpty {
            return FileManager.default.isExecutableFile(atPath: chosen) ? chosen : nil
        }
        let path = (environment["PATH"] ?? "/usr/local/bin:/usr/bin:/bin").split(separator: ":")
        for name in candidates {
            for dir in path {
                let full = "\(dir)/\(name)"
                if FileManager.default.isExecutableFile(atPath: full) { return full }
            }
        }
        return nil
    }

    /// Prints an HTML page to PDF bytes.
    /// - Throws: `Failure` when Chromium cannot be found or run, takes longer
    ///   than `timeout` seconds, or leaves no whole PDF.
    package static func pdf(html: Data, timeout: TimeInterval = 180) throws(Failure) -> Data {
        guard let chromium = locate() else {
            throw Failure(
                description: "report --format pdf needs headless Chromium, and none was found "
                    + "(install it: apt-get install chromium; or set CASUS_CHROMIUM to its path)")
        }
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("casus-print-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let page = folder.appendingPathComponent("report.html")
        let pdf = folder.appendingPathComponent("report.pdf")
        do {
            try FileManager.default.createDirectory(
                at: folder, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
            try html.write(to: page)
        } catch {
            throw Failure(
                description: "cannot prepare the page for printing in \(folder.path): \(error.localizedDescription)")
        }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: chromium)
        process.arguments = [
            "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-extensions",
            "--user-data-dir=\(folder.appendingPathComponent("profile").path)",
            "--no-pdf-header-footer", "--print-to-pdf=\(pdf.path)", page.absoluteString,
        ]
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        do {
            try process.run()
        } catch {
            throw Failure(description: "cannot run \(chromium): \(error.localizedDescription)")
        }
        let deadline = Date().addingTimeInterval(timeout)
        while process.isRunning && Date() < deadline {
            Thread.sleep(forTimeInterval: 0.05)
        }
        if process.isRunning {
            process.terminate()
            process.waitUntilExit()
            throw Failure(description: "\(chromium) did not finish printing the report within \(Int(timeout)) s")
        }
        guard let data = try? Data(contentsOf: pdf), OutputCheck.isComplete(data, as: .pdf) else {
            throw Failure(
                description: "\(chromium) exited with status \(process.terminationStatus) without writing a whole PDF")
        }
        return data
    }
}
