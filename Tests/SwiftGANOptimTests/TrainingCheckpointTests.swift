import Foundation
import SwiftGAN
import SwiftGANTestSupport
import XCTest

final class TrainingCheckpointTests: XCTestCase {
    var directory: URL!

    override func setUpWithError() throws {
        directory = FileManager.default.temporaryDirectory.appendingPathComponent("checkpoint-tests-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(at: directory)
    }

    /// A tiny training setup: a model, its Adam optimizer, an EMA copy and a data generator.
    final class Run {
        let model: Sequential
        let average: ExponentialMovingAverage
        let optimizer: Adam
        var data: RandomGenerator

        init(seed: UInt64) {
            var g = RandomGenerator(seed: seed)
            func build(_ g: inout RandomGenerator) -> Sequential {
                Sequential(Linear(3, 4, generator: &g), BatchNorm(4), Activation(.leakyRelu(0.2)), Linear(4, 1, generator: &g))
            }
            model = build(&g)
            var other = RandomGenerator(seed: seed + 1)
            average = ExponentialMovingAverage(target: model.copy { build(&other) }, decay: .beta(0.9))
            optimizer = Adam(model.parameters(), learningRate: 0.01)
            data = RandomGenerator(seed: seed + 2)
        }

        func train(steps: Int) {
            for _ in 0..<steps {
                let x = Tensor(data.normal([8, 3]))
                optimizer.zeroGrad()
                model(x).square().mean().backward()
                optimizer.step()
                average.update(from: model, batchSize: 8)
            }
        }

        func checkpoint(step: Int) -> TrainingCheckpoint {
            TrainingCheckpoint(
                step: step, modules: ["model": model, "model_ema": average.target], optimizers: ["model": optimizer],
                averages: ["model_ema": average], randomGenerators: ["data": data], configuration: "lr: 0.01\n")
        }

        func restore(_ checkpoint: TrainingCheckpoint) throws {
            try checkpoint.restore(
                modules: ["model": model, "model_ema": average.target], optimizers: ["model": optimizer], averages: ["model_ema": average])
            data = checkpoint.randomGenerators["data"]!
        }
    }

    func testRoundTripKeepsEverything() throws {
        let run = Run(seed: 1)
        run.train(steps: 3)
        let checkpoint = run.checkpoint(step: 3)
        let url = directory.appendingPathComponent("a.safetensors")
        try checkpoint.write(to: url)
        let loaded = try TrainingCheckpoint(contentsOf: url)
        XCTAssertEqual(loaded, checkpoint)
        XCTAssertEqual(loaded.step, 3)
        XCTAssertEqual(loaded.configuration, "lr: 0.01\n")
        XCTAssertEqual(loaded.modules["model"]?.keys.contains("1.running_mean"), true)
        XCTAssertEqual(loaded.optimizers["model"]?.keys.contains("state.0.exp_avg"), true)
    }

    func testSaveRestoreAndContinueEqualsAnUninterruptedRun() throws {
        let straight = Run(seed: 5)
        straight.train(steps: 6)

        let first = Run(seed: 5)
        first.train(steps: 3)
        let url = directory.appendingPathComponent("half.safetensors")
        try first.checkpoint(step: 3).write(to: url)
        let resumed = Run(seed: 77)
        try resumed.restore(TrainingCheckpoint(contentsOf: url))
        resumed.train(steps: 3)

        XCTAssertEqual(resumed.model.stateDict(), straight.model.stateDict())
        XCTAssertEqual(resumed.average.target.stateDict(), straight.average.target.stateDict())
        XCTAssertEqual(resumed.optimizer.stateDict(), straight.optimizer.stateDict())
    }

    func testDamagedFileFailsTheChecksum() throws {
        let url = directory.appendingPathComponent("damaged.safetensors")
        try Run(seed: 2).checkpoint(step: 0).write(to: url)
        var bytes = try Data(contentsOf: url)
        bytes[bytes.count - 3] ^= 0x40
        try bytes.write(to: url)
        XCTAssertThrowsError(try TrainingCheckpoint(contentsOf: url)) { error in
            let text = "\(error)"
            XCTAssertTrue(text.hasPrefix("checkpoint \(url.path): checksum mismatch"), text)
        }
        try bytes.prefix(100).write(to: url)
        XCTAssertThrowsError(try TrainingCheckpoint(contentsOf: url)) { error in
            XCTAssertTrue("\(error)".contains(url.path), "\(error)")
        }
    }

    func testRestoringIntoAnotherArchitectureNamesTheMismatchAndChangesNothing() throws {
        let checkpoint = Run(seed: 3).checkpoint(step: 1)
        var g = RandomGenerator(seed: 4)
        let other = Sequential(Linear(3, 5, generator: &g), Activation(.relu), Linear(5, 1, generator: &g))
        let before = other.stateDict()
        XCTAssertThrowsError(try checkpoint.restore(modules: ["model": other])) { error in
            let text = "\(error)"
            XCTAssertTrue(text.contains("module 'model'"), text)
            XCTAssertTrue(text.contains("unexpected keys: 1.weight, 1.bias, 1.running_mean"), text)
            XCTAssertTrue(text.contains("shape mismatch for 0.weight: the module has [5, 3], the state dict [4, 3]"), text)
        }
        XCTAssertEqual(other.stateDict(), before)
        XCTAssertThrowsError(try checkpoint.restore(modules: ["critic": other])) { error in
            XCTAssertTrue("\(error)".contains("no module state for critic"), "\(error)")
        }
    }

    func testCRC32MatchesTheStandardCheckValue() {
        var crc = CRC32()
        crc.update(Array("123456789".utf8))
        XCTAssertEqual(crc.value, 0xCBF4_3926)
    }
}
