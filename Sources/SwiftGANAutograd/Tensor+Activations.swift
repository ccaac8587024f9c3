import SwiftGANKernels

extension Tensor {
    /// `max(x, 0)`.
    public func relu() -> Tensor {
        Tensor.record(value.map(.relu), operation: "relu", inputs: [self]) { [value] g, _ in
            [g.leakyReluGradient(input: value, slope: 0)]
        }
    }

    /// `x` for x > 0, else `slope * x`.
    public func leakyRelu(slope: Float = 0.01) -> Tensor {
        Tensor.record(value.map(.leakyRelu(slope: slope)), operation: "leakyRelu", inputs: [self]) { [value] g, _ in
            [g.leakyReluGradient(input: value, slope: slope)]
        }
    }

    /// This gradient where `input > 0`, times `slope` elsewhere: linear in the
    /// gradient, with a constant mask (the second derivative of relu is zero).
    func leakyReluGradient(input: NDArray, slope: Float) -> Tensor {
        Tensor.record(value.leakyReluGradient(input: input, slope: slope), operation: "leakyReluGradient", inputs: [self]) { g, _ in
            [g.leakyReluGradient(input: input, slope: slope)]
        }
    }

    /// `x` for x > 0, else `alpha * (e^x - 1)`.
    public func elu(alpha: Float = 1) -> Tensor {
        Tensor.where(self .> Tensor(scalar: 0), self, (clamp(max: 0).exp() - 1) * alpha)
    }

    /// Gaussian error linear unit, exact form `x * Φ(x)` (PyTorch's default).
    public func gelu() -> Tensor {
        self * ((self * Float(1 / 2.0.squareRoot())).erf() + 1) * 0.5
    }

    /// Softmax along `axis`, in one fused pass forward; the gradient
    /// `y * (g - sum(g * y))` is itself differentiable (through `y`, recomputed
    /// as a recorded softmax when gradients are recorded).
    public func softmax(axis: Int = -1) -> Tensor {
        let out = value.softmax(axis: axis)
        return Tensor.record(out, operation: "softmax", inputs: [self]) { [self] g, _ in
            let y = GradientRecording.isEnabled ? self.softmax(axis: axis) : Tensor(out)
            let gy = g * y
            return [gy - y * gy.sum(axes: [axis], keepDims: true)]
        }
    }

    /// Log-softmax along `axis`.
    public func logSoftmax(axis: Int = -1) -> Tensor {
        self - logSumExp(axes: [axis], keepDims: true)
    }
}
