import Foundation
import SwiftGAN
import XCTest

/// The discriminator options of compare_gan's study and the improved techniques,
/// chosen by configuration: normalization, minibatch discrimination, ResNets.
final class DiscriminatorOptionTests: XCTestCase {
    /// A small MNIST configuration with `settings` (key paths and values) set over it.
    private func mnist(_ settings: [(String, String)]) throws -> TrainingConfiguration {
        var c = TrainingConfiguration()
        for (key, value) in [("dataset", "mnist"), ("batch_size", "4"), ("gan.hidden", "8")] + settings { try c.set(key, to: value) }
        return c
    }

    private func trainer(_ settings: [(String, String)]) throws -> Trainer {
        try ModelRegistry.trainer(for: mnist(settings))
    }

    private func refusal(_ settings: [(String, String)]) -> String {
        do {
            _ = try trainer(settings)
            return "accepted"
        } catch {
            return "\(error)"
        }
    }

    func testEachNormalizationShapesTheDCGANCritic() throws {
        let expectations: [(String, (Module) -> Bool)] = [
            ("batch_norm", { $0 is BatchNorm }), ("layer_norm", { $0 is LayerNorm }), ("spectral_norm", { $0 is SpectralNorm }),
        ]
        for (name, isNormalization) in expectations {
            let trainer = try trainer([("gan.discriminator_normalization", name)])
            let found = trainer.adversarial.discriminator.modules().filter(isNormalization).count
            XCTAssertEqual(found, name == "spectral_norm" ? 3 : 1, "\(name): both convolutions and the linear layer, or the one slot")
            XCTAssertNotNil(try trainer.trainStep()["loss_d"], name)
        }
        let plain = try trainer([("gan.discriminator_normalization", "none")])
        XCTAssertFalse(plain.adversarial.discriminator.modules().contains { $0 is BatchNorm || $0 is LayerNorm || $0 is SpectralNorm })
        let keys = Set(plain.adversarial.discriminator.namedParameters().map(\.0))
        XCTAssertEqual(keys, ["0.weight", "0.bias", "2.weight", "2.bias", "6.weight", "6.bias"], "indices as without the key")
        let penalized = try trainer([("gan.penalty", "wgan_gp"), ("gan.discriminator_normalization", "spectral_norm")])
        XCTAssertEqual(penalized.adversarial.discriminator.modules().filter { $0 is SpectralNorm }.count, 3)
    }

    func testResNetArchitectureTrainsWithOrWithoutSpectralNormalization() throws {
        let normalized = try trainer([("gan.architecture", "resnet"), ("gan.loss", "hinge")])
        let keys = Set(normalized.adversarial.discriminator.namedParameters().map(\.0))
        XCTAssertTrue(keys.contains("c3.weight_orig") && keys.contains("blocks.1.c2.weight_orig"), "\(keys.sorted())")
        XCTAssertFalse(keys.contains("blocks.2.c1.weight_orig"), "two down-blocks at 28x28")
        let metrics = try normalized.trainStep()
        XCTAssertTrue(metrics["loss_d"]!.isFinite && metrics["loss_g"]!.isFinite, "\(metrics)")
        let samples = normalized.samples(count: 2, seed: 1).samples
        XCTAssertEqual(samples.shape, [2, 1, 28, 28])
        let plain = try trainer([("gan.architecture", "resnet"), ("gan.discriminator_normalization", "none")])
        XCTAssertTrue(plain.adversarial.discriminator.namedParameters().map(\.0).contains("c3.weight"))
        XCTAssertNotNil(try plain.trainStep()["loss_d"])
    }

    func testMinibatchDiscriminationComesBeforeTheLastLayer() throws {
        for dataset in ["mnist", "ring"] {
            let trainer = try trainer([("dataset", dataset), ("gan.minibatch_discrimination", "true")])
            let layers = try XCTUnwrap(trainer.adversarial.discriminator as? Sequential).layers
            XCTAssertTrue(layers[layers.count - 2] is MinibatchDiscrimination, dataset)
            XCTAssertNotNil(try trainer.trainStep()["loss_d"], dataset)
        }
    }

    func testUnsuitableChoicesSayWhatToChange() {
        XCTAssertEqual(
            refusal([("gan.penalty", "r1"), ("gan.discriminator_normalization", "batch_norm")]),
            "gan.discriminator_normalization: batch_norm couples the samples a gradient penalty treats one by one; choose none, layer_norm or spectral_norm, or drop the penalty")
        let typo = refusal([("gan.discriminator_normalization", "spectral_nrom")])
        XCTAssertTrue(typo.hasPrefix("gan.discriminator_normalization: unknown value 'spectral_nrom' (did you mean 'spectral_norm'?)"), typo)
        XCTAssertEqual(
            refusal([("dataset", "ring"), ("gan.discriminator_normalization", "batch_norm")]),
            "gan.discriminator_normalization: mlp offers none, spectral_norm, not batch_norm")
        XCTAssertEqual(
            refusal([("gan.architecture", "resnet"), ("gan.discriminator_normalization", "layer_norm")]),
            "gan.discriminator_normalization: resnet offers spectral_norm, none, not layer_norm")
        XCTAssertEqual(
            refusal([("model", "began"), ("began.discriminator_normalization", "none")]),
            "began.discriminator_normalization: began's discriminator is an autoencoder with its own layers; remove the key")
        XCTAssertEqual(
            refusal([("gan.penalty", "wgan_gp"), ("gan.minibatch_discrimination", "true")]),
            "gan.minibatch_discrimination: compares the samples of a batch, which a gradient penalty treats one by one; drop one of the two")
        XCTAssertEqual(
            refusal([("gan.architecture", "resnet"), ("gan.minibatch_discrimination", "true")]),
            "gan.minibatch_discrimination: is available in the mlp and dcgan discriminators, not in resnet")
        XCTAssertEqual(
            refusal([("gan.architecture", "resnet"), ("gan.feature_matching", "true")]),
            "gan.feature_matching: needs the layered discriminator of mlp or dcgan (its features are all layers but the last); resnet has none")
    }
}
