import Foundation
import SwiftGAN
import SwiftGANTestSupport
import XCTest

final class SemiSupervisedGANTests: XCTestCase {
    func softplus(_ x: Double) -> Double { log1p(exp(x)) }
    func logSumExp(_ v: [Double]) -> Double { log(v.map(exp).reduce(0, +)) }

    func testDiscriminatorLossMatchesTheFormulaWithUnlabeledRows() {
        var g = RandomGenerator(seed: 2)
        let d = Linear(2, 2, generator: &g)
        let w: [[Double]] = [[1, -1], [0.5, 2]], b: [Double] = [0.1, -0.3]
        d.weight.assign(NDArray(w.flatMap { $0.map(Float.init) }, shape: [2, 2]))
        d.bias!.assign(NDArray(b.map(Float.init), shape: [2]))
        let model = SemiSupervisedGAN(generator: Activation(.identity), discriminator: d, latentDimension: 2, classCount: 2)
        let out = { (x: [Double]) in (0..<2).map { i in w[i][0] * x[0] + w[i][1] * x[1] + b[i] } }
        let realX: [[Double]] = [[1, 2], [-1, 0.5], [0.2, -0.4]], fakeX: [[Double]] = [[0, 1], [2, -1]]
        let real = Batch(images: NDArray(realX.flatMap { $0.map(Float.init) }, shape: [3, 2]), labels: [1, -1, 0], targets: nil, indices: [0, 1, 2])
        var random = RandomGenerator(seed: 0)
        let result = model.discriminatorLoss(real: real, fake: Tensor(fakeX.flatMap { $0.map(Float.init) }, shape: [2, 2]), fakeLatent: Latent(z: Tensor.zeros([2, 1])), step: 0, random: &random)
        let r = realX.map(out), f = fakeX.map(out)
        let unsupervised = r.map { softplus(-logSumExp($0)) }.reduce(0, +) / 3 + f.map { softplus(logSumExp($0)) }.reduce(0, +) / 2
        let supervised = ((logSumExp(r[0]) - r[0][1]) + (logSumExp(r[2]) - r[2][0])) / 2
        XCTAssertEqual(Double(result.loss.scalarValue), unsupervised + supervised, accuracy: 1e-5)
        XCTAssertEqual(result.metrics["labeled_fraction"]!, 2.0 / 3, accuracy: 1e-6)
        let generatorLoss = model.generatorLoss(count: 2, real: real, step: 0, random: &random)
        XCTAssertEqual(generatorLoss.loss.shape, [])
    }

    func testDiscriminatorOfZIsZOverZPlusOne() {
        let logits = Tensor([0.5, -1, 2, 0, 0, 0], shape: [2, 3])
        let probability = SemiSupervisedGAN.adversarialLogit(logits).sigmoid().elements
        for (p, row) in [[0.5, -1, 2], [0.0, 0, 0]].enumerated() {
            let z = row.map(exp).reduce(0, +)
            XCTAssertEqual(Double(probability[p]), z / (z + 1), accuracy: 1e-6)
        }
    }

    func testUnlabeledMarksAreAcceptedButMissingLabelsAreNot() {
        let images = NDArray(zeros: [2, 2])
        XCTAssertNil(ClassLabels.problem(with: Batch(images: images, labels: [-1, 1], targets: nil, indices: [0, 1]), classes: 2, model: "SemiSupervisedGAN", allowUnlabeled: true))
        XCTAssertTrue(ClassLabels.problem(with: Batch(images: images, labels: nil, targets: nil, indices: [0, 1]), classes: 2, model: "SemiSupervisedGAN", allowUnlabeled: true)!
            .contains("needs labeled batches but the batch has no labels"))
        XCTAssertTrue(ClassLabels.problem(with: Batch(images: images, labels: [-2, 1], targets: nil, indices: [0, 1]), classes: 2, model: "SemiSupervisedGAN", allowUnlabeled: true)!
            .contains("or -1 for unlabeled"))
    }

    func makeModel() -> SemiSupervisedGAN {
        var g = RandomGenerator(seed: 3)
        return SemiSupervisedGAN(
            generator: MLP.generator(latent: 4, hidden: 16, generator: &g),
            discriminator: MLP.discriminator(hidden: 16, outputs: 2, generator: &g), latentDimension: 4, classCount: 2)
    }

    func testSupervisedLossFallsWithHalfTheLabelsHidden() throws {
        let model = makeModel()
        let data = ConditionalGANTests.twoClusters(count: 64, seed: 5, unlabeledEvery: 2)
        let trainer = ConditionalGANTests.trainer(model, try ConditionalGANTests.loader(data), learningRate: 5e-3)
        var losses: [Float] = []
        for _ in 0..<40 { losses.append(try trainer.trainStep()["supervised"]!) }
        XCTAssertLessThan(losses.suffix(5).reduce(0, +), losses.prefix(5).reduce(0, +) / 2, "\(losses)")
        let truth = ConditionalGANTests.twoClusters(count: 64, seed: 5)
        let predicted = model.classify(Tensor(truth.images))
        XCTAssertGreaterThan(Float(zip(predicted, truth.labels!).filter { $0 == $1 }.count) / 64, 0.9)
    }

    func testTrainerStepsAndCheckpointRoundTrip() throws {
        try ConditionalGANTests.assertResumeMatches { position in
            ConditionalGANTests.trainer(makeModel(), try ConditionalGANTests.loader(ConditionalGANTests.twoClusters(count: 64, seed: 5, unlabeledEvery: 3), position: position))
        }
    }
}
