import Foundation
import SwiftGAN
import SwiftGANOptim
import SwiftGANTestSupport
@testable import SwiftGANZoo
import XCTest

/// The BigGAN family (SAGAN, BigGAN, SS-GAN, S3GAN): its heads and loss terms
/// against PyTorch, its generator's conditioning, a few training steps of each
/// member, exact resume, and the errors of bad keys.
final class BigGANFamilyTests: XCTestCase {
    /// A member on 16x16 digits with tiny networks.
    private func tiny(_ model: String, dataset: String = "mnist32", steps: Int = 3, extra: [(String, String)] = []) throws -> TrainingConfiguration {
        var c = TrainingConfiguration()
        var settings = [("model", model), ("dataset", dataset), ("data.resolution", "16"), ("batch_size", "4"), ("steps", "\(steps)")]
        settings += [("\(model).width", "8"), ("\(model).latent_dimension", "12"), ("\(model).embedding_dimension", "4"), ("\(model).attention_resolution", "8")]
        for (key, value) in settings + extra { try c.set(key, to: value) }
        return c
    }

    func testProjectionScoreMatchesPyTorch() throws {
        let f = try LossFixtures()
        var rng = RandomGenerator(seed: 1)
        let d = BigGANDiscriminator(
            channels: 1, width: 6, resolution: 16, attentionResolution: nil, projectionClasses: 3, rotationHead: false, classifierClasses: nil,
            spectralNorm: false, generator: &rng)
        let linear = try XCTUnwrap(d.linear as? Linear), projection = try XCTUnwrap(d.projection as? Linear)
        linear.weight.assign(f.array("projection", "weight"))
        linear.bias!.assign(f.array("projection", "bias"))
        projection.weight.assign(f.array("projection", "embed").permuted([1, 0]))
        let score = d.score(Tensor(f.array("projection", "h")), labels: f.integers("projection", "labels"))
        assertClose(score.value, f.array("projection", "score"), rtol: 1e-5, atol: 1e-5)
    }

    func testOrthogonalRegularizationAndItsGradientMatchPyTorch() throws {
        let f = try LossFixtures()
        let conv = Tensor(f.array("orthogonal", "conv"), requiresGrad: true), linear = Tensor(f.array("orthogonal", "linear"), requiresGrad: true)
        let penalty = OrthogonalRegularization.penalty([conv, linear])
        let expected = f.number("orthogonal", "value")
        XCTAssertEqual(Double(penalty.scalarValue), expected, accuracy: 1e-5 * expected)
        let grads = gradients(of: penalty, wrt: [conv, linear])
        assertClose(grads[0].value, f.array("orthogonal", "grad_conv"), rtol: 1e-4, atol: 1e-4)
        assertClose(grads[1].value, f.array("orthogonal", "grad_linear"), rtol: 1e-4, atol: 1e-4)
        let orthonormal = Tensor(NDArray([1, 0, 0, 0, 1, 0], shape: [2, 3]))
        XCTAssertEqual(OrthogonalRegularization.penalty([orthonormal * 3]).scalarValue, 0, "orthogonal rows of any norm cost nothing")
    }

    func testRotatedQuartersAndTheRotationLossMatchPyTorch() throws {
        let f = try LossFixtures()
        let (rotated, rotations) = RotationTask.rotatedQuarters(Tensor(f.array("rotation", "x")))
        XCTAssertEqual(rotations, [0, 0, 1, 1, 2, 2, 3, 3])
        XCTAssertEqual(rotated.value.elements, f.array("rotation", "rotated").elements, "the turns are torch.rot90's, exactly")
        let loss = RotationTask.loss(logits: Tensor(f.array("rotation", "logits")), rotations: rotations)
        XCTAssertEqual(Double(loss.scalarValue), f.number("rotation", "loss"), accuracy: 1e-5)
        let x = Tensor(f.array("rotation", "x"))
        XCTAssertEqual(RotationTask.rotate(RotationTask.rotate(x, quarterTurns: 1), quarterTurns: 3).value.elements, x.value.elements, "four turns are the identity")
    }

    func testHierarchicalGeneratorGivesEachBlockItsChunkAndTheClass() throws {
        var rng = RandomGenerator(seed: 3)
        let g = BigGANGenerator(
            latent: 12, classes: 5, embedding: 4, width: 8, channels: 3, resolution: 16, attentionResolution: 8, hierarchical: true,
            spectralNorm: true, generator: &rng)
        g.eval()
        XCTAssertEqual(g.chunk, 4, "12 values split into the linear layer's chunk and one per block (2 blocks at 16x16)")
        let z = rng.normal([2, 12])
        let base = withoutGrad { g(Tensor(z), labels: [1, 2]).value }
        XCTAssertEqual(base.shape, [2, 3, 16, 16])
        for chunk in 0..<3 {
            var values = z.elements
            values[chunk * 4] += 1
            let moved = withoutGrad { g(Tensor(NDArray(values, shape: [2, 12])), labels: [1, 2]).value }
            XCTAssertGreaterThan((moved - base).map(.abs).max().scalarValue, 1e-4, "chunk \(chunk) reaches the image")
            XCTAssertEqual(moved.slice(axis: 0, start: 1, end: 2).elements, base.slice(axis: 0, start: 1, end: 2).elements, "and only its own sample's")
        }
        let relabeled = withoutGrad { g(Tensor(z), labels: [3, 2]).value }
        XCTAssertGreaterThan((relabeled - base).map(.abs).max().scalarValue, 1e-4, "the class reaches the image")
        let (_, attention) = withoutGrad { g.forward(Tensor(z), labels: [1, 2]) }
        let map = try XCTUnwrap(attention).value
        XCTAssertEqual(map.shape, [2, 64, 64], "attention among the 8x8 positions")
        assertClose(map.sum(axes: [2]), NDArray(repeating: 1, shape: [2, 64]), rtol: 1e-5, atol: 1e-5)
    }

    func testEveryMemberTrainsAFewSteps() throws {
        let cases: [(String, String, [(String, String)])] = [
            ("sagan", "mnist32", []), ("sagan", "mnist32", [("sagan.conditional", "true")]), ("biggan", "colored_mnist32", []),
            ("biggan", "colored_mnist32", [("biggan.diff_augment", "color,translation,cutout")]),
            ("self_supervised_gan", "mnist32", []), ("s3gan", "mnist32", [("s3gan.labeled_fraction", "0.02")]),
        ]
        for (model, dataset, extra) in cases {
            let trainer = try ModelRegistry.trainer(for: tiny(model, dataset: dataset, extra: extra))
            let before = trainer.players.map { $0.module.parameters().map(\.value.elements) }
            var metrics: [String: Float] = [:]
            for _ in 0..<3 { metrics = try trainer.trainStep() }
            XCTAssertTrue(metrics.values.allSatisfy(\.isFinite), "\(model): \(metrics)")
            for (player, start) in zip(trainer.players, before) {
                XCTAssertNotEqual(player.module.parameters().map(\.value.elements), start, "\(model): \(player.name) learns")
            }
            let expected: Set<String> = switch model {
            case "biggan": ["orthogonal"]
            case "self_supervised_gan": ["rotation_real", "rotation_fake"]
            case "s3gan": ["rotation_real", "orthogonal"]
            default: []
            }
            XCTAssertTrue(expected.isSubset(of: metrics.keys), "\(model) logs \(expected): \(metrics.keys.sorted())")
        }
    }

    func testWithoutRotationWeightsTheSelfSupervisedGANHasNoRotationHead() throws {
        let c = try tiny("self_supervised_gan", extra: [("self_supervised_gan.rotation_weight", "0"), ("self_supervised_gan.generator_rotation_weight", "0")])
        let trainer = try ModelRegistry.trainer(for: c)
        let keys = trainer.players[1].module.namedParameters().map(\.0)
        XCTAssertFalse(keys.contains { $0.hasPrefix("rotation.") }, "\(keys)")
        let metrics = try trainer.trainStep()
        XCTAssertNil(metrics["rotation_real"])
    }

    /// S3GAN's classifier head, trained alone on labeled digits at the
    /// learning rate of the presets' discriminator, is well above chance (0.1)
    /// on held-out digits within 60 steps: what lets it label the unlabeled
    /// share early in a run.
    func testTheClassifierHeadLearnsDigitsWithinAFewSteps() throws {
        let labels = try BundledData.mnistTest().labels
        let digits = try QualityMeasures.mnistDigits(from: 0, count: 1536, resolution: 32)
        var rng = RandomGenerator(seed: 1)
        let d = BigGANDiscriminator(
            channels: 1, width: 8, resolution: 32, attentionResolution: nil, projectionClasses: nil, rotationHead: false, classifierClasses: 10,
            spectralNorm: true, generator: &rng)
        let optimizer = Adam(d.parameters(), learningRate: 4e-4, betas: (0, 0.999))
        for step in 0..<60 {
            let start = (step * 32) % 1024
            let logits = d.classLogits(d.features(Tensor(digits.slice(axis: 0, start: start, end: start + 32))))
            optimizer.zeroGrad()
            ClassLabels.crossEntropy(logits: logits, labels: Array(labels[start..<(start + 32)])).backward()
            optimizer.step()
        }
        let heldOut = withoutGrad { d.classLogits(d.features(Tensor(digits.slice(axis: 0, start: 1024, end: 1536)))) }
        XCTAssertGreaterThan(ClassLabels.accuracy(logits: heldOut, labels: Array(labels[1024..<1536])), 0.3)
    }

    /// The rotation head, trained alone on real digits (each batch's quarters
    /// turned 0 to 3 times), tells the turns of held-out digits well above
    /// chance (0.25) within 60 steps: the task SS-GAN and S3GAN add to D is learnable by D.
    func testTheRotationHeadLearnsTheTurnsOfDigitsWithinAFewSteps() throws {
        let digits = try QualityMeasures.mnistDigits(from: 0, count: 1536, resolution: 32)
        var rng = RandomGenerator(seed: 1)
        let d = BigGANDiscriminator(
            channels: 1, width: 8, resolution: 32, attentionResolution: nil, projectionClasses: nil, rotationHead: true, classifierClasses: nil,
            spectralNorm: true, generator: &rng)
        let optimizer = Adam(d.parameters(), learningRate: 4e-4, betas: (0, 0.999))
        for step in 0..<60 {
            let start = (step * 32) % 1024
            let rotated = RotationTask.rotatedQuarters(Tensor(digits.slice(axis: 0, start: start, end: start + 32)))
            optimizer.zeroGrad()
            RotationTask.loss(logits: d.rotationLogits(d.features(rotated.images)), rotations: rotated.rotations).backward()
            optimizer.step()
        }
        let heldOut = RotationTask.rotatedQuarters(Tensor(digits.slice(axis: 0, start: 1024, end: 1536)))
        let logits = withoutGrad { d.rotationLogits(d.features(heldOut.images)) }
        XCTAssertGreaterThan(ClassLabels.accuracy(logits: logits, labels: heldOut.rotations), 0.5)
    }

    func testBigGANAndS3GANResumeExactly() throws {
        try ResumeCheck.assertResumeContinues(tiny("biggan", dataset: "colored_mnist32", steps: 4), steps: 4, stop: 2)
        try ResumeCheck.assertResumeContinues(tiny("s3gan", steps: 4), steps: 4, stop: 2)
    }

    func testS3GANKeepsItsShareOfLabelsPerClass() throws {
        let c = try tiny("s3gan", extra: [("s3gan.labeled_fraction", "0.1")])
        let data = try DatasetRegistry.entry(named: "mnist32").load(c.data, c.seed)
        let training = try S3GANDefinition.trainingData(data, options: c.options(as: S3GANOptions.self), configuration: c)
        let labels = try (0..<training.count).map { try training.example(at: $0).label ?? -2 }
        XCTAssertEqual(labels.filter { $0 >= 0 }.count, 1_000, "10% of 10,000")
        XCTAssertEqual(labels.filter { $0 == -1 }.count, 9_000)
        for digit in 0..<10 { XCTAssertEqual(labels.filter { $0 == digit }.count, 100, "digit \(digit)") }
    }

    func testBadKeysAreNamed() throws {
        let cases: [(String, [(String, String)], String)] = [
            ("biggan", [("biggan.attention_resolution", "12")], "biggan.attention_resolution"),
            ("biggan", [("biggan.latent_dimension", "10")], "biggan.latent_dimension"),
            ("sagan", [("sagan.width", "12")], "sagan.width"),
            ("sagan", [("sagan.loss", "relativistic_average")], "sagan.loss"),
            ("s3gan", [("s3gan.labeled_fraction", "0")], "s3gan.labeled_fraction"),
            ("self_supervised_gan", [("self_supervised_gan.rotation_weight", "-1")], "self_supervised_gan.rotation_weight"),
            ("biggan", [("dataset", "polygons"), ("data.resolution", "16")], "model"),
            ("biggan", [("biggan.diff_augment", "color,blur")], "biggan.diff_augment"),
            ("bigbigan", [("bigbigan.diff_augment", "translation")], "bigbigan.diff_augment"),
        ]
        for (model, extra, key) in cases {
            XCTAssertThrowsError(try ModelRegistry.trainer(for: tiny(model, extra: extra)), "\(extra)") { error in
                XCTAssertEqual((error as? ConfigurationError)?.key, key, "\(error)")
            }
        }
    }

    /// With `diff_augment: translation` D scores each image shifted by up
    /// to 2 pixels (1/8 of 16) with zeros filling in: every pixel it sees is
    /// 0 or a pixel of the same image, and the batch is not what was given.
    /// Without the key D scores the images themselves.
    func testTheDiscriminatorScoresAugmentedImagesOnlyWhenAsked() throws {
        let plain = try XCTUnwrap(ModelRegistry.trainer(for: tiny("biggan", dataset: "colored_mnist32")).model as? BigGAN)
        let augmented = try XCTUnwrap(
            ModelRegistry.trainer(for: tiny("biggan", dataset: "colored_mnist32", extra: [("biggan.diff_augment", "translation")])).model as? BigGAN)
        var random = RandomGenerator(seed: 3)
        let images = Tensor(random.uniform([6, 3, 16, 16], low: 0.5, high: 1))
        XCTAssertEqual(plain.scored(images, random: &random).value.elements, images.value.elements)
        let seen = augmented.scored(images, random: &random).value
        XCTAssertEqual(seen.shape, images.shape)
        XCTAssertNotEqual(seen.elements, images.value.elements)
        let plane = 3 * 16 * 16
        for i in 0..<6 {
            let own = Set(images.value.elements[(i * plane)..<((i + 1) * plane)])
            XCTAssertTrue(seen.elements[(i * plane)..<((i + 1) * plane)].allSatisfy { $0 == 0 || own.contains($0) }, "image \(i)")
        }
    }

    func testClassAccuracyJudgesColoredDigitsAndShapes() throws {
        var c = try Presets.configuration("colored_mnist32_biggan")
        XCTAssertEqual(QualityMeasures.kinds(for: c), [.mnistSamples, .classAccuracy])
        try c.set("dataset", to: "shapes")
        XCTAssertEqual(QualityMeasures.kinds(for: c), [.shapesSamples, .classAccuracy])
    }

    func testTheAttentionFigurePairsEachSampleWithItsQueryPixelsWeights() throws {
        let trainer = try ModelRegistry.trainer(for: tiny("sagan"))
        try trainer.trainStep()
        let model = try XCTUnwrap(trainer.model as? BigGAN)
        let inference = Inference(model: model, networks: Dictionary(uniqueKeysWithValues: trainer.players.map { ($0.name, $0.module) }))
        let figure = try AttentionFigure.images(model, inference: inference, count: 2, seed: 3, x: 5, y: 9)
        XCTAssertEqual(figure.shape, [4, 3, 16, 16])
        let sample = figure.slice(axis: 0, start: 0, end: 1).elements, map = figure.slice(axis: 0, start: 1, end: 2).elements
        let query = 9 * 16 + 5
        let marked: [Float] = [sample[query], sample[256 + query], sample[512 + query]]
        XCTAssertEqual(marked, [1, -1, -1], "the query pixel is marked red")
        XCTAssertEqual(Array(map[0..<256]), Array(map[256..<512]), "the map is gray")
        XCTAssertEqual(map.max(), 1, "the strongest weight is white")
        XCTAssertThrowsError(try AttentionFigure.images(model, inference: inference, count: 1, seed: 3, x: 16, y: 0))
        let plain = try ModelRegistry.trainer(for: tiny("sagan", extra: [("sagan.attention_resolution", "0")]))
        let plainModel = try XCTUnwrap(plain.model as? BigGAN)
        let plainInference = Inference(model: plainModel, networks: Dictionary(uniqueKeysWithValues: plain.players.map { ($0.name, $0.module) }))
        XCTAssertThrowsError(try AttentionFigure.images(plainModel, inference: plainInference, count: 1, seed: 3, x: 0, y: 0))
    }

    func testTheLabelingMeasureScoresTheHeadOnlyOnTheImagesWhoseLabelsWereHidden() throws {
        let c = try tiny("s3gan", extra: [("s3gan.labeled_fraction", "0.1"), ("batch_size", "16")])
        let trainer = try ModelRegistry.trainer(for: c)
        let model = try XCTUnwrap(trainer.model as? BigGAN)
        let networks = Dictionary(uniqueKeysWithValues: trainer.players.map { ($0.name, $0.module) })
        let critic = try XCTUnwrap(networks["discriminator"] as? BigGANDiscriminator)
        let head = try XCTUnwrap(critic.classifier as? Linear), bias = try XCTUnwrap(head.bias)
        let full = try DatasetRegistry.load(c)
        let training = try S3GANDefinition.trainingData(full, options: c.options(as: S3GANOptions.self), configuration: c)
        let hidden = try (0..<training.count).filter { try training.example(at: $0).label == -1 }.prefix(96)
        let truth = try hidden.map { try full.example(at: $0).label }
        for digit in [3, 7] {
            head.weight.assign(NDArray(zeros: head.weight.shape))
            bias.assign(NDArray((0..<10).map { $0 == digit ? 1 : 0 }, shape: [10]))
            let figures = try LabelingMeasure.measure(c, inference: Inference(model: model, networks: networks), limit: 96)
            // The measure divides the same count by the same 96 in one rounding, so the figure is exact on every CPU.
            let expected = Double(truth.filter { $0 == digit }.count) / 96
            XCTAssertEqual(try XCTUnwrap(figures["labeling_accuracy"]), expected, "a head that always says \(digit)")
        }
    }
}
