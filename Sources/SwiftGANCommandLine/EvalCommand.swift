import ArgumentParser
import Foundation
import SwiftGAN

/// `swiftgan eval`: feature-space metrics of generated images against real ones.
struct EvalCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "eval",
        abstract: "Compare generated images with real ones: Fréchet distance, KID, precision/recall, density/coverage, classifier score.",
        discussion: """
            Each of REAL and GENERATED is \(ImageSource.help).
            Without --inception, 28x28 grayscale images are compared in the features of SwiftGAN's MNIST classifier \
            (numbers not comparable with Inception-based FID), or with --features shapes 32x32 or 64x64 RGB images in \
            the shapes factor classifier's (as fid_shapes). With --inception, any images are resized to 299x299 \
            and compared in the FID Inception-v3's pool features (the standard FID). \
            Prints one JSON object that names the protocol.
            """)

    @Argument(help: "The real images.")
    var real: String

    @Argument(help: "The generated images.")
    var generated: String

    @Option(parsing: .unconditional, help: "Use at most this many images of each set (and draw this many from a checkpoint).")
    var count = 10_000

    @Option(help: "The range of float images in NPY files: -1,1 or 0,1 (integer arrays are 0-255).")
    var pixelRange = "-1,1"

    @Option(help: "Without --inception, the classifier whose features compare the images: mnist or shapes.")
    var features = "mnist"

    @Option(help: "The FID Inception-v3 weights (.safetensors, made by scripts/convert_inception_weights.py).")
    var inception: String?

    @Option(help: "How images reach 299x299 for Inception: bilinear (pytorch-fid) or bicubic_antialias (clean-fid).")
    var resize = "bilinear"

    @OptionGroup var seeding: SeedOptions
    /// The seed for sampling a checkpoint and for KID's subsets.
    private var seed: UInt64 { seeding.seed ?? 0 }

    @OptionGroup var threading: ThreadOptions

    func validate() throws {
        if count < 2 { throw ValidationError("--count must be at least 2, got \(count)") }
        if !["mnist", "shapes"].contains(features) { throw ValidationError("--features must be mnist or shapes, got '\(features)'") }
        if inception != nil && features != "mnist" { throw ValidationError("--features \(features) compares in a SwiftGAN classifier's features; leave it out with --inception") }
        if !["-1,1", "0,1"].contains(pixelRange) { throw ValidationError("--pixel-range must be -1,1 or 0,1, got '\(pixelRange)'") }
        if InceptionResize(rawValue: resize) == nil {
            throw ValidationError("--resize must be one of \(InceptionResize.allCases.map(\.rawValue).joined(separator: ", ")), got '\(resize)'")
        }
    }

    func run() throws {
        threading.apply()
        let start = Date()
        let network: any FeatureNetwork = try inception.map {
            try InceptionFeatureNetwork(weights: URL(fileURLWithPath: $0), resize: InceptionResize(rawValue: resize)!)
        } ?? (features == "shapes" ? ShapesClassifier.pretrained() : MNISTClassifier.pretrained())
        let channels = inception == nil && features == "mnist" ? 1 : 3
        let floatRange: ClosedRange<Float> = pixelRange == "0,1" ? 0...1 : -1...1
        let realImages = try ImageSource.load(real, channels: channels, count: count, seed: seed, floatRange: floatRange)
        let generatedImages = try ImageSource.load(generated, channels: channels, count: count, seed: seed &+ 1, floatRange: floatRange)
        for (name, images) in [(real, realImages), (generated, generatedImages)] {
            do {
                try network.validate(sampleShape: Array(images.shape.dropFirst()))
            } catch let error as MetricError {
                throw CommandError("\(name): \(error.description)")
            }
        }
        let evaluation = try SampleEvaluation(
            real: realImages, generated: generatedImages, network: network, resizeMode: inception == nil ? "none" : resize,
            batchSize: inception == nil ? 500 : 50, seed: seed)
        for warning in evaluation.warnings { FileHandle.standardError.write(Data("warning: \(warning)\n".utf8)) }
        var report = try JSONSerialization.jsonObject(with: JSONEncoder.snakeCase.encode(evaluation)) as? [String: Any] ?? [:]
        report["real"] = real
        report["generated"] = generated
        report["seconds"] = (Date().timeIntervalSince(start) * 100).rounded() / 100
        let data = try JSONSerialization.data(withJSONObject: report, options: [.sortedKeys])
        FileHandle.standardOutput.write(data + Data("\n".utf8))
    }
}

extension JSONEncoder {
    /// An encoder with snake_case keys, sorted.
    static var snakeCase: JSONEncoder {
        let encoder = JSONEncoder()
        encoder.keyEncodingStrategy = .convertToSnakeCase
        encoder.outputFormatting = [.sortedKeys]
        return encoder
    }
}
