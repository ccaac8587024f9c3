// swift-tools-version: 6.0
import PackageDescription

let package = Package(
    name: "SwiftGAN",
    platforms: [.macOS(.v15)],
    products: [
        .library(name: "SwiftGAN", targets: ["SwiftGAN"]),
        .executable(name: "swiftgan", targets: ["swiftgan"]),
        .executable(name: "swiftgan-bench", targets: ["swiftgan-bench"]),
        .executable(name: "swiftgan-fuzz", targets: ["swiftgan-fuzz"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.0.0"),
        .package(url: "https://github.com/swiftlang/swift-docc-plugin", from: "1.4.0"),
    ],
    targets: [
        // oneDNN, the library behind PyTorch's CPU convolutions, from the platform:
        // `apt-get install libdnnl-dev` (Debian/Ubuntu) or `brew install onednn` (macOS).
        .systemLibrary(
            name: "CDNNL",
            providers: [.apt(["libdnnl-dev"]), .brew(["onednn"])]
        ),
        .systemLibrary(name: "CPNG", providers: [.apt(["libpng-dev"]), .brew(["libpng"])]),
        .systemLibrary(name: "CTurboJPEG", providers: [.apt(["libturbojpeg0-dev"]), .brew(["jpeg-turbo"])]),
        .systemLibrary(name: "CZlib", providers: [.apt(["zlib1g-dev"])]),
        .target(name: "CVectorKernels"),
        .target(name: "SwiftGANKernels", dependencies: ["CDNNL", "CVectorKernels"]),
        .target(name: "SwiftGANAutograd", dependencies: ["SwiftGANKernels"]),
        .target(name: "SwiftGANNN", dependencies: ["SwiftGANKernels", "SwiftGANAutograd"]),
        .target(name: "SwiftGANOptim", dependencies: ["SwiftGANKernels", "SwiftGANAutograd", "SwiftGANNN", "CVectorKernels"]),
        .target(
            name: "SwiftGANData",
            dependencies: ["SwiftGANKernels", "CPNG", "CTurboJPEG", "CZlib"],
            resources: [.copy("Resources")]
        ),
        .target(name: "SwiftGANReporting", dependencies: ["SwiftGANKernels", "SwiftGANData"]),
        .target(
            name: "SwiftGANZoo",
            dependencies: [
                "SwiftGANKernels", "SwiftGANAutograd", "SwiftGANNN", "SwiftGANOptim", "SwiftGANData", "SwiftGANReporting", "SwiftGANMetrics",
                .product(name: "Yams", package: "Yams"),
            ],
            resources: [.copy("Resources")]
        ),
        .target(
            name: "SwiftGANMetrics",
            dependencies: ["SwiftGANKernels", "SwiftGANAutograd", "SwiftGANNN", "SwiftGANOptim", "SwiftGANData"],
            resources: [.copy("Resources")]
        ),
        .target(
            name: "SwiftGAN",
            dependencies: ["SwiftGANKernels", "SwiftGANAutograd", "SwiftGANNN", "SwiftGANOptim", "SwiftGANData", "SwiftGANReporting", "SwiftGANZoo", "SwiftGANMetrics"]
        ),
        .target(name: "SwiftGANBenchmarks", dependencies: ["SwiftGAN"]),
        .target(
            name: "SwiftGANCommandLine",
            dependencies: ["SwiftGAN", "SwiftGANBenchmarks", .product(name: "ArgumentParser", package: "swift-argument-parser")]
        ),
        .executableTarget(name: "swiftgan", dependencies: ["SwiftGANCommandLine"]),
        .executableTarget(name: "swiftgan-bench", dependencies: ["SwiftGAN", "SwiftGANBenchmarks"]),
        .target(name: "SwiftGANFuzzing", dependencies: ["SwiftGAN", "SwiftGANCommandLine"]),
        .executableTarget(name: "swiftgan-fuzz", dependencies: ["SwiftGANFuzzing"]),
        .target(name: "SwiftGANTestSupport", dependencies: ["SwiftGAN"], path: "Tests/SwiftGANTestSupport"),
        .testTarget(name: "SwiftGANKernelsTests", dependencies: ["SwiftGAN", "SwiftGANTestSupport"]),
        .testTarget(
            name: "SwiftGANAutogradTests",
            dependencies: ["SwiftGAN", "SwiftGANTestSupport"],
            resources: [.copy("Fixtures")]
        ),
        .testTarget(
            name: "SwiftGANNNTests",
            dependencies: ["SwiftGAN", "SwiftGANFuzzing", "SwiftGANTestSupport"],
            resources: [.copy("Fixtures")]
        ),
        .testTarget(name: "SwiftGANOptimTests", dependencies: ["SwiftGAN", "SwiftGANTestSupport"]),
        .testTarget(name: "SwiftGANDataTests", dependencies: ["SwiftGAN", "SwiftGANFuzzing", "SwiftGANTestSupport"]),
        .testTarget(name: "SwiftGANReportingTests", dependencies: ["SwiftGAN", "SwiftGANTestSupport"]),
        .testTarget(
            name: "SwiftGANZooTests",
            dependencies: ["SwiftGAN", "SwiftGANTestSupport"],
            resources: [.copy("Fixtures")]
        ),
        .testTarget(
            name: "SwiftGANMetricsTests",
            dependencies: ["SwiftGAN", "SwiftGANTestSupport"],
            resources: [.copy("Fixtures")]
        ),
        .testTarget(name: "SwiftGANCLITests", dependencies: ["swiftgan", "SwiftGAN", "SwiftGANCommandLine", "SwiftGANFuzzing", "SwiftGANTestSupport"]),
    ],
    swiftLanguageModes: [.v6]
)
