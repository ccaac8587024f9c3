// swift-tools-version: 6.0
import PackageDescription

let package = Package(
    name: "SwiftGAN",
    platforms: [.macOS(.v15)],
    products: [
        .library(name: "SwiftGAN", targets: ["SwiftGAN"]),
        .executable(name: "swiftgan-bench", targets: ["swiftgan-bench"]),
        .executable(name: "swiftgan-fuzz", targets: ["swiftgan-fuzz"]),
    ],
    targets: [
        // oneDNN, the library behind PyTorch's CPU convolutions, from the platform:
        // `apt-get install libdnnl-dev` (Debian/Ubuntu) or `brew install onednn` (macOS).
        .systemLibrary(
            name: "CDNNL",
            providers: [.apt(["libdnnl-dev"]), .brew(["onednn"])]
        ),
        .target(name: "SwiftGANKernels", dependencies: ["CDNNL"]),
        .target(name: "SwiftGANAutograd", dependencies: ["SwiftGANKernels"]),
        .target(name: "SwiftGANNN", dependencies: ["SwiftGANKernels", "SwiftGANAutograd"]),
        .target(name: "SwiftGANOptim", dependencies: ["SwiftGANKernels", "SwiftGANAutograd", "SwiftGANNN"]),
        .target(name: "SwiftGAN", dependencies: ["SwiftGANKernels", "SwiftGANAutograd", "SwiftGANNN", "SwiftGANOptim"]),
        .executableTarget(name: "swiftgan-bench", dependencies: ["SwiftGAN"]),
        .executableTarget(name: "swiftgan-fuzz", dependencies: ["SwiftGAN"]),
        .target(name: "SwiftGANTestSupport", dependencies: ["SwiftGAN"], path: "Tests/SwiftGANTestSupport"),
        .testTarget(name: "SwiftGANKernelsTests", dependencies: ["SwiftGAN", "SwiftGANTestSupport"]),
        .testTarget(
            name: "SwiftGANAutogradTests",
            dependencies: ["SwiftGAN", "SwiftGANTestSupport"],
            resources: [.copy("Fixtures")]
        ),
        .testTarget(
            name: "SwiftGANNNTests",
            dependencies: ["SwiftGAN", "SwiftGANTestSupport"],
            resources: [.copy("Fixtures")]
        ),
        .testTarget(name: "SwiftGANOptimTests", dependencies: ["SwiftGAN", "SwiftGANTestSupport"]),
    ],
    swiftLanguageModes: [.v6]
)
