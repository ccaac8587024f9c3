import Foundation
import SwiftGAN
import SwiftGANTestSupport
import XCTest

final class InfoGANTests: XCTestCase {
    func softplus(_ x: Double) -> Double { log1p(exp(x)) }
    func crossEntropy(_ logits: [Double], _ label: Int) -> Double { log(logits.map(exp).reduce(0, +)) - logits[label] }

    func testLatentAndGeneratorInputShapes() {
        let model = InfoGAN(generator: Activation(.identity), discriminator: Activation(.identity), noiseDimension: 3, categories: 4, continuousCodes: 2)
        var r = RandomGenerator(seed: 1)
        let latent = model.sampleLatent(count: 50, random: &r)
        XCTAssertEqual(latent.z.shape, [50, 5])
        let codes = latent.z.value.slice(axis: 1, start: 3, end: 5).elements
        XCTAssertTrue(codes.allSatisfy { $0 >= -1 && $0 <= 1 })
        XCTAssertTrue(latent.labels!.allSatisfy { (0..<4).contains($0) })
        let input = model.generate(latent, with: model.generator)
        XCTAssertEqual(input.shape, [50, model.generatorInputDimension])
        XCTAssertEqual(input.shape, [50, 9])
        XCTAssertEqual(model.discriminatorOutputDimension, 7)
    }

    func testDiscriminatorLossAddsTheWeightedInformationLoss() {
        var g = RandomGenerator(seed: 2)
        let d = Linear(2, 4, generator: &g)
        let w: [[Double]] = [[1, -1], [0.5, 2], [-1, 0.25], [0.3, -0.7]]
        let b: [Double] = [0.1, 0, -0.2, 0.05]
        d.weight.assign(NDArray(w.flatMap { $0.map(Float.init) }, shape: [4, 2]))
        d.bias!.assign(NDArray(b.map(Float.init), shape: [4]))
        let model = InfoGAN(generator: Activation(.identity), discriminator: d, noiseDimension: 1, categories: 2, continuousCodes: 1, infoWeight: 0.5, continuousWeight: 2)
        let out = { (x: [Double]) in (0..<4).map { i in w[i][0] * x[0] + w[i][1] * x[1] + b[i] } }
        let realX: [[Double]] = [[1, 2], [-1, 0.5]], fakeX: [[Double]] = [[0, 1], [2, -1]]
        let latent = Latent(z: Tensor([0.3, -0.5, 1.2, 0.8], shape: [2, 2]), labels: [1, 0])
        let real = Batch(images: NDArray(realX.flatMap { $0.map(Float.init) }, shape: [2, 2]), labels: nil, targets: nil, indices: [0, 1])
        let result = model.discriminatorLoss(real: real, fake: Tensor(fakeX.flatMap { $0.map(Float.init) }, shape: [2, 2]), latent: latent)
        let r = realX.map(out), f = fakeX.map(out)
        let adversarial = (softplus(-r[0][0]) + softplus(-r[1][0]) + softplus(f[0][0]) + softplus(f[1][0])) / 2
        let categorical = (crossEntropy([f[0][1], f[0][2]], 1) + crossEntropy([f[1][1], f[1][2]], 0)) / 2
        let continuous = (pow(f[0][3] - -0.5, 2) + pow(f[1][3] - 0.8, 2)) / 2
        XCTAssertEqual(Double(result.loss.scalarValue), adversarial + 0.5 * (categorical + 2 * continuous), accuracy: 1e-5)
        XCTAssertEqual(Double(result.metrics["info_continuous"]!), continuous, accuracy: 1e-5)
    }

    func makeModel() -> InfoGAN {
        var g = RandomGenerator(seed: 3)
        return InfoGAN(
            generator: MLP.generator(latent: 2 + 1 + 2, hidden: 16, generator: &g),
            discriminator: MLP.discriminator(hidden: 16, outputs: 1 + 2 + 1, generator: &g),
            noiseDimension: 2, categories: 2, continuousCodes: 1)
    }

    func testTheCategoricalCodeBecomesPredictable() throws {
        let model = makeModel()
        let data = ConditionalGANTests.twoClusters(count: 64, seed: 5)
        let trainer = ConditionalGANTests.trainer(model, try ConditionalGANTests.loader(data), learningRate: 5e-3)
        var r = RandomGenerator(seed: 9)
        func codeAccuracy() -> Float {
            let latent = model.sampleLatent(count: 200, random: &r)
            let predicted = model.code(of: withoutGrad { model.generate(latent, with: model.generator) }).categories
            return Float(zip(predicted, latent.labels!).filter { $0 == $1 }.count) / 200
        }
        var losses: [Float] = []
        for _ in 0..<300 { losses.append(try trainer.trainStep()["info_categorical"]!) }
        let accuracy = codeAccuracy()
        XCTAssertGreaterThan(accuracy, 0.9)
        XCTAssertLessThan(losses.suffix(5).reduce(0, +), losses.prefix(5).reduce(0, +) / 2, "\(losses)")
    }

    func testTrainerStepsAndCheckpointRoundTrip() throws {
        try ConditionalGANTests.assertResumeMatches { position in
            ConditionalGANTests.trainer(makeModel(), try ConditionalGANTests.loader(ConditionalGANTests.twoClusters(count: 64, seed: 5), position: position))
        }
    }
}
