import Foundation
import SwiftGAN
import XCTest

/// Misuse stops the program with a message that names the operation and the
/// shapes. Each scenario runs in a child copy of this test process, which must
/// die with the expected message on its standard error.
final class BadInputTests: XCTestCase {
    static let scenarioVariable = "SWIFTGAN_BAD_INPUT_SCENARIO"

    /// name -> (the misuse, text the failure message must contain)
    static let scenarios: [String: (@Sendable () -> Void, String)] = [
        "broadcast": ({ _ = Tensor.zeros([2, 3]) + Tensor.zeros([4]) }, "add: shapes [2, 3] and [4] cannot be broadcast"),
        "matmul": ({ _ = Tensor.matmul(Tensor.zeros([2, 3]), Tensor.zeros([4, 5])) }, "matmul: inner dimensions differ: [2, 3] x [4, 5]"),
        "axis": ({ _ = Tensor.zeros([2, 3]).sum(axes: [2]) }, "sum: axis 2 is out of range for rank 2"),
        "convGeometry": (
            { _ = Tensor.conv2d(Tensor.zeros([1, 1, 3, 3]), weight: Tensor.zeros([1, 1, 5, 5])) },
            "conv2d: kernel 5x5 with stride (1, 1), padding (0, 0), dilation (1, 1), groups 1 does not fit input [1, 1, 3, 3]"
        ),
        "convChannels": (
            { _ = Tensor.conv2d(Tensor.zeros([1, 2, 8, 8]), weight: Tensor.zeros([4, 3, 3, 3])) },
            "conv2d: input [1, 2, 8, 8] with 2 channels does not fit weight [4, 3, 3, 3]"
        ),
        "convTransposeOutputPadding": (
            {
                _ = Tensor.convTranspose2d(
                    Tensor.zeros([1, 2, 3, 3]), weight: Tensor.zeros([2, 1, 3, 3]), stride: (1, 1), outputPadding: (1, 0),
                    dilation: (2, 2))
            },
            "convTranspose2d: output padding (1, 0) must be smaller than stride (1, 1)"
        ),
        "staleInput": (
            {
                let w = Tensor([2], shape: [1], requiresGrad: true)
                let x = Tensor([3], shape: [1], requiresGrad: true)
                let y = (x * w).sum()
                w.assign(NDArray([5], shape: [1]))
                _ = gradients(of: y, wrt: [x])
            },
            "an input of 'mul' (shape [1]) was changed by assign or an optimizer step after the forward pass"
        ),
        "customGradientShape": (
            {
                let x = Tensor([1, 2, 3], shape: [3], requiresGrad: true)
                let y = Tensor.custom("broken", inputs: [x], value: x.value) { _ in [NDArray(scalar: 1)] }
                _ = gradients(of: y.sum(), wrt: [x])
            },
            "the pullback of 'broken' gave a gradient of shape [] for input 0 of shape [3]"
        ),
        "unsliceOtherAxis": (
            { _ = NDArray(zeros: [2, 3]).unsliced(into: [2, 2], axis: 0, start: 0) },
            "unslice: shape [2, 3] does not fit [2, 2] outside axis 0"
        ),
        "scalarAxis": ({ _ = Tensor(scalar: 1).sum(axes: [0]) }, "sum: axis 0 is out of range for rank 0"),
        "nanIndex": (
            { _ = NDArray(zeros: [3]).gather(axis: 0, index: NDArray([Float.nan], shape: [1])) },
            "gather: index nan is out of range 0..<3"
        ),
        "convBias": (
            { _ = Tensor.conv2d(Tensor.zeros([1, 1, 4, 4]), weight: Tensor.zeros([2, 1, 3, 3]), bias: Tensor.zeros([1])) },
            "conv2d: bias [1] does not match 2 output channels"
        ),
        "slice": ({ _ = Tensor.zeros([4]).slice(axis: 0, start: 2, end: 6) }, "slice: range 2..<6 is out of bounds for dimension of size 4"),
        "reshape": ({ _ = Tensor.zeros([2, 3]).reshape([4, 2]) }, "reshape: cannot view shape [2, 3] (6 elements) as [4, 2]"),
        "gatherIndex": (
            { _ = Tensor.zeros([2, 3]).gather(axis: 1, index: NDArray([0, 3, 1, 1, 1, 1], shape: [2, 3])) },
            "gather: index 3.0 is out of range 0..<3"
        ),
        "secondDerivative": (
            {
                let x = Tensor([1, 2], shape: [2], requiresGrad: true)
                let y = Tensor.custom("fusedDouble", inputs: [x], value: x.value * NDArray(scalar: 2)) { g in [g] }
                let g = gradients(of: (y * y).sum(), wrt: [x], createGraph: true)[0]
                _ = gradients(of: g.sum(), wrt: [x])
            },
            "'fusedDouble' has no second derivative"
        ),
    ]

    /// Runs the scenario named in the environment (only inside the child process).
    func testRunScenarioFromEnvironment() throws {
        guard let name = ProcessInfo.processInfo.environment[Self.scenarioVariable] else {
            throw XCTSkip("runs only as the child of testEveryScenarioStopsWithItsMessage")
        }
        Self.scenarios[name]!.0()
    }

    func testEveryScenarioStopsWithItsMessage() throws {
        let executable = URL(fileURLWithPath: CommandLine.arguments[0])
        guard FileManager.default.isExecutableFile(atPath: executable.path), executable.path.hasSuffix(".xctest") else {
            throw XCTSkip("the test bundle is not a re-runnable executable here (\(executable.path))")
        }
        for (name, scenario) in Self.scenarios.sorted(by: { $0.key < $1.key }) {
            let process = Process()
            process.executableURL = executable
            process.arguments = ["SwiftGANAutogradTests.BadInputTests/testRunScenarioFromEnvironment"]
            process.environment = ProcessInfo.processInfo.environment.merging([Self.scenarioVariable: name]) { $1 }
            let errors = Pipe()
            process.standardError = errors
            process.standardOutput = Pipe()
            try process.run()
            let text = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
            process.waitUntilExit()
            XCTAssertNotEqual(process.terminationStatus, 0, "scenario \(name) did not stop the program")
            XCTAssertTrue(text.contains(scenario.1), "scenario \(name): message not found in:\n\(text.suffix(600))")
        }
    }
}
