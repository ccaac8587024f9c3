import Foundation
import SwiftGAN

/// The quality figures the zoo's targets are stated in, for a trained model:
/// mode coverage on 2-D mixtures; for MNIST, the MNIST-classifier Fréchet
/// distance, KID, precision/recall and density/coverage of 10,000 samples
/// against the 10,000 bundled digits, plus class accuracy of conditional
/// generators and InfoGAN's code purity, all judged by the MNIST classifier;
/// for Stacked MNIST, the modes of 1,000 covered by 26,000 samples and the mode KL (as VEEGAN and PacGAN count them).
enum QualityMeasures {
    /// The seed of the samples a run is measured with at its end, unless another is asked for.
    static func finalSeed(of configuration: TrainingConfiguration) -> UInt64 { configuration.seed &+ 99 }

    static func report(for configuration: TrainingConfiguration, trainer: Trainer, seed: UInt64) throws -> [String: Double] {
        switch configuration.dataset {
        case "ring", "grid":
            let evaluation = MixtureEvaluation(samples: trainer.samples(count: 2_500, seed: seed).samples, mixture: mixture(configuration.dataset))
            return ["modes_covered": Double(evaluation.modesCovered), "high_quality": evaluation.highQualityFraction, "mode_kl": evaluation.modeKLDivergence]
        case "mnist":
            let classifier = try MNISTClassifier.pretrained()
            let (samples, codes) = trainer.samples(count: 10_000, seed: seed)
            let evaluation = try SampleEvaluation(real: mnistDigits(count: 10_000), generated: samples, network: classifier, seed: seed)
            var report = [
                "fid_mnist": evaluation.frechetDistance, "kid_mnist": evaluation.kidMean, "precision": evaluation.precision,
                "recall": evaluation.recall, "density": evaluation.density, "coverage": evaluation.coverage,
            ]
            if let model = trainer.model as? SemiSupervisedGAN, let labeledPerClass = configuration.labeledPerClass {
                report["held_out_accuracy"] = try heldOutAccuracy(model, labeledPerClass: labeledPerClass, heldOut: configuration.heldOut)
            }
            if let codes {
                let predictions = classifier.predict(samples)
                if configuration.model == "infogan" {
                    var counts = [[Int]](repeating: [Int](repeating: 0, count: 10), count: 10)
                    for (code, digit) in zip(codes, predictions) { counts[code][digit] += 1 }
                    report["code_purity"] = ClassAssignment.purity(counts)
                } else {
                    report["class_accuracy"] = Double(zip(predictions, codes).filter { $0 == $1 }.count) / Double(codes.count)
                }
            }
            return report
        case "stacked_mnist":
            let modes = try StackedMNISTModes(samples: trainer.samples(count: 26_000, seed: seed).samples, classifier: MNISTClassifier.pretrained())
            return ["modes_covered": Double(modes.modesCovered), "mode_kl": modes.klDivergence]
        default:
            return [:]
        }
    }

    /// The semi-supervised discriminator's accuracy as a classifier on the digits its run held out.
    static func heldOutAccuracy(_ model: SemiSupervisedGAN, labeledPerClass: Int, heldOut: Int) throws -> Double {
        let mnist = try BundledData.mnistTest()
        let split = try ZooDataset.semiSupervisedSplit(mnist, labeledPerClass: labeledPerClass, heldOut: heldOut)
        let examples = try split.heldOutIndices.map { try mnist.example(at: $0) }
        let images = NDArray.concatenate(examples.map { $0.image.reshaped([1, 1, 28, 28]) }, axis: 0).map(.affine(scale: 2, shift: -1))
        let network = model.discriminator
        let wasTraining = network.isTraining
        network.eval()
        defer { if wasTraining { network.train() } }
        let predictions = withoutGrad { model.discriminatorNetwork(Tensor(images)).value }.argmax(axis: 1).elements.map { Int($0) }
        return Double(zip(predictions, examples).filter { $0 == $1.label }.count) / Double(examples.count)
    }

    /// The mixture whose modes the ring and grid datasets sample.
    static func mixture(_ dataset: String) -> GaussianMixture2D {
        dataset == "ring" ? GaussianMixture2D.ring(count: 1, seed: 0) : GaussianMixture2D.grid(count: 1, seed: 0)
    }

    /// The first `count` bundled MNIST test digits, `[N, 1, 28, 28]` in [-1, 1].
    static func mnistDigits(count: Int) throws -> NDArray {
        let images = try BundledData.mnistTest().images()
        return images.slice(axis: 0, start: 0, end: min(count, images.shape[0])).map(.affine(scale: 2, shift: -1))
    }
}
