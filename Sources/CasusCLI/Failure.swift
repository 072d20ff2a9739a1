import ArgumentParser
import CasusIO
import CasusKit
import CasusRender
import Foundation

/// The exit statuses of docs/cli.md.
enum Exit {
    static let usage: Int32 = 64
    static let badGraph: Int32 = 65
    static let missingFile: Int32 = 66
    /// A program Casus needs is missing or failed (Chromium, for report --format pdf).
    static let unavailable: Int32 = 69
    static let `internal`: Int32 = 70
    static let cannotCreate: Int32 = 73
    static let ioError: Int32 = 74
}

/// A failure a command reports in one line, `casus: error: …`, with its exit status.
protocol ReportedFailure: Error, CustomStringConvertible {
    var exitStatus: Int32 { get }
}

extension ReportedFailure {
    /// The line standard error shows: the command line's, and the explorer's refusal.
    var line: String { "casus: error: \(self)" }
}

extension GraphNotFound: ReportedFailure { var exitStatus: Int32 { Exit.missingFile } }
extension UnknownName: ReportedFailure { var exitStatus: Int32 { Exit.usage } }
extension RenderError: ReportedFailure { var exitStatus: Int32 { Exit.internal } }
extension BrowserPrint.Failure: ReportedFailure { var exitStatus: Int32 { Exit.unavailable } }
extension ImportError: ReportedFailure { var exitStatus: Int32 { Exit.badGraph } }
extension ReportWriter.Collision: ReportedFailure { var exitStatus: Int32 { Exit.badGraph } }
extension InputFile.ReadError: ReportedFailure { var exitStatus: Int32 { Exit.missingFile } }
extension AtomicFile.WriteError: ReportedFailure {
    var exitStatus: Int32 { kind == .io ? Exit.ioError : Exit.cannotCreate }
}
extension Console.WriteFailure: ReportedFailure { var exitStatus: Int32 { Exit.ioError } }

/// A mistake on the command line found after parsing (exit 64).
struct UsageProblem: ReportedFailure {
    let message: String
    var description: String { message }
    var exitStatus: Int32 { Exit.usage }
}

/// Runs a command's body, turning every known failure into its message on
/// standard error and its documented exit status.
@discardableResult
func guarded<T>(_ body: () throws -> T) throws -> T {
    do {
        return try body()
    } catch let e as GraphLoadFailure {
        printError(e.description)
        printError(
            "casus: error: \(e.errors.count) error\(e.errors.count == 1 ? "" : "s") in the graph; nothing was written")
        throw ExitCode(Exit.badGraph)
    } catch let e as ReportedFailure {
        printError(e.line)
        throw ExitCode(e.exitStatus)
    } catch let e as ExitCode {
        throw e
    } catch {
        printError("casus: error: internal: \(error)")
        throw ExitCode(Exit.internal)
    }
}

func printError(_ s: String) {
    Console.err(s + "\n")
}
