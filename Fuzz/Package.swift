// swift-tools-version:6.0
// `make fuzz`: coverage-guided fuzzing with libFuzzer of the graph loader and
// the engine (casus-fuzz) and of the command line (casus-fuzz-cli). A package of its own so that the sanitizer flags it
// needs never
// touch the main build; see ../docs/fuzzing.md.
import Foundation
import PackageDescription

// A path dependency's identity is its folder's name, whatever the clone is called.
let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().lastPathComponent

let package = Package(
    name: "CasusFuzz",
    dependencies: [.package(path: "..")],
    targets: [
        .executableTarget(name: "casus-fuzz", dependencies: [.product(name: "CasusKit", package: root)]),
        // Command lines: argument parsing, target syntax and each command's work, in memory.
        .executableTarget(
            name: "casus-fuzz-cli",
            dependencies: [
                .product(name: "CasusCLIForFuzzer", package: root), .product(name: "CasusKit", package: root),
                .product(name: "CasusSample", package: root),
            ]),
    ],
    swiftLanguageModes: [.v6]
)
