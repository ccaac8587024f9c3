/// The element-wise functions of one argument that the kernels provide.
public enum UnaryFunction: Sendable, Equatable {
    /// `-x`, `e^x`, `ln x`, `√x`, `1/√x`, `|x|`, sign (-1, 0, 1), `x²`, `1/x`.
    case negate, exp, log, sqrt, rsqrt, abs, sign, square, reciprocal
    /// `max(x, 0)`, hyperbolic tangent, logistic sigmoid, `ln(1 + e^x)` (linear above 20), the error function.
    case relu, tanh, sigmoid, softplus, erf
    /// Derivative helpers used by pullbacks: 1 where x > 0, else 0.
    case positiveMask
    /// `x * slope` where x < 0.
    case leakyRelu(slope: Float)
    /// `x` for x > 0, else `alpha * (exp(x) - 1)`.
    case elu(alpha: Float)
    /// `min(max(x, low), high)`.
    case clamp(low: Float, high: Float)
    /// 1 where low <= x <= high, else 0.
    case insideMask(low: Float, high: Float)
    /// `x ^ exponent`.
    case power(Float)
    /// `x * scale + shift`.
    case affine(scale: Float, shift: Float)
}
