import Foundation
import SwiftGAN
import SwiftGANTestSupport
import XCTest

/// Swift-saved models loaded by PyTorch: `scripts/check_torch_load.py` loads a
/// state dict written by `Module.save(to:)` into the `torch_peer.py` network
/// with `load_state_dict(strict=True)` and compares PyTorch's evaluation-mode
/// output with the Swift one (rtol 1e-4).
///
/// Runs only where a Python with torch and safetensors is found:
/// `$SWIFTGAN_PYTHON`, else `python3` on the PATH; otherwise the tests are
/// skipped, saying why.
final class TorchInteropTests: XCTestCase {
    static let script = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("scripts/check_torch_load.py")

    private var directory: URL!

    override func setUpWithError() throws {
        directory = FileManager.default.temporaryDirectory.appendingPathComponent("swiftgan-interop-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    }

    override func tearDownWithError() throws {
        if let directory { try? FileManager.default.removeItem(at: directory) }
    }

    // MARK: Tests

    func testPyTorchLoadsASwiftSavedDCGAN28Generator() throws {
        let python = try ExternalPython.requiring(["torch", "safetensors"], for: "TorchInteropTests")
        var generator = RandomGenerator(seed: 2024)
        let model = ReferenceModels.dcgan28Generator(generator: &generator)
        randomizeBatchNormParameters(model, keys: ["1.", "5."], generator: &generator)
        // Two training-mode batches: running statistics move and num_batches_tracked becomes 2.
        for _ in 0..<2 { _ = withoutGrad { model(Tensor(generator.normal([8, 100]))) } }
        XCTAssertEqual(model.stateDict()["1.num_batches_tracked"]?.scalarValue, 2)
        model.eval()
        let z = generator.normal([4, 100])
        let output = withoutGrad { model(Tensor(z)) }.value
        let (status, log) = try check(python, model: "dcgan28_generator", saving: model, input: z, output: output)
        XCTAssertEqual(status, 0, "check_torch_load.py failed:\n\(log)")
        XCTAssertTrue(log.contains("1.num_batches_tracked: torch.int64 2.0 -> torch.int64 2"), log)
    }

    func testPyTorchLoadsASwiftSavedSNGAN32Discriminator() throws {
        let python = try ExternalPython.requiring(["torch", "safetensors"], for: "TorchInteropTests")
        var generator = RandomGenerator(seed: 2025)
        let model = SNGAN32Discriminator(c: 16, generator: &generator)
        // Training-mode passes refine every weight_u and weight_v.
        for _ in 0..<3 { _ = withoutGrad { model(Tensor(generator.uniform([2, 3, 32, 32], low: -1, high: 1))) } }
        model.eval()
        let x = generator.uniform([3, 3, 32, 32], low: -1, high: 1)
        let output = withoutGrad { model(Tensor(x)) }.value
        let (status, log) = try check(
            python, model: "sngan32_discriminator", saving: model, input: x, output: output, extra: ["--c", "16"])
        XCTAssertEqual(status, 0, "check_torch_load.py failed:\n\(log)")
    }

    func testTheCheckFailsOnAWrongOutputOrAMissingKey() throws {
        let python = try ExternalPython.requiring(["torch", "safetensors"], for: "TorchInteropTests")
        var generator = RandomGenerator(seed: 7)
        let model = ReferenceModels.dcgan28Discriminator(generator: &generator)
        model.eval()
        let x = generator.uniform([2, 1, 28, 28], low: -1, high: 1)
        let output = withoutGrad { model(Tensor(x)) }.value
        let wrong = NDArray(output.elements.enumerated().map { $0.offset == 1 ? $0.element + 1e-2 : $0.element }, shape: output.shape)
        let (status, log) = try check(python, model: "dcgan28_discriminator", saving: model, input: x, output: wrong)
        XCTAssertEqual(status, 1, "a wrong output passed:\n\(log)")

        var state = model.stateDict()
        state["3.running_var"] = nil
        let (missingStatus, missingLog) = try check(
            python, model: "dcgan28_discriminator", saving: model, state: state, input: x, output: output)
        XCTAssertEqual(missingStatus, 2, "a state dict without 3.running_var loaded:\n\(missingLog)")
        XCTAssertTrue(missingLog.contains("3.running_var"), missingLog)
    }

    // MARK: Helpers

    /// Sets the parameters under `keys` (batch norm layers) to non-trivial values.
    private func randomizeBatchNormParameters(_ model: Module, keys: [String], generator: inout RandomGenerator) {
        for (key, parameter) in model.namedParameters() where keys.contains(where: { key.hasPrefix($0) }) {
            parameter.assign(generator.normal(parameter.shape, mean: key.hasSuffix("weight") ? 1 : 0, std: 0.2))
        }
    }

    /// Saves `model` (or `state`) and the input/output pair, and runs the script on them.
    private func check(
        _ python: String, model name: String, saving model: Module, state: StateDict? = nil, input: NDArray, output: NDArray,
        extra: [String] = []
    ) throws -> (Int32, String) {
        let stateURL = directory.appendingPathComponent("\(name).safetensors")
        if let state {
            try SafetensorsFile(stateDict: state).write(to: stateURL)
        } else {
            try model.save(to: stateURL)
        }
        var io = SafetensorsFile()
        try io.setArray(input, named: "input")
        try io.setArray(output, named: "output")
        let ioURL = directory.appendingPathComponent("\(name)-io.safetensors")
        try io.write(to: ioURL)
        let result = try ExternalPython.run(
            python, [Self.script.path, "--model", name, "--state", stateURL.path, "--io", ioURL.path] + extra)
        print("check_torch_load.py \(name) (exit \(result.status)):\n\(result.output)")
        return result
    }
}
