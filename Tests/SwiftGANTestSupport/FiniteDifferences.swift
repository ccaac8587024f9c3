import SwiftGAN
import XCTest

/// Finite-difference checks of first and second derivatives.
///
/// The function under test maps input tensors to an output tensor; it is
/// reduced to a scalar as `sum(output * weights)` with fixed random weights,
/// so every output element contributes. Differences are central, taken in
/// float32 and accumulated in double.
public enum FiniteDifferences {
    /// Compares `gradients(of:wrt:)` of every input with central differences.
    public static func checkFirst(
        _ inputs: [NDArray], step: Float = 1e-2, rtol: Float = 2e-2, atol: Float = 2e-3, seed: UInt64 = 7,
        file: StaticString = #filePath, line: UInt = #line, _ function: ([Tensor]) -> Tensor
    ) {
        let leaves = inputs.map { Tensor($0, requiresGrad: true) }
        let output = function(leaves)
        var generator = RandomGenerator(seed: seed)
        let weights = Tensor(generator.normal(output.shape))
        let analytic = gradients(of: (output * weights).sum(), wrt: leaves)
        for index in inputs.indices {
            let numeric = numericGradient(of: inputs, at: index, step: step) { arrays in
                withoutGrad { Double((function(arrays.map { Tensor($0) }) * weights).sum().scalarValue) }
            }
            assertClose(analytic[index].value, numeric, rtol: rtol, atol: atol, "gradient of input \(index)", file: file, line: line)
        }
    }

    /// Compares second derivatives: the gradient of `sum(grad_x f · v)` with respect to
    /// each input, against central differences of that first-derivative expression.
    public static func checkSecond(
        _ inputs: [NDArray], step: Float = 1e-2, rtol: Float = 3e-2, atol: Float = 3e-3, seed: UInt64 = 11,
        file: StaticString = #filePath, line: UInt = #line, _ function: ([Tensor]) -> Tensor
    ) {
        var generator = RandomGenerator(seed: seed)
        let probe = inputs.map { generator.normal($0.shape) }
        let outputShape = withoutGrad { function(inputs.map { Tensor($0) }).shape }
        let weights = Tensor(generator.normal(outputShape))
        func firstDerivativeScalar(_ leaves: [Tensor], createGraph: Bool) -> Tensor {
            let output = (function(leaves) * weights).sum()
            let grads = gradients(of: output, wrt: leaves, createGraph: createGraph)
            return zip(grads, probe).map { ($0 * Tensor($1)).sum() }.reduce(Tensor(scalar: 0), +)
        }
        let leaves = inputs.map { Tensor($0, requiresGrad: true) }
        let scalar = firstDerivativeScalar(leaves, createGraph: true)
        let analytic = gradients(of: scalar, wrt: leaves)
        for index in inputs.indices {
            let numeric = numericGradient(of: inputs, at: index, step: step) { arrays in
                Double(firstDerivativeScalar(arrays.map { Tensor($0, requiresGrad: true) }, createGraph: false).scalarValue)
            }
            assertClose(analytic[index].value, numeric, rtol: rtol, atol: atol, "second derivative, input \(index)", file: file, line: line)
        }
    }

    /// Central differences of `scalar` with respect to `inputs[index]`.
    public static func numericGradient(
        of inputs: [NDArray], at index: Int, step: Float, _ scalar: ([NDArray]) -> Double
    ) -> NDArray {
        var arrays = inputs
        let base = inputs[index].elements
        var result = [Float](repeating: 0, count: base.count)
        for i in base.indices {
            var plus = base, minus = base
            plus[i] += step
            minus[i] -= step
            arrays[index] = NDArray(plus, shape: inputs[index].shape)
            let fPlus = scalar(arrays)
            arrays[index] = NDArray(minus, shape: inputs[index].shape)
            let fMinus = scalar(arrays)
            result[i] = Float((fPlus - fMinus) / (2 * Double(step)))
        }
        return NDArray(result, shape: inputs[index].shape)
    }
}
