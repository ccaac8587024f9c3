/// The element-wise functions of one argument that the kernels provide.
public enum UnaryFunction: Sendable, Equatable {
    case negate, exp, log, sqrt, rsqrt, abs, sign, square, reciprocal
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
