import SwiftGAN
import SwiftGANTestSupport
import XCTest

/// Multi-step trajectories against `torch.optim` (see `scripts/make_optimizer_fixtures.py`).
final class ReferenceTrajectoryTests: XCTestCase {
    func testEveryOptimizerFollowsPyTorch() {
        XCTAssertEqual(optimizerReferenceCases.count, 21)
        for reference in optimizerReferenceCases {
            let parameters = zip(reference.initial, reference.shapes).map { Parameter(NDArray($0, shape: $1)) }
            let optimizer = Self.makeOptimizer(reference, parameters)
            for (step, (gradients, expected)) in zip(reference.gradients, reference.expected).enumerated() {
                for (index, parameter) in parameters.enumerated() {
                    parameter.setGrad(gradients[index].map { NDArray($0, shape: reference.shapes[index]) })
                }
                optimizer.step()
                for (index, parameter) in parameters.enumerated() {
                    assertClose(
                        parameter.value, expected[index], shape: reference.shapes[index], rtol: 1e-5, atol: 1e-6,
                        "\(reference.name), parameter \(index) after step \(step + 1)")
                }
            }
            XCTAssertEqual(optimizer.stepCount, reference.expected.count, reference.name)
        }
    }

    func testOptionsCoverEveryHyperparameter() {
        let used = Set(optimizerReferenceCases.flatMap { $0.options.filter { $0.value != 0 }.keys })
        let all: Set = [
            "lr", "momentum", "dampening", "weight_decay", "nesterov", "beta1", "beta2", "eps", "amsgrad", "alpha",
            "centered",
        ]
        XCTAssertEqual(used, all)
        XCTAssertEqual(Set(optimizerReferenceCases.map(\.optimizer)), ["SGD", "Adam", "AdamW", "RMSProp"])
    }

    private static func makeOptimizer(_ reference: OptimizerReferenceCase, _ parameters: [Parameter]) -> any Optimizer {
        let o = reference.options
        let lr = o["lr"]!
        switch reference.optimizer {
        case "SGD":
            return SGD(
                parameters, learningRate: lr, momentum: o["momentum"] ?? 0, dampening: o["dampening"] ?? 0,
                weightDecay: o["weight_decay"] ?? 0, nesterov: o["nesterov"] == 1)
        case "Adam":
            return Adam(
                parameters, learningRate: lr, betas: (o["beta1"] ?? 0.9, o["beta2"] ?? 0.999), eps: o["eps"] ?? 1e-8,
                weightDecay: o["weight_decay"] ?? 0, amsgrad: o["amsgrad"] == 1)
        case "AdamW":
            return AdamW(
                parameters, learningRate: lr, betas: (o["beta1"] ?? 0.9, o["beta2"] ?? 0.999), eps: o["eps"] ?? 1e-8,
                weightDecay: o["weight_decay"] ?? 1e-2, amsgrad: o["amsgrad"] == 1)
        case "RMSProp":
            return RMSProp(
                parameters, learningRate: lr, alpha: o["alpha"] ?? 0.99, eps: o["eps"] ?? 1e-8,
                weightDecay: o["weight_decay"] ?? 0, momentum: o["momentum"] ?? 0, centered: o["centered"] == 1)
        default:
            preconditionFailure("ReferenceTrajectoryTests: unknown optimizer \(reference.optimizer) in \(reference.name)")
        }
    }
}
