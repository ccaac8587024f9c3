import Foundation
import SwiftGAN
import SwiftGANTestSupport
import XCTest

/// The reference networks of the benchmark peer (`shared/bench/torch_peer.py`)
/// built in Swift (`ReferenceModels.swift`) against PyTorch: the PyTorch
/// weights load strictly, and a training-mode step (output, gradients of
/// `sum(output * weight)` with respect to the input and every parameter,
/// buffers after) and an evaluation-mode forward pass match within a relative
/// error of 1e-4.
///
/// The references are `Fixtures/models/<case>.safetensors`, written by
/// `scripts/make_layer_fixtures.py` (same layout as the layer fixtures, plus
/// `eval.output`). The sngan32 discriminator and GBlock use channel width 32
/// (the PyTorch constructors' `c`) instead of the benchmark's 128 to keep the
/// fixtures small; the structure and keys are the same.
final class ReferenceModelTests: XCTestCase {
    /// The largest relative error allowed.
    static let tolerance: Float = 1e-4

    typealias Builder = @Sendable (inout RandomGenerator) -> any LayerModule

    static let builders: [String: Builder] = [
        "dcgan28_generator": { ReferenceModels.dcgan28Generator(generator: &$0) },
        "dcgan28_discriminator": { ReferenceModels.dcgan28Discriminator(generator: &$0) },
        "sngan32_discriminator_c32": { SNGAN32Discriminator(c: 32, generator: &$0) },
        "sngan32_gblock_c32": { ReferenceModels.sngan32GBlock(32, generator: &$0) },
        "self_attention_c32": { ReferenceModels.selfAttentionBlock(32, generator: &$0) },
    ]

    /// Relative error: the error of every element, `|a - e|`, measured against
    /// `|e|` plus the tensor's root-mean-square magnitude (so elements that are
    /// nearly zero by cancellation are judged on the tensor's scale), and the
    /// norm-wise error `‖a - e‖ / ‖e‖`; both must be at most `tolerance`.
    /// Returns the larger of the two errors.
    @discardableResult
    static func assertRelativeError(
        _ actual: NDArray, _ expected: NDArray, tolerance: Float, _ message: String,
        file: StaticString = #filePath, line: UInt = #line
    ) -> Float {
        guard actual.shape == expected.shape else {
            XCTFail("\(message): shape \(actual.shape) != expected \(expected.shape)", file: file, line: line)
            return .infinity
        }
        let a = actual.elements, e = expected.elements
        guard !e.isEmpty else { return 0 }
        var errorSquares = 0.0, expectedSquares = 0.0
        for (x, y) in zip(a, e) {
            errorSquares += Double(x - y) * Double(x - y)
            expectedSquares += Double(y) * Double(y)
        }
        let rms = Float((expectedSquares / Double(e.count)).squareRoot())
        var worst = 0, worstRatio: Float = -1
        for i in e.indices {
            let ratio = abs(a[i] - e[i]) / (abs(e[i]) + rms + .leastNormalMagnitude)
            if !(ratio <= worstRatio) { (worst, worstRatio) = (i, ratio) }
        }
        let normwise = expectedSquares > 0 ? Float((errorSquares / expectedSquares).squareRoot()) : Float(errorSquares.squareRoot())
        if !(worstRatio <= tolerance) || !(normwise <= tolerance) {
            XCTFail(
                "\(message): relative error \(worstRatio) at element \(worst) of \(expected.shape) (\(a[worst]) vs \(e[worst])), "
                    + "norm-wise \(normwise); allowed \(tolerance)", file: file, line: line)
        }
        return max(worstRatio, normwise)
    }

    func testEveryFixtureHasAModelAndEveryModelAFixture() throws {
        let fixtures = Set(try GoldenFixture.names(in: "models"))
        XCTAssertFalse(fixtures.isEmpty, "no fixtures in Fixtures/models; run scripts/make_layer_fixtures.py")
        XCTAssertEqual(fixtures.subtracting(Self.builders.keys).sorted(), [], "fixtures without a Swift model")
        XCTAssertEqual(Set(Self.builders.keys).subtracting(fixtures).sorted(), [], "Swift models without a fixture")
    }

    func testDCGAN28Generator() throws { try check("dcgan28_generator") }
    func testDCGAN28Discriminator() throws { try check("dcgan28_discriminator") }
    func testSNGAN32Discriminator() throws { try check("sngan32_discriminator_c32") }
    func testSNGAN32GeneratorBlock() throws { try check("sngan32_gblock_c32") }
    func testSelfAttentionBlock() throws { try check("self_attention_c32") }

    func testKeysAreTorchPeersKeys() throws {
        // Spot checks of the key layout (the strict loads above check all of it).
        var generator = RandomGenerator(seed: 0)
        let g = ReferenceModels.dcgan28Generator(generator: &generator)
        XCTAssertEqual(g.stateDict().keys, [
            "0.weight", "0.bias", "1.weight", "1.bias", "1.running_mean", "1.running_var", "1.num_batches_tracked",
            "4.weight", "4.bias", "5.weight", "5.bias", "5.running_mean", "5.running_var", "5.num_batches_tracked",
            "7.weight", "7.bias",
        ])
        let d = SNGAN32Discriminator(c: 8, generator: &generator)
        let keys = d.stateDict().keys
        XCTAssertEqual(Array(keys.prefix(4)), ["blocks.0.c1.bias", "blocks.0.c1.weight_orig", "blocks.0.c1.weight_u", "blocks.0.c1.weight_v"])
        XCTAssertEqual(Array(keys.suffix(4)), ["l.bias", "l.weight_orig", "l.weight_u", "l.weight_v"])
        XCTAssertEqual(keys.count, 3 * 3 * 4 + 3 * 4)
    }

    private func check(_ name: String, file: StaticString = #filePath, line: UInt = #line) throws {
        let build = try XCTUnwrap(Self.builders[name], "no Swift model for \(name)")
        var generator = RandomGenerator(seed: 1)
        let model = build(&generator)
        let fixture = try GoldenFixture(named: name, in: "models")
        // Some gradients are zero in exact arithmetic (the bias of a convolution
        // followed by batch norm, the key bias of attention): PyTorch's float64
        // gives about 1e-16, float32 the rounding of a sum that cancels. Those are
        // held to the tolerance times the largest gradient scale of the model.
        let gradientScale = fixture.gradientScale
        var worst: (error: Float, what: String) = (0, "")
        let compare = { (actual: NDArray, expected: NDArray, what: String) in
            let error: Float
            if GoldenFixture.isExactlyZeroGradient(expected, what) {
                let largest = actual.elements.map(abs).max() ?? 0
                XCTAssertLessThanOrEqual(
                    largest, Self.tolerance * gradientScale,
                    "\(name): \(what) is zero in exact arithmetic; allowed \(Self.tolerance) x the gradient scale \(gradientScale)",
                    file: file, line: line)
                error = largest / gradientScale
            } else {
                error = Self.assertRelativeError(actual, expected, tolerance: Self.tolerance, "\(name): \(what)", file: file, line: line)
            }
            if error > worst.error { worst = (error, what) }
        }
        // Evaluation mode, from the saved state.
        try model.load(fixture.state, strict: true)
        model.eval()
        let evalOutput = withoutGrad { model(Tensor(fixture.inputs().x.value)) }
        compare(evalOutput.value, try fixture.array("eval.output"), "evaluation-mode output")
        // The training-mode step (check reloads the state and sets the mode).
        try fixture.check(model, forward: { model($0.x) }, compare: compare)
        print("ReferenceModelTests: \(name): largest relative error \(worst.error) (\(worst.what))")
    }
}
