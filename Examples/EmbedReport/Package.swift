// swift-tools-version:6.0
import PackageDescription

// An example of embedding Casus: a program of its own that depends on the
// Casus package by path and uses only its public libraries.
let package = Package(
    name: "EmbedReport",
    platforms: [.macOS(.v13)],
    dependencies: [
        .package(name: "Casus", path: "../..")
    ],
    targets: [
        .executableTarget(
            name: "EmbedReport",
            dependencies: [
                .product(name: "CasusKit", package: "Casus"),
                .product(name: "CasusRender", package: "Casus"),
            ]
        ),
        // The DocC article "Getting started", as a program.
        .executableTarget(
            name: "GettingStarted",
            dependencies: [
                .product(name: "CasusKit", package: "Casus"),
                .product(name: "CasusRender", package: "Casus"),
                .product(name: "CasusSample", package: "Casus"),
            ]
        ),
    ],
    swiftLanguageModes: [.v6]
)
