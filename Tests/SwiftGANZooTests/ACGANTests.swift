import Foundation
import SwiftGAN
import SwiftGANTestSupport
import XCTest

final class ACGANTests: XCTestCase {
    func softplus(_ x: Double) -> Double { log1p(exp(x)) }
    /// -log softmax(logits)[label].
    func crossEntropy(_ logits: [Double], _ label: Int) -> Double { log(logits.map(exp).reduce(0, +)) - logits[label] }

    func testLossesMatchTheFormulas() {
        var g = RandomGenerator(seed: 2)
        let d = Linear(2, 3, generator: &g)
        let w: [[Double]] = [[1, -1], [0.5, 2], [-1, 0.25]]
        d.weight.assign(NDArray(w.flatMap { $0.map(Float.init) }, shape: [3, 2]))
        d.bias!.assign(NDArray([0.1, 0, -0.2], shape: [3]))
        let model = ACGAN(generator: Activation(.identity), discriminator: d, latentDimension: 2, classCount: 2)
        let out = { (x: [Double]) in (0..<3).map { i in w[i][0] * x[0] + w[i][1] * x[1] + [0.1, 0, -0.2][i] } }
        let realX: [[Double]] = [[1, 2], [-1, 0.5]], fakeX: [[Double]] = [[0, 1], [2, -1]]
        let real = Batch(images: NDArray(realX.flatMap { $0.map(Float.init) }, shape: [2, 2]), labels: [1, 0], targets: nil, indices: [0, 1])
        let result = model.discriminatorLoss(real: real, fake: Tensor(fakeX.flatMap { $0.map(Float.init) }, shape: [2, 2]), fakeLabels: [0, 0])
        let r = realX.map(out), f = fakeX.map(out)
        let adversarial = (softplus(-r[0][0]) + softplus(-r[1][0]) + softplus(f[0][0]) + softplus(f[1][0])) / 2
        let classReal = (crossEntropy(Array(r[0][1...]), 1) + crossEntropy(Array(r[1][1...]), 0)) / 2
        let classFake = (crossEntropy(Array(f[0][1...]), 0) + crossEntropy(Array(f[1][1...]), 0)) / 2
        XCTAssertEqual(Double(result.loss.scalarValue), adversarial + classReal + classFake, accuracy: 1e-5)
        XCTAssertEqual(Double(result.metrics["class_real"]!), classReal, accuracy: 1e-5)
        let accuracy = Float([r[0][2] > r[0][1], r[1][1] > r[1][2]].filter { $0 }.count) / 2
        XCTAssertEqual(result.metrics["accuracy_real"], accuracy)
    }

    func testGeneratorLossAddsTheClassTerm() {
        var g = RandomGenerator(seed: 3)
        let model = ACGAN(
            generator: ConditionalMLP.generator(latent: 2, classes: 2, hidden: 8, generator: &g),
            discriminator: MLP.discriminator(hidden: 8, outputs: 3, generator: &g), latentDimension: 2, classCount: 2)
        var r = RandomGenerator(seed: 4), copy = r
        let batch = Batch(images: NDArray(zeros: [4, 2]), labels: [0, 1, 0, 1], targets: nil, indices: [0, 1, 2, 3])
        let result = model.generatorLoss(count: 4, real: batch, step: 0, random: &r)
        let latent = model.sampleLatent(count: 4, random: &copy)
        let (adversarial, classes) = model.discriminate(model.generate(latent, with: model.generator))
        let expected = AdversarialLoss.nonSaturating.generatorLoss(fake: adversarial).scalarValue
            + ClassLabels.crossEntropy(logits: classes, labels: latent.labels!).scalarValue
        XCTAssertEqual(result.loss.scalarValue, expected, accuracy: 1e-5)
    }

    func makeModel() -> ACGAN {
        var g = RandomGenerator(seed: 3)
        return ACGAN(
            generator: ConditionalMLP.generator(latent: 4, classes: 2, hidden: 16, generator: &g),
            discriminator: MLP.discriminator(hidden: 16, outputs: 3, generator: &g), latentDimension: 4, classCount: 2)
    }

    func testClassifierAccuracyOnRealDataRisesAboveChance() throws {
        let data = ConditionalGANTests.twoClusters(count: 64, seed: 5)
        let model = makeModel()
        let trainer = ConditionalGANTests.trainer(model, try ConditionalGANTests.loader(data), learningRate: 5e-3)
        var accuracies: [Float] = []
        for _ in 0..<40 { accuracies.append(try trainer.trainStep()["accuracy_real"]!) }
        let predicted = model.classify(Tensor(data.images))
        let accuracy = Float(zip(predicted, data.labels!).filter { $0 == $1 }.count) / Float(data.count)
        XCTAssertGreaterThan(accuracy, 0.9, "accuracy by step: \(accuracies)")
    }

    func testTrainerStepsAndCheckpointRoundTrip() throws {
        try ConditionalGANTests.assertResumeMatches { position in
            ConditionalGANTests.trainer(makeModel(), try ConditionalGANTests.loader(ConditionalGANTests.twoClusters(count: 64, seed: 5), position: position))
        }
    }
}
