import CasusCLI
import CasusKit
import CasusSample
import Foundation

// swift-format-ignore: AlwaysUseLowerCamelCase
// (libFuzzer's own C name)
@_silgen_name("LLVMFuzzerRunDriver")
func LLVMFuzzerRunDriver(
    _ argc: UnsafeMutablePointer<Int32>,
    _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>,
    _ callback: @convention(c) (UnsafePointer<UInt8>?, Int) -> Int32
) -> Int32

/// The built-in sample world, loaded once: every command line runs against it.
let sample: Graph? = try? GraphLoader.load(files: SampleWorld.files.map { .init(name: $0.name, text: $0.text) })

/// One input: a command line, its arguments separated by newlines (so the
/// dictionary's words and the seeds read as they are typed). It is parsed by
/// the real commands and run in memory on the sample world (`DryRun`).
@_cdecl("casus_fuzz_cli_main")
func fuzzMain(_ argc: Int32, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> Int32 {
    var count = argc
    var arguments = argv
    // Load the sample before libFuzzer's first input, so the one-time load is not
    // counted against that input by the leak check (it reported it as a leak).
    guard sample != nil else { return 1 }
    return LLVMFuzzerRunDriver(&count, &arguments) { data, size in
        guard let data, let graph = sample else { return 0 }
        let text = String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
        let words = text.split(separator: "\n", omittingEmptySubsequences: false).prefix(64).map(String.init)
        DryRun.run(words, on: graph)
        return 0
    }
}
