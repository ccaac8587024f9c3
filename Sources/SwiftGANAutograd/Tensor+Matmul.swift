import SwiftGANKernels

extension Tensor {
    /// Matrix product over the last two axes with broadcast batch axes; a
    /// rank-1 operand is treated as a row (left) or column (right) vector.
    public static func matmul(_ a: Tensor, _ b: Tensor) -> Tensor {
        if a.rank == 1 && b.rank == 1 { return matmul(a.unsqueeze(0), b.unsqueeze(-1)).reshape([]) }
        if a.rank == 1 { return matmul(a.unsqueeze(0), b).squeeze(-2) }
        if b.rank == 1 { return matmul(a, b.unsqueeze(-1)).squeeze(-1) }
        return matmul(a, b, transposeA: false, transposeB: false)
    }

    /// `op(a) x op(b)`, where `op` transposes the last two axes when asked, without copying.
    public static func matmul(_ a: Tensor, _ b: Tensor, transposeA: Bool, transposeB: Bool) -> Tensor {
        let out = NDArray.matmul(a.value, b.value, transposeA: transposeA, transposeB: transposeB)
        return record(out, operation: "matmul", inputs: [a, b]) { g, needed in
            var ga: Tensor?, gb: Tensor?
            if needed[0] {
                ga = transposeA
                    ? matmul(b, g, transposeA: transposeB, transposeB: true)
                    : matmul(g, b, transposeA: false, transposeB: !transposeB)
            }
            if needed[1] {
                gb = transposeB
                    ? matmul(g, a, transposeA: true, transposeB: transposeA)
                    : matmul(a, g, transposeA: !transposeA, transposeB: false)
            }
            return [ga?.sum(toShape: a.shape), gb?.sum(toShape: b.shape)]
        }
    }

    /// `x Wᵀ + b` with `weight [out, in]`, as PyTorch's `Linear`.
    public static func linear(_ x: Tensor, weight: Tensor, bias: Tensor? = nil) -> Tensor {
        linear(x, weight: weight, bias: bias, rectifierSlope: nil)
    }

    /// `x Wᵀ + b` followed by ReLU (`rectifierSlope` 0) or leaky ReLU (slope
    /// s > 0) as one operation: the same values and gradients as `linear`
    /// then `relu()`/`leakyRelu(slope:)`, with one pass and one graph node fewer.
    /// The gradient mask is read from the output, positive exactly where the
    /// pre-activation is.
    public static func linear(_ x: Tensor, weight: Tensor, bias: Tensor?, rectifierSlope: Float?) -> Tensor {
        precondition(weight.rank == 2, "linear: weight must be [out, in], got \(weight.shape)")
        precondition(x.rank >= 1 && x.shape.last == weight.shape[1], "linear: input \(x.shape) does not end in the \(weight.shape[1]) features of weight \(weight.shape)")
        precondition(bias == nil || bias!.shape == [weight.shape[0]], "linear: bias \(bias!.shape) does not match weight \(weight.shape)")
        if x.rank == 1 { return linear(x.unsqueeze(0), weight: weight, bias: bias, rectifierSlope: rectifierSlope).squeeze(0) }
        guard let bias else {
            let y = matmul(x, weight, transposeA: false, transposeB: true)
            switch rectifierSlope {
            case nil: return y
            case 0?: return y.relu()
            case let slope?: return y.leakyRelu(slope: slope)
            }
        }
        let out = NDArray.linear(x.value, weight: weight.value, bias: bias.value, rectifierSlope: rectifierSlope)
        return record(out, operation: rectifierSlope == nil ? "linear" : "linearRectifier", inputs: [x, weight, bias]) { g, needed in
            let preActivation = rectifierSlope.map { g.leakyReluGradient(input: out, slope: $0) } ?? g
            let rows = preActivation.reshape([-1, weight.shape[0]])
            return [
                needed[0] ? matmul(preActivation, weight, transposeA: false, transposeB: false) : nil,
                needed[1] ? matmul(rows, x.reshape([-1, weight.shape[1]]), transposeA: true, transposeB: false) : nil,
                needed[2] ? rows.sum(axes: [0]) : nil,
            ]
        }
    }
}
