import Foundation

extension NDArray {
    /// Applies a function of one argument to every element.
    public func map(_ function: UnaryFunction) -> NDArray {
        typealias L = ElementwiseLoops
        switch function {
        case .negate: return L.map(self) { -$0 }
        case .exp: return L.map(self, cost: 8) { Foundation.exp($0) }
        case .log: return L.map(self, cost: 8) { Foundation.log($0) }
        case .sqrt: return L.map(self) { $0.squareRoot() }
        case .rsqrt: return L.map(self) { 1 / $0.squareRoot() }
        case .abs: return L.map(self) { Swift.abs($0) }
        case .sign: return L.map(self) { $0 > 0 ? 1 : ($0 < 0 ? -1 : 0) }
        case .square: return L.map(self) { $0 * $0 }
        case .reciprocal: return L.map(self) { 1 / $0 }
        case .relu: return L.map(self) { $0 > 0 ? $0 : 0 }
        case .tanh: return L.map(self, cost: 8) { Foundation.tanh($0) }
        case .sigmoid: return L.map(self, cost: 8) { Kernels.sigmoid($0) }
        case .softplus: return L.map(self, cost: 8) { Kernels.softplus($0) }
        case .erf: return L.map(self, cost: 8) { Foundation.erf($0) }
        case .positiveMask: return L.map(self) { $0 > 0 ? 1 : 0 }
        case .leakyRelu(let slope): return L.map(self) { $0 > 0 ? $0 : $0 * slope }
        case .elu(let alpha): return L.map(self, cost: 8) { $0 > 0 ? $0 : alpha * Foundation.expm1($0) }
        case .clamp(let low, let high): return L.map(self) { Swift.min(Swift.max($0, low), high) }
        case .insideMask(let low, let high): return L.map(self) { $0 >= low && $0 <= high ? 1 : 0 }
        case .power(let p):
            if p == 2 { return L.map(self) { $0 * $0 } }
            if p == 1 { return L.map(self) { $0 } }
            if p == 0.5 { return L.map(self) { $0.squareRoot() } }
            return L.map(self, cost: 8) { Foundation.pow($0, p) }
        case .affine(let scale, let shift): return L.map(self) { $0 * scale + shift }
        }
    }

    /// Combines two arrays element by element with NumPy broadcasting.
    public func zip(_ other: NDArray, _ function: BinaryFunction) -> NDArray {
        typealias L = ElementwiseLoops
        let op = function.rawValue
        switch function {
        case .add: return L.zip(self, other, op: op) { $0 + $1 }
        case .subtract: return L.zip(self, other, op: op) { $0 - $1 }
        case .multiply: return L.zip(self, other, op: op) { $0 * $1 }
        case .divide: return L.zip(self, other, op: op) { $0 / $1 }
        case .power: return L.zip(self, other, op: op, cost: 8) { Foundation.pow($0, $1) }
        case .minimum: return L.zip(self, other, op: op) { Swift.min($0, $1) }
        case .maximum: return L.zip(self, other, op: op) { Swift.max($0, $1) }
        case .equal: return L.zip(self, other, op: op) { $0 == $1 ? 1 : 0 }
        case .notEqual: return L.zip(self, other, op: op) { $0 != $1 ? 1 : 0 }
        case .less: return L.zip(self, other, op: op) { $0 < $1 ? 1 : 0 }
        case .lessEqual: return L.zip(self, other, op: op) { $0 <= $1 ? 1 : 0 }
        case .greater: return L.zip(self, other, op: op) { $0 > $1 ? 1 : 0 }
        case .greaterEqual: return L.zip(self, other, op: op) { $0 >= $1 ? 1 : 0 }
        }
    }

    /// `condition != 0 ? a : b`, element by element with broadcasting.
    public static func select(_ condition: NDArray, _ a: NDArray, _ b: NDArray) -> NDArray {
        ElementwiseLoops.zip3(condition, a, b, op: "where") { $0 != 0 ? $1 : $2 }
    }

    /// `a * b + c` in one pass (fused multiply-add), with broadcasting.
    public static func multiplyAdd(_ a: NDArray, _ b: NDArray, _ c: NDArray) -> NDArray {
        ElementwiseLoops.zip3(a, b, c, op: "multiplyAdd") { $0 * $1 + $2 }
    }

    /// Element-wise sum.
    public static func + (a: NDArray, b: NDArray) -> NDArray { a.zip(b, .add) }
    /// Element-wise difference.
    public static func - (a: NDArray, b: NDArray) -> NDArray { a.zip(b, .subtract) }
    /// Element-wise product.
    public static func * (a: NDArray, b: NDArray) -> NDArray { a.zip(b, .multiply) }
    /// Element-wise quotient.
    public static func / (a: NDArray, b: NDArray) -> NDArray { a.zip(b, .divide) }
}

/// Scalar helpers shared by kernels.
enum Kernels {
    @inline(__always)
    static func sigmoid(_ x: Float) -> Float {
        x >= 0 ? 1 / (1 + Foundation.exp(-x)) : Foundation.exp(x) / (1 + Foundation.exp(x))
    }

    /// `log(1 + exp(x))` with PyTorch's threshold: linear above 20.
    @inline(__always)
    static func softplus(_ x: Float) -> Float {
        x > 20 ? x : Foundation.log1p(Foundation.exp(x))
    }
}
