import Foundation
import SwiftGANKernels

extension Tensor {
    /// An element-wise function whose derivative is `derivative(x, y)` (x the
    /// input, y the output, both differentiable when recording).
    func unary(
        _ function: UnaryFunction, _ name: String, derivative: @escaping (_ x: Tensor, _ y: () -> Tensor) -> Tensor
    ) -> Tensor {
        let out = value.map(function)
        return Tensor.record(out, operation: name, inputs: [self]) { [self] g, _ in
            let y = { GradientRecording.isEnabled ? self.unary(function, name, derivative: derivative) : Tensor(out) }
            return [g * derivative(self, y)]
        }
    }

    /// `e^x`.
    public func exp() -> Tensor { unary(.exp, "exp") { _, y in y() } }
    /// Natural logarithm.
    public func log() -> Tensor { unary(.log, "log") { x, _ in x.reciprocal() } }
    /// Square root.
    public func sqrt() -> Tensor { unary(.sqrt, "sqrt") { _, y in y().reciprocal() * 0.5 } }
    /// `1 / sqrt(x)`.
    public func rsqrt() -> Tensor { unary(.rsqrt, "rsqrt") { x, y in y() / x * -0.5 } }
    /// `1 / x`.
    public func reciprocal() -> Tensor { unary(.reciprocal, "reciprocal") { _, y in -y().square() } }
    /// `x * x`.
    public func square() -> Tensor { unary(.square, "square") { x, _ in x * 2 } }
    /// Hyperbolic tangent.
    public func tanh() -> Tensor { unary(.tanh, "tanh") { _, y in 1 - y().square() } }
    /// Logistic sigmoid.
    public func sigmoid() -> Tensor { unary(.sigmoid, "sigmoid") { _, y in let s = y(); return s * (1 - s) } }
    /// `log(1 + e^x)` (linear above 20, as PyTorch).
    public func softplus() -> Tensor { unary(.softplus, "softplus") { x, _ in x.sigmoid() } }
    /// The error function.
    public func erf() -> Tensor {
        unary(.erf, "erf") { x, _ in (x.square() * -1).exp() * Float(2 / Double.pi.squareRoot()) }
    }

    /// `x ^ p` for a constant exponent.
    public func pow(_ p: Float) -> Tensor {
        if p == 1 { return self }
        return unary(.power(p), "pow") { x, _ in p == 0 ? Tensor.zeros(x.shape) : x.pow(p - 1) * p }
    }

    /// `a ^ b` element-wise with broadcasting.
    public static func pow(_ a: Tensor, _ b: Tensor) -> Tensor {
        record(a.value.zip(b.value, .power), operation: "powTensor", inputs: [a, b]) { g, needed in
            let y = Tensor.pow(a, b)
            return [
                needed[0] ? (g * b * Tensor.pow(a, b - 1)).sum(toShape: a.shape) : nil,
                needed[1] ? (g * y * a.log()).sum(toShape: b.shape) : nil,
            ]
        }
    }

    /// Absolute value (gradient `sign(x)`, zero at 0 as PyTorch).
    public func abs() -> Tensor {
        let s = Tensor(value.map(.sign))
        return Tensor.record(value.map(.abs), operation: "abs", inputs: [self]) { g, _ in [g * s] }
    }

    /// -1, 0 or 1 (a constant: its derivative is zero almost everywhere).
    public func sign() -> Tensor { Tensor(value.map(.sign)) }

    /// Clamped to [low, high] (gradient 1 inside, 0 outside).
    public func clamp(min low: Float = -.infinity, max high: Float = .infinity) -> Tensor {
        let inside = Tensor(value.map(.insideMask(low: low, high: high)))
        return Tensor.record(value.map(.clamp(low: low, high: high)), operation: "clamp", inputs: [self]) { g, _ in
            [g * inside]
        }
    }
}
