// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "Casus",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "casus", targets: ["casus"]),
        .executable(name: "casus-bench", targets: ["casus-bench"]),
        .library(name: "CasusKit", targets: ["CasusKit"]),
        .library(name: "CasusRender", targets: ["CasusRender"]),
        .library(name: "CasusCLI", targets: ["CasusCLI"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.0.0"),
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
                "CasusKit", "CasusIO", "CasusRender",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .executableTarget(name: "casus", dependencies: ["CasusCLI"]),
        // `make bench`: synthetic worlds and the sample world, timed.
        .executableTarget(name: "casus-bench", dependencies: ["CasusKit", "CasusRender"]),
        .testTarget(name: "CasusKitTests", dependencies: ["CasusKit"], exclude: ["Fixtures"]),
        .testTarget(name: "CasusRenderTests", dependencies: ["CasusRender", "CasusKit"]),
        .testTarget(name: "CLITests", dependencies: ["CasusKit", "CasusCLI", "casus"], exclude: ["schema_check.py"]),
    ],
    swiftLanguageModes: [.v6]
)
