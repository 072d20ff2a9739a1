// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "Casus",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "casus", targets: ["casus"]),
        .library(name: "CasusKit", targets: ["CasusKit"]),
        // The seed's world as text, for programs that ship without Graphs/: its own
        // product, so a program that does not ask for it does not carry its 2,000 lines.
        .library(name: "CasusSample", targets: ["CasusSample"]),
        .library(name: "CasusRender", targets: ["CasusRender"]),
        .executable(name: "casus-bench", targets: ["casus-bench"]),
        // Only for Fuzz/, whose command-line fuzzer parses with the real commands:
        // not an API (its types are internal; it may change with any release).
        .library(name: "CasusCLIForFuzzer", targets: ["CasusCLI"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.0.0"),
        // `casus serve`: a small HTTP server on sockets and Swift concurrency (no SwiftNIO).
        .package(url: "https://github.com/swhitty/FlyingFox", from: "0.27.1"),
    ],
    targets: [
        .systemLibrary(
            name: "CGraphviz",
            pkgConfig: "libgvc",
            providers: [.apt(["libgraphviz-dev"])]
        ),
        .target(
            name: "CasusKit",
            dependencies: [.product(name: "Yams", package: "Yams")]
        ),
        .target(name: "CasusSample"),
        // Synthetic worlds of 10^2..10^5 states, for the benchmarks and the
        // differential test: a target of this package (not a product), because it
        // and the benchmarks use `package` API that no other package can see.
        .target(name: "CasusSynthetic", dependencies: ["CasusKit"], path: "Benchmarks/CasusSynthetic"),
        // Files out and in: atomic files, folders replaced whole, the console,
        // the importer's input. No Casus types: rendering and the command line share it.
        .target(name: "CasusIO"),
        .target(
            name: "CasusRender",
            dependencies: ["CasusKit", "CasusIO", "CGraphviz"]
        ),
        // The command line: its commands live in a library so the fuzzer can
        // parse arguments with them; the executable only calls `Casus.main()`.
        .target(
            name: "CasusCLI",
            dependencies: [
                "CasusKit", "CasusIO", "CasusRender", "CasusSample",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "FlyingFox", package: "FlyingFox"),
            ]
        ),
        .executableTarget(name: "casus", dependencies: ["CasusCLI"]),
        // `make bench`: synthetic worlds and the sample world, timed (Benchmarks/, out of Sources/).
        .executableTarget(
            name: "casus-bench",
            dependencies: ["CasusKit", "CasusRender", "CasusSample", "CasusSynthetic"],
            path: "Benchmarks/casus-bench"
        ),
        // One process runner, one temporary folder, inline graphs and marked
        // positions, for every test target.
        .target(name: "CasusTestSupport", dependencies: ["CasusKit"], path: "Tests/CasusTestSupport"),
        .testTarget(
            name: "CasusKitTests", dependencies: ["CasusKit", "CasusSample", "CasusSynthetic", "CasusTestSupport"],
            exclude: ["Fixtures"]),
        .testTarget(
            name: "CasusRenderTests", dependencies: ["CasusRender", "CasusKit", "CasusSample", "CasusTestSupport"]),
        .testTarget(
            name: "CLITests", dependencies: ["CasusKit", "CasusCLI", "CasusTestSupport", "casus"],
            exclude: ["schema_check.py"]),
    ],
    swiftLanguageModes: [.v6]
)
