import Foundation
import SwiftGAN
import SwiftGANTestSupport
@testable import SwiftGANZoo
import XCTest

/// The models that come with an encoder (BiGAN/ALI, BigBiGAN-lite, IcGAN,
/// O-GAN): their loss terms and heads against PyTorch, a few training steps
/// of each with every player learning, exact resume of the three- and
/// four-player models, and the encoder measure on a handful of digits.
final class EncoderModelTests: XCTestCase {
    private func tiny(_ preset: String, steps: Int = 3, extra: [(String, String)] = []) throws -> TrainingConfiguration {
        var c = try Presets.configuration(preset)
        for (key, value) in [("batch_size", "4"), ("steps", "\(steps)")] + extra { try c.set(key, to: value) }
        return c
    }

    private let presets: [(String, [(String, String)])] = [
        ("mnist_bigan", [("bigan.hidden", "16"), ("bigan.latent_dimension", "8"), ("data.resolution", "14")]),
        ("mnist32_bigbigan", [("bigbigan.width", "8"), ("bigbigan.hidden", "16"), ("bigbigan.latent_dimension", "12"), ("data.resolution", "16"), ("bigbigan.attention_resolution", "8")]),
        ("mnist_icgan", [("icgan.latent_dimension", "8"), ("data.resolution", "14")]),
        ("mnist_ogan", [("ogan.latent_dimension", "8"), ("data.resolution", "14")]),
    ]

    func testTheCorrelationTermAndItsGradientMatchPyTorch() throws {
        let f = try LossFixtures()
        let e = Tensor(f.array("correlation", "e"), requiresGrad: true)
        let loss = OGAN.correlationLoss(Tensor(f.array("correlation", "z")), e)
        XCTAssertEqual(Double(loss.scalarValue), f.number("correlation", "loss"), accuracy: 1e-5)
        assertClose(gradients(of: loss, wrt: [e])[0].value, f.array("correlation", "grad_e"), rtol: 1e-3, atol: 1e-5)
        let z = Tensor(f.array("correlation", "z"))
        XCTAssertEqual(OGAN.correlationLoss(z, z * 3 + 1).scalarValue, -1, accuracy: 1e-5, "an encoding that is an affine copy of z correlates fully")
    }

    func testTheJointDiscriminatorScoreMatchesPyTorch() throws {
        let f = try LossFixtures()
        var rng = RandomGenerator(seed: 2)
        let d = JointDiscriminator(
            image: Flatten(), imageFeatures: 4, latent: Activation(.identity), latentFeatures: 5, hidden: 6, unaryScores: false, spectralNorm: false, generator: &rng)
        let first = try XCTUnwrap(d.joint.layers[0] as? Linear), last = try XCTUnwrap(d.joint.layers[2] as? Linear)
        first.weight.assign(f.array("joint", "w1")); first.bias!.assign(f.array("joint", "b1"))
        last.weight.assign(f.array("joint", "w2")); last.bias!.assign(f.array("joint", "b2"))
        let scores = d.scores(Tensor(f.array("joint", "fx")), Tensor(f.array("joint", "fz")))
        XCTAssertEqual(scores.count, 1, "BiGAN's discriminator has the joint score alone")
        assertClose(scores[0].value, f.array("joint", "score"), rtol: 1e-5, atol: 1e-5)
    }

    func testEveryEncoderModelTrainsAFewStepsWithEveryPlayerLearning() throws {
        for (preset, extra) in presets {
            let trainer = try ModelRegistry.trainer(for: tiny(preset, extra: extra))
            let before = trainer.players.map { $0.module.parameters().map(\.value.elements) }
            var metrics: [String: Float] = [:]
            for _ in 0..<3 { metrics = try trainer.trainStep() }
            XCTAssertTrue(metrics.values.allSatisfy(\.isFinite), "\(preset): \(metrics)")
            for (player, start) in zip(trainer.players, before) {
                XCTAssertNotEqual(player.module.parameters().map(\.value.elements), start, "\(preset): \(player.name) learns")
            }
            XCTAssertTrue(trainer.model is any EncodingModel, preset)
        }
    }

    func testBigBiGANSumsItsThreeScores() throws {
        let (preset, extra) = presets[1]
        let trainer = try ModelRegistry.trainer(for: tiny(preset, extra: extra))
        let metrics = try trainer.trainStep()
        let terms = ["d_joint", "d_image", "d_latent"].map { metrics[$0] }
        XCTAssertFalse(terms.contains(nil), "\(metrics.keys.sorted())")
        XCTAssertEqual(metrics["loss_d"]!, terms.compactMap { $0 }.reduce(0, +), accuracy: 1e-4)
    }

    func testThreeAndFourPlayerModelsResumeExactly() throws {
        for (preset, extra) in [presets[0], presets[2]] {
            try ResumeCheck.assertResumeContinues(tiny(preset, steps: 3, extra: extra), steps: 3, stop: 1)
        }
    }

    func testIcGANEditsKeepTheEncodedZAndTakeTheNewLabel() throws {
        let (preset, extra) = presets[2]
        let trainer = try ModelRegistry.trainer(for: tiny(preset, extra: extra))
        try trainer.trainStep()
        let model = try XCTUnwrap(trainer.model as? IcGAN)
        let inference = Inference(model: model, networks: Dictionary(uniqueKeysWithValues: trainer.players.map { ($0.name, $0.module) }))
        var random = RandomGenerator(seed: 4)
        let images = Tensor(random.uniform([3, 1, 14, 14], low: -1, high: 1))
        let edited = inference.evaluating { model.edit(images, to: [7, 7, 7], networks: inference.networks).value }
        let encodedZ = inference.evaluating { model.encoderZ(images) }
        let expected = inference.evaluating { model.conditional.generate(Latent(z: encodedZ, labels: [7, 7, 7]), with: model.conditional.generatorNetwork).value }
        XCTAssertEqual(edited.elements, expected.elements)
        XCTAssertEqual(inference.evaluating { model.encode(images, networks: inference.networks) }.shape, [3, 8 + 10], "z with the class probabilities")
    }

    func testEncoderMeasureReadsAndProbesTheDigits() throws {
        let trainer = try ModelRegistry.trainer(for: tiny("mnist_bigan", extra: [("bigan.hidden", "16"), ("bigan.latent_dimension", "8")]))
        let model = try XCTUnwrap(trainer.model as? BidirectionalGAN)
        let inference = Inference(model: model, networks: Dictionary(uniqueKeysWithValues: trainer.players.map { ($0.name, $0.module) }))
        let report = try EncoderMeasure.measure(model, inference: inference, resolution: 28, seed: 1, count: 50)
        for key in ["reconstruction_class_kept", "linear_probe_accuracy"] {
            XCTAssertTrue((0...1).contains(try XCTUnwrap(report[key], key)), "\(key): \(report)")
        }
    }

    func testTheLinearProbeSeparatesSeparableClassesAndNotNoise() {
        var random = RandomGenerator(seed: 9)
        let labels = (0..<300).map { $0 % 3 }
        var values = random.normal([300, 5]).elements
        for (row, label) in labels.enumerated() { values[row * 5 + label] += 4 }
        let separable = NDArray(values, shape: [300, 5])
        let train = (separable.slice(axis: 0, start: 0, end: 240), Array(labels[0..<240]))
        let test = (separable.slice(axis: 0, start: 240, end: 300), Array(labels[240..<300]))
        XCTAssertGreaterThan(LinearProbe.accuracy(train: train, test: test, classes: 3), 0.95)
        let noise = random.normal([300, 5])
        let chance = LinearProbe.accuracy(train: (noise.slice(axis: 0, start: 0, end: 240), train.1), test: (noise.slice(axis: 0, start: 240, end: 300), test.1), classes: 3)
        XCTAssertLessThan(chance, 0.6, "noise features carry no label")
    }

    func testBadKeysAreNamed() throws {
        let cases: [(String, [(String, String)], String)] = [
            ("mnist_bigan", [("bigan.loss", "least_squares")], "bigan.loss"),
            ("mnist_bigan", [("bigan.hidden", "0")], "bigan.hidden"),
            ("mnist_ogan", [("ogan.correlation_weight", "-1")], "ogan.correlation_weight"),
            ("mnist_ogan", [("ogan.latent_dimension", "1")], "ogan.latent_dimension"),
            ("mnist_icgan", [("icgan.architecture", "resnet")], "icgan.architecture"),
            ("mnist32_bigbigan", [("bigbigan.hidden", "0")], "bigbigan.hidden"),
            ("mnist32_bigbigan", [("bigbigan.critic_steps", "2")], "bigbigan.critic_steps"),
            ("mnist_icgan", [("dataset", "polygons")], "model"),
        ]
        for (preset, extra, key) in cases {
            XCTAssertThrowsError(try ModelRegistry.trainer(for: tiny(preset, extra: extra)), "\(extra)") { error in
                XCTAssertEqual((error as? ConfigurationError)?.key, key, "\(error)")
            }
        }
    }
}
