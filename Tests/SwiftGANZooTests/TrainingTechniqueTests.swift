import Foundation
import SwiftGAN
@testable import SwiftGANZoo
import SwiftGANTestSupport
import XCTest

/// Packing, feature matching and minibatch discrimination.
final class TrainingTechniqueTests: XCTestCase {
    func testPackingConcatenatesSamplesForTheDiscriminator() {
        var g = RandomGenerator(seed: 1)
        let model = StandardGAN(
            generator: MLP.generator(latent: 2, hidden: 4, generator: &g),
            discriminator: Activation(.identity), latentDimension: 2, loss: .wasserstein, packing: 2)
        let x = Tensor([1, 2, 3, 4, 5, 6, 7, 8], shape: [4, 2])
        XCTAssertEqual(model.packed(x).shape, [2, 4])
        XCTAssertEqual(model.packed(x).elements, x.elements)
        let images = Tensor.zeros([4, 1, 3, 3])
        XCTAssertEqual(model.packed(images).shape, [2, 2, 3, 3])
    }

    func testFeatureMatchingLossIsTheSquaredDistanceOfMeanFeatures() {
        var g = RandomGenerator(seed: 2)
        let generator = Activation(.identity)
        let discriminator = Sequential(Linear(2, 3, generator: &g), Activation(.relu), Linear(3, 1, generator: &g))
        let model = StandardGAN(
            generator: generator, discriminator: discriminator, latentDimension: 2, loss: .nonSaturating,
            generatorObjective: .featureMatching)
        let real = Batch(images: NDArray([1, 0, 0, 1], shape: [2, 2]), labels: nil, targets: nil, indices: [0, 1])
        var r = RandomGenerator(seed: 3), copy = r
        let loss = model.generatorLoss(count: 2, real: real, step: 0, random: &r).loss.scalarValue
        let z = model.sampleLatent(count: 2, random: &copy).z
        let features = Sequential(Array(discriminator.layers.dropLast()))
        let expected = (features(z).mean(axes: [0]) - features(Tensor(real.images)).mean(axes: [0])).square().sum().scalarValue
        XCTAssertEqual(loss, expected, accuracy: 1e-6)
    }

    func testMinibatchDiscriminationSeesACollapsedBatch() {
        var g = RandomGenerator(seed: 4)
        let layer = MinibatchDiscrimination(3, kernels: 4, kernelDimension: 2, generator: &g)
        let same = layer(Tensor(NDArray([0.5, -1, 2], shape: [1, 3]).expanded(to: [5, 3])))
        XCTAssertEqual(same.shape, [5, 7])
        assertClose(same.value.slice(axis: 1, start: 3, end: 7), [Float](repeating: 4, count: 20), shape: [5, 4], atol: 1e-5)
        let spread = layer(Tensor(g.normal([5, 3], std: 10)))
        XCTAssertLessThan(spread.value.slice(axis: 1, start: 3, end: 7).sum().scalarValue, 20 * 4 / 2)
        XCTAssertEqual(layer.stateDict().keys, ["T"])
        FiniteDifferences.checkFirst([g.normal([3, 3], std: 3)]) { layer($0[0]) }
    }
}
