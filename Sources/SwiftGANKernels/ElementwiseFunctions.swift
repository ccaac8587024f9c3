import Foundation

/// Element-wise functions as types, so the generic loops in `ElementwiseLoops`
/// are specialized for each one and the per-element call is inlined (a closure
/// parameter would stay an indirect call per element).
protocol UnaryKernel { func callAsFunction(_ x: Float) -> Float }
protocol BinaryKernel { func callAsFunction(_ a: Float, _ b: Float) -> Float }
protocol TernaryKernel { func callAsFunction(_ a: Float, _ b: Float, _ c: Float) -> Float }

enum Unary {
    struct Negate: UnaryKernel { func callAsFunction(_ x: Float) -> Float { -x } }
    struct Exp: UnaryKernel { func callAsFunction(_ x: Float) -> Float { Foundation.exp(x) } }
    struct Log: UnaryKernel { func callAsFunction(_ x: Float) -> Float { Foundation.log(x) } }
    struct Sqrt: UnaryKernel { func callAsFunction(_ x: Float) -> Float { x.squareRoot() } }
    struct Rsqrt: UnaryKernel { func callAsFunction(_ x: Float) -> Float { 1 / x.squareRoot() } }
    struct Abs: UnaryKernel { func callAsFunction(_ x: Float) -> Float { Swift.abs(x) } }
    struct Sign: UnaryKernel { func callAsFunction(_ x: Float) -> Float { x > 0 ? 1 : (x < 0 ? -1 : 0) } }
    struct Square: UnaryKernel { func callAsFunction(_ x: Float) -> Float { x * x } }
    struct Reciprocal: UnaryKernel { func callAsFunction(_ x: Float) -> Float { 1 / x } }
    struct Relu: UnaryKernel { func callAsFunction(_ x: Float) -> Float { x > 0 ? x : 0 } }
    struct Tanh: UnaryKernel { func callAsFunction(_ x: Float) -> Float { Foundation.tanh(x) } }
    struct Erf: UnaryKernel { func callAsFunction(_ x: Float) -> Float { Foundation.erf(x) } }
    struct PositiveMask: UnaryKernel { func callAsFunction(_ x: Float) -> Float { x > 0 ? 1 : 0 } }
    struct Sigmoid: UnaryKernel {
        func callAsFunction(_ x: Float) -> Float {
            x >= 0 ? 1 / (1 + Foundation.exp(-x)) : Foundation.exp(x) / (1 + Foundation.exp(x))
        }
    }
    /// `log(1 + exp(x))` with PyTorch's threshold: linear above 20.
    struct Softplus: UnaryKernel {
        func callAsFunction(_ x: Float) -> Float { x > 20 ? x : Foundation.log1p(Foundation.exp(x)) }
    }
    struct LeakyRelu: UnaryKernel {
        let slope: Float
        func callAsFunction(_ x: Float) -> Float { x > 0 ? x : x * slope }
    }
    struct Elu: UnaryKernel {
        let alpha: Float
        func callAsFunction(_ x: Float) -> Float { x > 0 ? x : alpha * Foundation.expm1(x) }
    }
    struct Clamp: UnaryKernel {
        let low: Float, high: Float
        func callAsFunction(_ x: Float) -> Float { Swift.min(Swift.max(x, low), high) }
    }
    struct InsideMask: UnaryKernel {
        let low: Float, high: Float
        func callAsFunction(_ x: Float) -> Float { x >= low && x <= high ? 1 : 0 }
    }
    struct Power: UnaryKernel {
        let exponent: Float
        func callAsFunction(_ x: Float) -> Float { Foundation.pow(x, exponent) }
    }
    struct Affine: UnaryKernel {
        let scale: Float, shift: Float
        func callAsFunction(_ x: Float) -> Float { x * scale + shift }
    }
}

enum Binary {
    struct Add: BinaryKernel { func callAsFunction(_ a: Float, _ b: Float) -> Float { a + b } }
    struct Subtract: BinaryKernel { func callAsFunction(_ a: Float, _ b: Float) -> Float { a - b } }
    struct Multiply: BinaryKernel { func callAsFunction(_ a: Float, _ b: Float) -> Float { a * b } }
    struct Divide: BinaryKernel { func callAsFunction(_ a: Float, _ b: Float) -> Float { a / b } }
    struct Power: BinaryKernel { func callAsFunction(_ a: Float, _ b: Float) -> Float { Foundation.pow(a, b) } }
    struct Minimum: BinaryKernel { func callAsFunction(_ a: Float, _ b: Float) -> Float { Swift.min(a, b) } }
    struct Maximum: BinaryKernel { func callAsFunction(_ a: Float, _ b: Float) -> Float { Swift.max(a, b) } }
    struct Equal: BinaryKernel { func callAsFunction(_ a: Float, _ b: Float) -> Float { a == b ? 1 : 0 } }
    struct NotEqual: BinaryKernel { func callAsFunction(_ a: Float, _ b: Float) -> Float { a != b ? 1 : 0 } }
    struct Less: BinaryKernel { func callAsFunction(_ a: Float, _ b: Float) -> Float { a < b ? 1 : 0 } }
    struct LessEqual: BinaryKernel { func callAsFunction(_ a: Float, _ b: Float) -> Float { a <= b ? 1 : 0 } }
    struct Greater: BinaryKernel { func callAsFunction(_ a: Float, _ b: Float) -> Float { a > b ? 1 : 0 } }
    struct GreaterEqual: BinaryKernel { func callAsFunction(_ a: Float, _ b: Float) -> Float { a >= b ? 1 : 0 } }
    /// `gradient` where `input > 0`, else `gradient * slope`: the (leaky) relu backward pass.
    struct LeakyReluGradient: BinaryKernel {
        let slope: Float
        func callAsFunction(_ gradient: Float, _ input: Float) -> Float { input > 0 ? gradient : gradient * slope }
    }
}

enum Ternary {
    struct Select: TernaryKernel { func callAsFunction(_ c: Float, _ a: Float, _ b: Float) -> Float { c != 0 ? a : b } }
    struct MultiplyAdd: TernaryKernel { func callAsFunction(_ a: Float, _ b: Float, _ c: Float) -> Float { a * b + c } }
}
