import CasusKit
import Foundation

// libFuzzer defines `main`; SwiftPM links executables with `--defsym main=<target>_main`,
// so this target provides that symbol and hands control to libFuzzer's driver.
// swift-format-ignore: AlwaysUseLowerCamelCase
// (libFuzzer's own C name)
@_silgen_name("LLVMFuzzerRunDriver")
func LLVMFuzzerRunDriver(
    _ argc: UnsafeMutablePointer<Int32>,
    _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>,
    _ callback: @convention(c) (UnsafePointer<UInt8>?, Int) -> Int32
) -> Int32

/// One input: a graph file's bytes. It must load or fail with errors; what
/// loads must analyse every scenario (depth capped so one input stays fast).
@_cdecl("casus_fuzz_main")
func fuzzMain(_ argc: Int32, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> Int32 {
    var count = argc
    var arguments = argv
    return LLVMFuzzerRunDriver(&count, &arguments) { data, size in
        guard let data else { return 0 }
        let file = GraphLoader.File(name: "fuzz.yaml", data: Data(bytes: data, count: size))
        guard let graph = try? GraphLoader.load(files: [file]) else { return 0 }
        for var s in graph.scenarios {
            s.depth = min(s.depth ?? graph.defaults.depth, 2)
            _ = try? Analysis.run(s, on: graph)
        }
        return 0
    }
}
