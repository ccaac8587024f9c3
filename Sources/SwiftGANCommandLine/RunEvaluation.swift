import Foundation
import SwiftGAN

/// The quality measure that picks a run's best checkpoint (lower is better):
/// the MNIST-classifier Fréchet distance of 2,000 samples against 2,000
/// bundled digits for runs on the bundled MNIST, the mode-histogram KL for the
/// 2-D mixtures; none for other data (then the newest checkpoint is the best).
enum RunEvaluation {
    static func measure(for configuration: TrainingConfiguration, trainer: Trainer) -> (() throws -> (name: String, value: Double))? {
        switch configuration.dataset {
        case "ring", "grid":
            let mixture = QualityMeasures.mixture(configuration.dataset)
            return {
                let samples = trainer.samples(count: 2_500, seed: configuration.seed &+ 7).samples
                return ("mode_kl", MixtureEvaluation(samples: samples, mixture: mixture).modeKLDivergence)
            }
        case "mnist":
            return {
                let classifier = try MNISTClassifier.pretrained()
                let real = try QualityMeasures.mnistDigits(count: 2_000)
                let generated = trainer.samples(count: 2_000, seed: configuration.seed &+ 7).samples
                let a = try FeatureStatistics(features: classifier.outputs(of: real, batchSize: 500).features)
                let b = try FeatureStatistics(features: classifier.outputs(of: generated, batchSize: 500).features)
                return ("fid_mnist_2k", try FrechetDistance.between(a, b))
            }
        default:
            return nil
        }
    }
}
