import Foundation

extension NDArray {
    /// Applies a function of one argument to every element.
    public func map(_ function: UnaryFunction) -> NDArray {
        typealias L = ElementwiseLoops
        switch function {
        case .negate: return L.map(self, Unary.Negate())
        case .exp: return L.map(self, cost: 8, Unary.Exp())
        case .log: return L.map(self, cost: 8, Unary.Log())
        case .sqrt: return L.map(self, Unary.Sqrt())
        case .rsqrt: return L.map(self, Unary.Rsqrt())
        case .abs: return L.map(self, Unary.Abs())
        case .sign: return L.map(self, Unary.Sign())
        case .square: return L.map(self, Unary.Square())
        case .reciprocal: return L.map(self, Unary.Reciprocal())
        case .relu: return L.map(self, Unary.Relu())
        case .tanh: return L.map(self, cost: 8, Unary.Tanh())
        case .sigmoid: return L.map(self, cost: 8, Unary.Sigmoid())
        case .softplus: return L.map(self, cost: 8, Unary.Softplus())
        case .erf: return L.map(self, cost: 8, Unary.Erf())
        case .positiveMask: return L.map(self, Unary.PositiveMask())
        case .leakyRelu(let slope): return L.map(self, Unary.LeakyRelu(slope: slope))
        case .elu(let alpha): return L.map(self, cost: 8, Unary.Elu(alpha: alpha))
        case .clamp(let low, let high): return L.map(self, Unary.Clamp(low: low, high: high))
        case .insideMask(let low, let high): return L.map(self, Unary.InsideMask(low: low, high: high))
        case .power(let p):
            if p == 2 { return L.map(self, Unary.Square()) }
            if p == 1 { return L.map(self, Unary.Affine(scale: 1, shift: 0)) }
            if p == 0.5 { return L.map(self, Unary.Sqrt()) }
            return L.map(self, cost: 8, Unary.Power(exponent: p))
        case .affine(let scale, let shift): return L.map(self, Unary.Affine(scale: scale, shift: shift))
        }
    }

    /// Combines two arrays element by element with NumPy broadcasting.
    public func zip(_ other: NDArray, _ function: BinaryFunction) -> NDArray {
        typealias L = ElementwiseLoops
        let op = function.rawValue
        switch function {
        case .add: return L.zip(self, other, op: op, Binary.Add())
        case .subtract: return L.zip(self, other, op: op, Binary.Subtract())
        case .multiply: return L.zip(self, other, op: op, Binary.Multiply())
        case .divide: return L.zip(self, other, op: op, Binary.Divide())
        case .power: return L.zip(self, other, op: op, cost: 8, Binary.Power())
        case .minimum: return L.zip(self, other, op: op, Binary.Minimum())
        case .maximum: return L.zip(self, other, op: op, Binary.Maximum())
        case .equal: return L.zip(self, other, op: op, Binary.Equal())
        case .notEqual: return L.zip(self, other, op: op, Binary.NotEqual())
        case .less: return L.zip(self, other, op: op, Binary.Less())
        case .lessEqual: return L.zip(self, other, op: op, Binary.LessEqual())
        case .greater: return L.zip(self, other, op: op, Binary.Greater())
        case .greaterEqual: return L.zip(self, other, op: op, Binary.GreaterEqual())
        }
    }

    /// `condition != 0 ? a : b`, element by element with broadcasting.
    public static func select(_ condition: NDArray, _ a: NDArray, _ b: NDArray) -> NDArray {
        ElementwiseLoops.zip3(condition, a, b, op: "where", Ternary.Select())
    }

    /// `a * b + c` in one pass (fused multiply-add), with broadcasting.
    public static func multiplyAdd(_ a: NDArray, _ b: NDArray, _ c: NDArray) -> NDArray {
        ElementwiseLoops.zip3(a, b, c, op: "multiplyAdd", Ternary.MultiplyAdd())
    }

    /// The (leaky) relu backward pass: this gradient where `input > 0`, scaled by `slope` elsewhere.
    public func leakyReluGradient(input: NDArray, slope: Float) -> NDArray {
        ElementwiseLoops.zip(self, input, op: "leakyReluGradient", Binary.LeakyReluGradient(slope: slope))
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
