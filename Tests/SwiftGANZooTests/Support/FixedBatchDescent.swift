import SwiftGAN

/// Adam (3e-3, betas 0.9 and 0.999) on one fixed batch, as the fitting tests run it.
enum FixedBatchDescent {
    /// The loss before each of `steps` updates of `parameters` on `loss`.
    static func losses(_ parameters: [Parameter], steps: Int, _ loss: () throws -> Tensor) rethrows -> [Float] {
        let optimizer = ModelRegistry.makeOptimizer("adam", parameters, learningRate: 3e-3, betas: (0.9, 0.999), ratio: 1)
        var losses: [Float] = []
        for _ in 0..<steps {
            let value = try loss()
            losses.append(value.scalarValue)
            optimizer.zeroGrad()
            for (parameter, grad) in zip(parameters, gradients(of: value, wrt: parameters.map(\.tensor))) { parameter.setGrad(grad.value) }
            optimizer.step()
        }
        return losses
    }
}
