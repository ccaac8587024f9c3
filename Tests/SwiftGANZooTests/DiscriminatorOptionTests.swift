import Foundation
import SwiftGAN
import XCTest

/// The discriminator options of compare_gan's study and the improved techniques,
/// chosen by configuration: normalization, minibatch discrimination, ResNets.
final class DiscriminatorOptionTests: XCTestCase {
    private func mnist(_ change: (inout TrainingConfiguration) -> Void) -> TrainingConfiguration {
        var c = TrainingConfiguration()
        (c.dataset, c.batchSize, c.hidden) = ("mnist", 4, 8)
        change(&c)
        return c
    }

    private func refusal(_ c: TrainingConfiguration) -> String {
        do {
            _ = try ZooBuilder.trainer(for: c)
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
            let trainer = try ZooBuilder.trainer(for: mnist { $0.discriminatorNormalization = name })
            let found = trainer.model.discriminator.modules().filter(isNormalization).count
            XCTAssertEqual(found, name == "spectral_norm" ? 3 : 1, "\(name): both convolutions and the linear layer, or the one slot")
            XCTAssertNotNil(try trainer.trainStep()["loss_d"], name)
        }
        let plain = try ZooBuilder.trainer(for: mnist { $0.discriminatorNormalization = "none" })
        XCTAssertFalse(plain.model.discriminator.modules().contains { $0 is BatchNorm || $0 is LayerNorm || $0 is SpectralNorm })
        let keys = Set(plain.model.discriminator.namedParameters().map(\.0))
        XCTAssertEqual(keys, ["0.weight", "0.bias", "2.weight", "2.bias", "6.weight", "6.bias"], "indices as without the key")
        let penalized = try ZooBuilder.trainer(for: mnist { ($0.penalty, $0.discriminatorNormalization) = ("wgan_gp", "spectral_norm") })
        XCTAssertEqual(penalized.model.discriminator.modules().filter { $0 is SpectralNorm }.count, 3)
    }

    func testResNetArchitectureTrainsWithOrWithoutSpectralNormalization() throws {
        let normalized = try ZooBuilder.trainer(for: mnist { ($0.architecture, $0.loss) = ("resnet28", "hinge") })
        let keys = Set(normalized.model.discriminator.namedParameters().map(\.0))
        XCTAssertTrue(keys.contains("c3.weight_orig") && keys.contains("blocks.1.c2.weight_orig"), "\(keys.sorted())")
        XCTAssertFalse(keys.contains("blocks.2.c1.weight_orig"), "two down-blocks at 28x28")
        let metrics = try normalized.trainStep()
        XCTAssertTrue(metrics["loss_d"]!.isFinite && metrics["loss_g"]!.isFinite, "\(metrics)")
        let samples = normalized.samples(count: 2, seed: 1).samples
        XCTAssertEqual(samples.shape, [2, 1, 28, 28])
        let plain = try ZooBuilder.trainer(for: mnist { ($0.architecture, $0.discriminatorNormalization) = ("resnet28", "none") })
        XCTAssertTrue(plain.model.discriminator.namedParameters().map(\.0).contains("c3.weight"))
        XCTAssertNotNil(try plain.trainStep()["loss_d"])
    }

    func testMinibatchDiscriminationComesBeforeTheLastLayer() throws {
        for dataset in ["mnist", "ring"] {
            let trainer = try ZooBuilder.trainer(for: mnist { ($0.dataset, $0.minibatchDiscrimination) = (dataset, true) })
            let layers = try XCTUnwrap(trainer.model.discriminator as? Sequential).layers
            XCTAssertTrue(layers[layers.count - 2] is MinibatchDiscrimination, dataset)
            XCTAssertNotNil(try trainer.trainStep()["loss_d"], dataset)
        }
    }

    func testUnsuitableChoicesSayWhatToChange() {
        XCTAssertEqual(
            refusal(mnist { ($0.penalty, $0.discriminatorNormalization) = ("r1", "batch_norm") }),
            "discriminator_normalization: batch_norm couples the samples a gradient penalty treats one by one; choose none, layer_norm or spectral_norm, or drop the penalty")
        let typo = refusal(mnist { $0.discriminatorNormalization = "spectral_nrom" })
        XCTAssertTrue(typo.hasPrefix("discriminator_normalization: unknown value 'spectral_nrom' (did you mean 'spectral_norm'?)"), typo)
        XCTAssertEqual(
            refusal(mnist { ($0.dataset, $0.discriminatorNormalization) = ("ring", "batch_norm") }),
            "discriminator_normalization: mlp offers none, spectral_norm, not batch_norm")
        XCTAssertEqual(
            refusal(mnist { ($0.architecture, $0.discriminatorNormalization) = ("resnet28", "layer_norm") }),
            "discriminator_normalization: resnet28 offers spectral_norm, none, not layer_norm")
        XCTAssertEqual(
            refusal(mnist { ($0.model, $0.discriminatorNormalization) = ("began", "none") }),
            "discriminator_normalization: began's discriminator is an autoencoder with its own layers; remove the key")
        XCTAssertEqual(
            refusal(mnist { ($0.penalty, $0.minibatchDiscrimination) = ("wgan_gp", true) }),
            "minibatch_discrimination: compares the samples of a batch, which a gradient penalty treats one by one; drop one of the two")
        XCTAssertEqual(
            refusal(mnist { ($0.architecture, $0.minibatchDiscrimination) = ("resnet28", true) }),
            "minibatch_discrimination: is available in the mlp and dcgan28 discriminators, not in resnet28")
        XCTAssertEqual(
            refusal(mnist { ($0.architecture, $0.featureMatching) = ("resnet28", true) }),
            "feature_matching: needs the layered discriminator of mlp or dcgan28 (its features are all layers but the last); resnet28 has none")
    }
}
