import Foundation
import SwiftGAN

/// The evaluation suite: Inception-v3 feature extraction (the cost of every
/// standard FID) and an MNIST-domain FID of 10,000 generated against 10,000
/// real digits, end to end.
enum MetricBenchmarks {
    static let inceptionBatch = 50

    static var all: [BenchmarkCase] {
        [
            // About 5.7 GFLOP per 299x299 image (multiply-adds counted twice).
            BenchmarkCase(name: "inception_v3_features_b50", workPerCall: 5.7e9 * Double(inceptionBatch), workUnit: "gflop_per_s") {
                var random = RandomGenerator(seed: 1)
                let network = InceptionFeatureNetwork(network: InceptionV3(generator: &random))
                let images = random.uniform([inceptionBatch, 3, 299, 299], low: -1, high: 1)
                return { _ = try! network.outputs(of: images, batchSize: inceptionBatch) }
            },
            BenchmarkCase(name: "mnist_fid_10k", workPerCall: 20_000, workUnit: "gimages_per_s") {
                var random = RandomGenerator(seed: 2)
                let generator = DCGAN.generator(generator: &random)
                generator.eval()
                let real = try! realDigits()
                let classifier = try! MNISTClassifier.pretrained()
                return {
                    var samples = RandomGenerator(seed: 3)
                    let generated = NDArray.concatenate((0..<20).map { _ in
                        withoutGrad { generator(Tensor(samples.normal([500, 100]))).value }
                    }, axis: 0)
                    let a = try! FeatureStatistics(features: classifier.outputs(of: real, batchSize: 500).features)
                    let b = try! FeatureStatistics(features: classifier.outputs(of: generated, batchSize: 500).features)
                    _ = try! FrechetDistance.between(a, b)
                }
            },
        ]
    }

    private static func realDigits() throws -> NDArray {
        try BundledData.mnistTest().images().map(.affine(scale: 2, shift: -1))
    }
}
