import Foundation
import SwiftGAN
import SwiftGANTestSupport
import XCTest

final class ConditionalGANTests: XCTestCase {
    /// Two well-separated classes: class 0 near (-2, 0), class 1 near (2, 0); when
    /// `unlabeledEvery` is given, every `unlabeledEvery`-th pair of labels is -1.
    static func twoClusters(count: Int, seed: UInt64, unlabeledEvery: Int? = nil) -> ArrayDataset {
        var g = RandomGenerator(seed: seed)
        var points: [Float] = []
        var labels: [Int] = []
        for i in 0..<count {
            let label = i % 2
            let noise = g.normal([2], std: 0.1).elements
            points += [Float(4 * label - 2) + noise[0], noise[1]]
            labels.append(unlabeledEvery.map { (i / 2) % $0 == 0 } == true ? -1 : label)
        }
        return ArrayDataset(images: NDArray(points, shape: [count, 2]), labels: labels, classCount: 2)
    }

    static func loader(_ dataset: ArrayDataset, position: LoaderPosition = LoaderPosition()) throws -> DataLoader {
        try DataLoader(dataset, batchSize: 16, normalize: false, seed: 6, prefetch: 0, startingAt: position)
    }

    static func trainer(_ model: any GANModel, _ loader: DataLoader, learningRate: Float = 1e-3) -> Trainer {
        Trainer(
            model: model, loader: loader,
            generatorOptimizer: Adam(model.generator.parameters(), learningRate: learningRate, betas: (0.5, 0.999)),
            discriminatorOptimizer: Adam(model.discriminator.parameters(), learningRate: learningRate, betas: (0.5, 0.999)), seed: 7)
    }

    /// Five steps, a checkpoint, a restored trainer and five more steps equal ten straight steps.
    static func assertResumeMatches(_ make: (LoaderPosition) throws -> Trainer, file: StaticString = #filePath, line: UInt = #line) throws {
        let straight = try make(LoaderPosition())
        for _ in 0..<10 { try straight.trainStep() }
        let first = try make(LoaderPosition())
        for _ in 0..<5 { try first.trainStep() }
        let saved = first.checkpoint(configuration: "test")
        let resumed = try make(Trainer.loaderPosition(in: saved))
        try resumed.restore(saved)
        XCTAssertEqual(resumed.step, 5, file: file, line: line)
        for _ in 0..<5 { try resumed.trainStep() }
        XCTAssertEqual(resumed.adversarial.generator.stateDict(), straight.adversarial.generator.stateDict(), file: file, line: line)
        XCTAssertEqual(resumed.adversarial.discriminator.stateDict(), straight.adversarial.discriminator.stateDict(), file: file, line: line)
    }

    func softplus(_ x: Double) -> Double { log1p(exp(x)) }

    func testGeneratorAndDiscriminatorInputsCarryTheOneHotLabel() {
        let model = ConditionalGAN(generator: Activation(.identity), discriminator: Activation(.identity), latentDimension: 2, classCount: 3)
        let input = model.generate(Latent(z: Tensor([1, 2, 3, 4], shape: [2, 2]), labels: [2, 0]), with: model.generator)
        XCTAssertEqual(input.shape, [2, 5])
        XCTAssertEqual(input.elements, [1, 2, 0, 0, 1, 3, 4, 1, 0, 0])
        XCTAssertEqual(model.discriminate(Tensor([5, 6], shape: [1, 2]), labels: [1]).elements, [5, 6, 0, 1, 0])

        let images = model.discriminate(Tensor([Float](repeating: 9, count: 8), shape: [2, 1, 2, 2]), labels: [1, 2])
        XCTAssertEqual(images.shape, [2, 4, 2, 2])
        XCTAssertEqual(images.elements, [9, 9, 9, 9, 0, 0, 0, 0, 1, 1, 1, 1, 0, 0, 0, 0] + [9, 9, 9, 9, 0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1])
    }

    func testSampledLabelsAreUniformOverTheClasses() {
        let model = ConditionalGAN(generator: Activation(.identity), discriminator: Activation(.identity), latentDimension: 3, classCount: 4)
        var r = RandomGenerator(seed: 1)
        let latent = model.sampleLatent(count: 400, random: &r)
        XCTAssertEqual(latent.z.shape, [400, 3])
        let counts = (0..<4).map { c in latent.labels!.filter { $0 == c }.count }
        XCTAssertTrue(counts.allSatisfy { $0 > 70 && $0 < 130 }, "\(counts)")
    }

    func testDiscriminatorLossMatchesTheFormula() {
        var g = RandomGenerator(seed: 2)
        let d = Linear(4, 1, generator: &g)
        d.weight.assign(NDArray([0.5, -1, 2, -3], shape: [1, 4]))
        d.bias!.assign(NDArray([0.25], shape: [1]))
        let model = ConditionalGAN(generator: Activation(.identity), discriminator: d, latentDimension: 2, classCount: 2)
        let real = Batch(images: NDArray([1, 2, -1, 0], shape: [2, 2]), labels: [0, 1], targets: nil, indices: [0, 1])
        let fake = Tensor([0, 1, 3, -2], shape: [2, 2])
        let result = model.discriminatorLoss(real: real, fake: fake, fakeLabels: [1, 1])
        let score = { (x: Double, y: Double, label: Int) in 0.5 * x - y + (label == 0 ? 2 : -3) + 0.25 }
        let realScores = [score(1, 2, 0), score(-1, 0, 1)], fakeScores = [score(0, 1, 1), score(3, -2, 1)]
        let expected = realScores.map { softplus(-$0) }.reduce(0, +) / 2 + fakeScores.map(softplus).reduce(0, +) / 2
        XCTAssertEqual(Double(result.loss.scalarValue), expected, accuracy: 1e-5)
    }

    func testABatchWithoutLabelsIsRefusedWithAMessage() {
        let batch = Batch(images: NDArray(zeros: [2, 2]), labels: nil, targets: nil, indices: [0, 1])
        let problem = ClassLabels.problem(with: batch, classes: 2, model: "ConditionalGAN")
        XCTAssertEqual(problem, "ConditionalGAN needs labeled batches but the batch has no labels; give the dataset labels (ArrayDataset(images:labels:))")
        let outOfRange = Batch(images: NDArray(zeros: [2, 2]), labels: [0, 2], targets: nil, indices: [0, 1])
        XCTAssertTrue(ClassLabels.problem(with: outOfRange, classes: 2, model: "ConditionalGAN")!.contains("label 2 is outside 0..<2"))
        XCTAssertNil(ClassLabels.problem(with: Batch(images: NDArray(zeros: [2, 2]), labels: [1, 0], targets: nil, indices: [0, 1]), classes: 2, model: "ConditionalGAN"))
    }

    func testArchitecturesTakeTheLabel() {
        var g = RandomGenerator(seed: 3)
        let d = ConditionalDCGAN.discriminator(channels: 1, classes: 10, generator: &g)
        let model = ConditionalGAN(generator: ConditionalDCGAN.generator(latent: 8, classes: 10, generator: &g), discriminator: d, latentDimension: 8, classCount: 10)
        var r = RandomGenerator(seed: 4)
        let samples = model.generate(model.sampleLatent(count: 2, random: &r), with: model.generator)
        XCTAssertEqual(samples.shape, [2, 1, 28, 28])
        XCTAssertEqual(model.discriminate(samples, labels: [3, 9]).shape, [2, 1])
    }

    func testTrainerStepsAndCheckpointRoundTrip() throws {
        try Self.assertResumeMatches { position in
            var g = RandomGenerator(seed: 3)
            let model = ConditionalGAN(
                generator: ConditionalMLP.generator(latent: 4, classes: 2, hidden: 16, generator: &g),
                discriminator: ConditionalMLP.discriminator(classes: 2, hidden: 16, generator: &g), latentDimension: 4, classCount: 2, loss: .hinge)
            return Self.trainer(model, try Self.loader(Self.twoClusters(count: 64, seed: 5), position: position))
        }
    }
}
