import SwiftGAN
import SwiftGANTestSupport
import XCTest

/// A small model in the shape of the tests' needs: nested children, an array of
/// blocks, an optional layer, buffers.
private final class Block: Module, Layer {
    let conv1: Conv2d
    let norm: BatchNorm
    init(_ channels: Int, generator: inout RandomGenerator) {
        conv1 = Conv2d(channels, channels, kernel: 3, padding: 1, generator: &generator)
        norm = BatchNorm(channels)
    }
    func callAsFunction(_ x: Tensor) -> Tensor { norm(conv1(x)).relu() }
}

private final class Network: Module, Layer {
    let stem: Conv2d
    let blocks: [Block]
    let head: Linear?
    init(head: Bool = true, generator: inout RandomGenerator) {
        stem = Conv2d(1, 4, kernel: 3, padding: 1, generator: &generator)
        blocks = [Block(4, generator: &generator), Block(4, generator: &generator)]
        self.head = head ? Linear(4 * 4 * 4, 1, generator: &generator) : nil
    }
    func callAsFunction(_ x: Tensor) -> Tensor {
        let h = blocks.reduce(stem(x)) { $1($0) }
        return head.map { $0(h.flatten()) } ?? h
    }
}

final class ModuleTests: XCTestCase {
    var generator = RandomGenerator(seed: 1)

    func testKeysFollowPyTorchNaming() {
        let net = Network(generator: &generator)
        XCTAssertEqual(net.stateDict().keys, [
            "stem.weight", "stem.bias",
            "blocks.0.conv1.weight", "blocks.0.conv1.bias",
            "blocks.0.norm.weight", "blocks.0.norm.bias",
            "blocks.0.norm.running_mean", "blocks.0.norm.running_var", "blocks.0.norm.num_batches_tracked",
            "blocks.1.conv1.weight", "blocks.1.conv1.bias",
            "blocks.1.norm.weight", "blocks.1.norm.bias",
            "blocks.1.norm.running_mean", "blocks.1.norm.running_var", "blocks.1.norm.num_batches_tracked",
            "head.weight", "head.bias",
        ])
        XCTAssertEqual(net.parameterCount, 40 + 2 * (148 + 8) + 65)
        XCTAssertEqual(Sequential(Linear(2, 3, generator: &generator), Activation(.relu), Linear(3, 1, generator: &generator)).stateDict().keys,
                       ["0.weight", "0.bias", "2.weight", "2.bias"])
    }

    func testStrictLoadReportsEveryMismatchAndChangesNothing() {
        let net = Network(generator: &generator)
        let before = net.stateDict()
        var state = Network(generator: &generator).stateDict()
        state["head.weight"] = nil
        state["extra.weight"] = NDArray(zeros: [1])
        state["stem.bias"] = NDArray(zeros: [5])
        XCTAssertThrowsError(try net.load(state)) { error in
            let mismatch = error as! StateDictMismatch
            XCTAssertEqual(mismatch.missingKeys, ["head.weight"])
            XCTAssertEqual(mismatch.unexpectedKeys, ["extra.weight"])
            XCTAssertEqual(mismatch.shapeMismatches, [.init(key: "stem.bias", expected: [4], found: [5])])
            XCTAssertTrue(mismatch.description.contains("missing keys: head.weight"))
        }
        XCTAssertEqual(net.stateDict(), before)
        let headless = Network(head: false, generator: &generator)
        XCTAssertThrowsError(try headless.load(before))
        XCTAssertNoThrow(try headless.load(before.filtering { !$0.hasPrefix("head.") }))
    }

    func testModesFreezingAndCopy() throws {
        let net = Network(generator: &generator)
        net.eval()
        XCTAssertTrue(net.modules().allSatisfy { !$0.isTraining })
        net.blocks[1].train()
        XCTAssertTrue(net.blocks[1].norm.isTraining)
        XCTAssertFalse(net.blocks[0].norm.isTraining)
        net.stem.freeze()
        XCTAssertFalse(net.stem.weight.isTrainable)
        XCTAssertEqual(net.trainableParameters().count, net.parameters().count - 2)

        var other = RandomGenerator(seed: 99)
        let copy = net.copy { Network(generator: &other) }
        XCTAssertEqual(copy.stateDict(), net.stateDict())
        XCTAssertFalse(copy.stem.weight.isTrainable)
        XCTAssertTrue(copy.blocks[1].isTraining)
        XCTAssertFalse(copy.isTraining)
        copy.stem.weight.assign(NDArray(zeros: [4, 1, 3, 3]))
        XCTAssertNotEqual(copy.stateDict(), net.stateDict(), "the copy shares no storage")
    }

    func testFrozenParametersGetNoGradient() {
        let net = Network(generator: &generator)
        net.stem.freeze()
        net(Tensor(generator.normal([2, 1, 4, 4]))).sum().backward()
        XCTAssertNil(net.stem.weight.grad)
        XCTAssertNotNil(net.blocks[0].conv1.weight.grad)
        net.zeroGrad()
        XCTAssertNil(net.blocks[0].conv1.weight.grad)
    }

    func testSummaryListsEveryModuleAndTheTotal() {
        let summary = Network(generator: &generator).summary()
        XCTAssertTrue(summary.contains("blocks.0: Block"), summary)
        XCTAssertTrue(summary.contains("conv1: Conv2d  (weight [4, 4, 3, 3], bias [4]; 148 parameters)"), summary)
        XCTAssertTrue(summary.hasSuffix("total: 417 parameters (417 trainable)"), summary)
    }
}
