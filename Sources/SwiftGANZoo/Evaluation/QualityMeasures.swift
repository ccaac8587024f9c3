import SwiftGANAutograd
import SwiftGANData
import SwiftGANKernels
import SwiftGANMetrics
import SwiftGANNN

/// The quality figures a trained model is stated in: its dataset's measures
/// (mode coverage on 2-D mixtures; for MNIST, the MNIST-classifier Fréchet
/// distance, KID, precision/recall and density/coverage of 10,000 samples
/// against the 10,000 bundled digits, `mnist32` cropped back to 28x28; the
/// shapes factor classifier's for `shapes`; Stacked MNIST's modes) and its
/// model's own (class accuracy, code purity, held-out accuracy), judged by the
/// MNIST classifier. Needs only the model's inference and its configuration.
public enum QualityMeasures {
    /// The seed of the samples a run is measured with at its end, unless another is asked for.
    public static func finalSeed(of configuration: TrainingConfiguration) -> UInt64 { configuration.seed &+ 99 }

    /// The measures that apply to `configuration`: its dataset's, and its
    /// model's when the data is the bundled MNIST (their judge); the MNIST
    /// classifier's measures only at the data's own resolution, the shapes
    /// classifier's at 32x32 and 64x64.
    public static func kinds(for configuration: TrainingConfiguration) -> [QualityMeasureKind] {
        guard let entry = try? DatasetRegistry.entry(named: configuration.dataset) else { return [] }
        let resolution = configuration.data.resolution ?? entry.nativeResolution
        let native = resolution == entry.nativeResolution
        let data = entry.measures.filter { kind in
            switch kind {
            case .mixtureModes, .segmentation, .restoration: true
            case .shapesSamples: [32, 64].contains(resolution)
            default: native
            }
        }
        let model = (ModelRegistry.definition(named: configuration.model)?.measures ?? []).filter {
            $0.judges(dataset: configuration.dataset, resolution: resolution, native: native)
        }
        return data + model
    }

    /// Every figure that applies, named as `quality.json` names them; `psi`
    /// truncates the samples of a style-space model, `truncation` redraws
    /// noise values beyond ±truncation (BigGAN's trick; `Inference.samples`).
    public static func report(
        for configuration: TrainingConfiguration, inference: Inference, seed: UInt64, psi: Float? = nil, truncation: Float? = nil
    ) throws -> [String: Double] {
        func draw(_ count: Int) -> (samples: NDArray, labels: [Int]?) {
            inference.samples(count: count, seed: seed, truncation: truncation, psi: psi)
        }
        var report: [String: Double] = [:]
        var mnist: (samples: NDArray, labels: [Int]?)?
        for kind in kinds(for: configuration) {
            switch kind {
            case .mixtureModes:
                let evaluation = MixtureEvaluation(samples: draw(2_500).samples, mixture: mixture(configuration.dataset))
                report.merge(["modes_covered": Double(evaluation.modesCovered), "high_quality": evaluation.highQualityFraction, "mode_kl": evaluation.modeKLDivergence]) { $1 }
            case .mnistSamples:
                let drawn = mnist ?? digits(draw(10_000))
                mnist = drawn
                let evaluation = try SampleEvaluation(real: mnistDigits(count: 10_000), generated: drawn.samples, network: MNISTClassifier.pretrained(), seed: seed)
                report.merge([
                    "fid_mnist": evaluation.frechetDistance, "kid_mnist": evaluation.kidMean, "precision": evaluation.precision,
                    "recall": evaluation.recall, "density": evaluation.density, "coverage": evaluation.coverage,
                ]) { $1 }
            case .shapesSamples:
                let samples = draw(10_000).samples
                let evaluation = try SampleEvaluation(
                    real: shapesImages(count: 10_000, resolution: samples.shape[2]), generated: samples, network: ShapesClassifier.pretrained(), seed: seed)
                report.merge([
                    "fid_shapes": evaluation.frechetDistance, "kid_shapes": evaluation.kidMean, "precision": evaluation.precision,
                    "recall": evaluation.recall, "density": evaluation.density, "coverage": evaluation.coverage,
                ]) { $1 }
            case .stackedMNISTModes:
                let modes = try StackedMNISTModes(samples: draw(26_000).samples, classifier: MNISTClassifier.pretrained())
                report.merge(["modes_covered": Double(modes.modesCovered), "mode_kl": modes.klDivergence]) { $1 }
            case .classAccuracy where configuration.dataset == "shapes":
                let drawn = draw(10_000)
                guard let labels = drawn.labels else { continue }
                let predicted = try ShapesClassifier.pretrained().predict(drawn.samples).map { $0[.shape] }
                report["class_accuracy"] = Double(zip(predicted, labels).filter { $0 == $1 }.count) / Double(labels.count)
            case .classAccuracy, .codePurity:
                let drawn = mnist ?? digits(draw(10_000))
                mnist = drawn
                guard let codes = drawn.labels else { continue }
                let predictions = try MNISTClassifier.pretrained().predict(drawn.samples)
                if kind == .codePurity {
                    var counts = [[Int]](repeating: [Int](repeating: 0, count: 10), count: 10)
                    for (code, digit) in zip(codes, predictions) { counts[code][digit] += 1 }
                    report["code_purity"] = ClassAssignment.purity(counts)
                } else {
                    report["class_accuracy"] = Double(zip(predictions, codes).filter { $0 == $1 }.count) / Double(codes.count)
                }
            case .styleMixing:
                guard let model = inference.model as? StyleBasedGAN else { continue }
                report.merge(StyleMixingMeasure.measure(model, inference: inference, pairs: 1_000, seed: seed, classifier: try ShapesClassifier.pretrained())) { $1 }
            case .latentDirections:
                report.merge(try LatentEditMeasure.measure(inference: inference, seed: seed)) { $1 }
            case .encoder:
                guard let model = inference.model as? any EncodingModel else { continue }
                let resolution = configuration.data.resolution ?? (try? DatasetRegistry.entry(named: configuration.dataset))?.nativeResolution ?? 28
                report.merge(try EncoderMeasure.measure(model, inference: inference, resolution: resolution, seed: seed)) { $1 }
            case .heldOutAccuracy:
                let options = configuration.options(as: SSGANOptions.self)
                guard let model = inference.model as? SemiSupervisedGAN, let labeledPerClass = options.labeledPerClass else { continue }
                report["held_out_accuracy"] = try heldOutAccuracy(model, network: inference.networks["discriminator"]!, labeledPerClass: labeledPerClass, heldOut: options.heldOut)
            case .labelingAccuracy:
                report.merge(try LabelingMeasure.measure(configuration, inference: inference)) { $1 }
            case .segmentation:
                guard let model = inference.model as? any TranslationModel else { continue }
                report.merge(try TranslationMeasure.segmentation(model, inference: inference)) { $1 }
            case .coupledPairs:
                guard let model = inference.model as? CoGAN else { continue }
                report.merge(try CoupledPairMeasure.measure(model, inference: inference, seed: seed)) { $1 }
            case .attributeEdits:
                guard let model = inference.model as? any DomainTranslationModel else { continue }
                report.merge(try AttributeEditMeasure.measure(model, inference: inference, seed: seed)) { $1 }
            case .fewShot:
                if let model = inference.model as? FUNIT { report.merge(try FewShotMeasure.measure(model, inference: inference, seed: seed)) { $1 } }
                if let model = inference.model as? OneShotTranslator { report.merge(try FewShotMeasure.oneShot(model, inference: inference)) { $1 } }
            case .imagePrior:
                guard let model = inference.model as? DeepImagePrior else { continue }
                report.merge(try RestorationMeasure.imagePrior(model, inference: inference)) { $1 }
            case .restoration:
                guard let model = inference.model as? any RestorationModel else { continue }
                report.merge(try RestorationMeasure.measure(model, configuration: configuration, inference: inference)) { $1 }
            case .translatedDigits:
                guard let model = inference.model as? any TranslationModel else { continue }
                report.merge(try TranslationMeasure.digits(model, inference: inference)) { $1 }
            }
        }
        return report
    }

    /// The measure that picks a run's best checkpoint (lower is better): the
    /// MNIST-classifier Fréchet distance of 2,000 samples against 2,000
    /// bundled digits for runs on the bundled MNIST, the shapes classifier's
    /// against 2,000 shapes for `shapes`, the mode-histogram KL for the 2-D
    /// mixtures; nil for other data (then the newest checkpoint is the best).
    public static func selection(for configuration: TrainingConfiguration, inference: @escaping () -> Inference) -> (() throws -> (name: String, value: Double))? {
        let kinds = kinds(for: configuration)
        let seed = configuration.seed &+ 7
        if kinds.contains(.mixtureModes) {
            let mixture = mixture(configuration.dataset)
            return { ("mode_kl", MixtureEvaluation(samples: inference().samples(count: 2_500, seed: seed).samples, mixture: mixture).modeKLDivergence) }
        }
        func frechet(_ network: any FeatureNetwork, real: NDArray, generated: NDArray) throws -> Double {
            let a = try FeatureStatistics(features: network.outputs(of: real, batchSize: 500).features)
            let b = try FeatureStatistics(features: network.outputs(of: generated, batchSize: 500).features)
            return try FrechetDistance.between(a, b)
        }
        if kinds.contains(.shapesSamples) {
            return {
                let generated = inference().samples(count: 2_000, seed: seed).samples
                let real = shapesImages(count: 2_000, resolution: generated.shape[2])
                return ("fid_shapes_2k", try frechet(ShapesClassifier.pretrained(), real: real, generated: generated))
            }
        }
        guard kinds.contains(.mnistSamples) else { return nil }
        return {
            let generated = digits(inference().samples(count: 2_000, seed: seed)).samples
            return ("fid_mnist_2k", try frechet(MNISTClassifier.pretrained(), real: mnistDigits(count: 2_000), generated: generated))
        }
    }

    /// Samples as the MNIST classifier reads them: colored digits
    /// (`colored_mnist32`) read back to gray ones, 32x32 digits cropped back to their 28x28.
    static func digits(_ drawn: (samples: NDArray, labels: [Int]?)) -> (samples: NDArray, labels: [Int]?) {
        let gray = drawn.samples.shape[1] == 3 ? ColoredDigits.grayDigits(drawn.samples) : drawn.samples
        return (gray.shape[2] == 32 ? TranslationMeasure.centered28(gray) : gray, drawn.labels)
    }

    /// The seed of the real shapes the shapes measures compare with (none of the classifier's, none of a run's).
    static let shapesReferenceSeed: UInt64 = 1_000_003

    /// `count` shapes at `resolution`, `[N, 3, R, R]` in [-1, 1]: the reference
    /// set, the same for every run, or a set drawn from `seed`.
    public static func shapesImages(count: Int, resolution: Int, seed: UInt64? = nil) -> NDArray {
        Shapes(count: count, seed: seed ?? shapesReferenceSeed, size: resolution).renderedAll().images.map(.affine(scale: 2, shift: -1))
    }

    /// The semi-supervised discriminator's accuracy as a classifier on the digits its run held out.
    static func heldOutAccuracy(_ model: SemiSupervisedGAN, network: Module, labeledPerClass: Int, heldOut: Int) throws -> Double {
        let mnist = try BundledData.mnistTest()
        let split = try SSGANDefinition.split(mnist, labeledPerClass: labeledPerClass, heldOut: heldOut)
        let examples = try split.heldOutIndices.map { try mnist.example(at: $0) }
        let images = NDArray.concatenate(examples.map { $0.image.reshaped([1, 1, 28, 28]) }, axis: 0).map(.affine(scale: 2, shift: -1))
        guard let classifier = network as? any Layer else { preconditionFailure("QualityMeasures: the discriminator is not a Layer") }
        let logits = Inference(model: model, networks: ["discriminator": network]).evaluating { classifier(Tensor(images)).value }
        let predictions = logits.argmax(axis: 1).elements.map { Int($0) }
        return Double(zip(predictions, examples).filter { $0 == $1.label }.count) / Double(examples.count)
    }

    /// The mixture whose modes the ring and grid datasets sample.
    static func mixture(_ dataset: String) -> GaussianMixture2D {
        dataset == "ring" ? GaussianMixture2D.ring(count: 1, seed: 0) : GaussianMixture2D.grid(count: 1, seed: 0)
    }

    /// The first `count` bundled MNIST test digits, `[N, 1, 28, 28]` in [-1, 1].
    public static func mnistDigits(count: Int) throws -> NDArray {
        try mnistDigits(from: 0, count: count, resolution: 28)
    }

    /// `count` bundled MNIST test digits from `first`, centered on a black
    /// `resolution`x`resolution` field (28 or more: `mnist32`'s padding), in [-1, 1].
    public static func mnistDigits(from first: Int, count: Int, resolution: Int) throws -> NDArray {
        precondition(resolution >= 28, "QualityMeasures.mnistDigits: the digits are 28x28 and can be padded, not shrunk, to \(resolution)x\(resolution)")
        let images = try BundledData.mnistTest().images()
        var digits = images.slice(axis: 0, start: min(first, images.shape[0]), end: min(first + count, images.shape[0]))
        if resolution > 28 {
            let n = digits.shape[0]
            digits = PaddedDataset.pad(digits.reshaped([n, 28, 28]), size: resolution).reshaped([n, 1, resolution, resolution])
        }
        return digits.map(.affine(scale: 2, shift: -1))
    }
}
