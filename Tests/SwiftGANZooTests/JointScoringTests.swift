import SwiftGAN
@testable import SwiftGANZoo
import SwiftGANTestSupport
import XCTest

/// Real and fake batches scored in one pass when the discriminator allows it.
final class JointScoringTests: XCTestCase {
    func testWhichNetworksTreatSamplesIndependently() {
        var g = RandomGenerator(seed: 1)
        XCTAssertTrue(MLP.discriminator(generator: &g).treatsSamplesIndependently)
        XCTAssertTrue(DCGAN.discriminator(normalization: .none, generator: &g).treatsSamplesIndependently)
        XCTAssertFalse(DCGAN.discriminator(normalization: .batchNorm, generator: &g).treatsSamplesIndependently, "batch statistics")
        XCTAssertFalse(ResNetDiscriminator(generator: &g).treatsSamplesIndependently, "spectral norm updates per call")
        XCTAssertFalse(Sequential(Flatten(startAxis: 0)).treatsSamplesIndependently, "flattening the batch axis mixes samples")
        XCTAssertFalse(Sequential(Linear(2, 2, generator: &g), Dropout(0.5)).treatsSamplesIndependently, "random masks")
    }

    func testOnePassGivesTheScoresAndGradientsOfTwo() {
        for (packing, noise) in [(1, Float(0)), (2, 0), (1, 0.1)] {
            var g = RandomGenerator(seed: 2)
            let model = StandardGAN(
                generator: MLP.generator(latent: 3, hidden: 8, generator: &g),
                discriminator: MLP.discriminator(input: 2 * packing, hidden: 8, generator: &g), latentDimension: 3,
                loss: .nonSaturating, instanceNoise: noise, packing: packing)
            let real = Tensor(g.normal([6, 2])), fake = Tensor(g.normal([6, 2]))
            var first = RandomGenerator(seed: 3), second = first
            let joint = model.scores(real: real, fake: fake, step: 0, random: &first)
            let separate = (
                real: model.discriminate(real, step: 0, random: &second), fake: model.discriminate(fake, step: 0, random: &second))
            XCTAssertEqual(first, second, "the same random draws, packing \(packing), noise \(noise)")
            assertClose(joint.real.value, separate.real.value, rtol: 1e-6, atol: 1e-6)
            assertClose(joint.fake.value, separate.fake.value, rtol: 1e-6, atol: 1e-6)
            let parameters = model.discriminator.parameters().map(\.tensor)
            let a = gradients(of: joint.real.sum() - joint.fake.square().sum(), wrt: parameters)
            let b = gradients(of: separate.real.sum() - separate.fake.square().sum(), wrt: parameters)
            for (left, right) in zip(a, b) { assertClose(left.value, right.value, rtol: 1e-5, atol: 1e-6) }
        }
    }
}
