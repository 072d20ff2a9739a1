import ArgumentParser
import CasusKit
import CasusRender
import Foundation

/// The exit statuses of cli.md.
enum Exit {
    static let usage: Int32 = 64
    static let badGraph: Int32 = 65
    static let missingFile: Int32 = 66
    static let `internal`: Int32 = 70
    static let cannotCreate: Int32 = 73
    static let ioError: Int32 = 74
}

/// Runs a command's body, turning every known failure into its message on
/// standard error and its documented exit status.
func guarded(_ body: () throws -> Void) throws {
    do {
        try body()
    } catch let e as GraphLoadFailure {
        printError(e.description)
        printError("casus: error: \(e.errors.count) error\(e.errors.count == 1 ? "" : "s") in the graph; nothing was written")
        throw ExitCode(Exit.badGraph)
    } catch let e as GraphNotFound {
        printError("casus: error: \(e)")
        throw ExitCode(Exit.missingFile)
    } catch let e as UnknownName {
        printError("casus: error: \(e)")
        throw ExitCode(Exit.usage)
    } catch let e as UsageProblem {
        printError("casus: error: \(e.message)")
        throw ExitCode(Exit.usage)
    } catch let e as RenderError {
        printError("casus: error: \(e)")
        throw ExitCode(Exit.internal)
    } catch let e as ReportWriter.Collision {
        printError("casus: error: \(e)")
        throw ExitCode(Exit.badGraph)
    } catch let e as AtomicFile.WriteError {
        printError("casus: error: \(e)")
        throw ExitCode(e.kind == .io ? Exit.ioError : Exit.cannotCreate)
    } catch let e as Console.WriteFailure {
        printError("casus: error: \(e)")
        throw ExitCode(Exit.ioError)
    } catch let e as ExitCode {
        throw e
    } catch {
        printError("casus: error: internal: \(error)")
        throw ExitCode(Exit.internal)
    }
}

/// A mistake on the command line found after parsing (exit 64).
struct UsageProblem: Error { let message: String }

func printError(_ s: String) {
    Console.err(s + "\n")
}
