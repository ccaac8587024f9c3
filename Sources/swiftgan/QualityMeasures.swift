import Foundation
import SwiftGAN

/// The quality figures the zoo's targets are stated in, for a trained model:
/// mode coverage on 2-D mixtures, class accuracy of conditional MNIST
/// generators and InfoGAN's code purity, both judged by the MNIST classifier.
enum QualityMeasures {
    static func report(for configuration: TrainingConfiguration, trainer: Trainer, seed: UInt64) throws -> [String: Double] {
        let model = trainer.model
        let network = trainer.average?.target ?? model.generator
        var random = RandomGenerator(seed: seed)
        func generate(_ count: Int) -> (NDArray, Latent) {
            let latent = model.sampleLatent(count: count, random: &random)
            return (withoutGrad { model.generate(latent, with: network) }.value, latent)
        }
        network.eval()
        defer { network.train() }
        switch (configuration.dataset, configuration.model) {
        case ("ring", _), ("grid", _):
            let mixture = configuration.dataset == "ring" ? GaussianMixture2D.ring(count: 1, seed: 0) : GaussianMixture2D.grid(count: 1, seed: 0)
            let evaluation = MixtureEvaluation(samples: generate(2_500).0, mixture: mixture)
            return ["modes_covered": Double(evaluation.modesCovered), "high_quality": evaluation.highQualityFraction, "mode_kl": evaluation.modeKLDivergence]
        case ("mnist", "cgan"), ("mnist", "acgan"):
            let classifier = try MNISTClassifier.pretrained()
            var correct = 0, total = 0
            for _ in 0..<10 {
                let (images, latent) = generate(1_000)
                correct += zip(classifier.predict(images), latent.labels!).filter { $0 == $1 }.count
                total += 1_000
            }
            return ["class_accuracy": Double(correct) / Double(total)]
        case ("mnist", "infogan"):
            let classifier = try MNISTClassifier.pretrained()
            var counts = [[Int]](repeating: [Int](repeating: 0, count: 10), count: 10)
            for _ in 0..<10 {
                let (images, latent) = generate(1_000)
                for (code, digit) in zip(latent.labels!, classifier.predict(images)) { counts[code][digit] += 1 }
            }
            return ["code_purity": ClassAssignment.purity(counts)]
        default:
            return [:]
        }
    }
}
