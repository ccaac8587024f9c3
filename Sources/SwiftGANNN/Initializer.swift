import Foundation
import SwiftGANKernels

/// Weight initializations, each drawing from an explicit seeded generator.
/// Fans follow PyTorch: `fanIn = shape[1] * receptive field`, `fanOut = shape[0] * receptive field`.
public enum Initializer: Sendable, Equatable {
    /// PyTorch's default for `Linear` and convolution weights: Kaiming uniform with `a = √5`,
    /// i.e. uniform in ±1/√fanIn.
    case pytorchDefault
    /// Uniform in [low, high).
    case uniform(low: Float, high: Float)
    /// Normal with the given mean and standard deviation (DCGAN: `.normal(mean: 0, std: 0.02)`).
    case normal(mean: Float, std: Float)
    /// Glorot/Xavier uniform: ±gain·√(6 / (fanIn + fanOut)).
    case xavierUniform(gain: Float)
    /// Glorot/Xavier normal: std gain·√(2 / (fanIn + fanOut)).
    case xavierNormal(gain: Float)
    /// He/Kaiming uniform for a leaky relu of slope `a` (0: relu), on fan-in.
    case kaimingUniform(a: Float)
    /// He/Kaiming normal for a leaky relu of slope `a` (0: relu), on fan-in.
    case kaimingNormal(a: Float)
    /// A (semi-)orthogonal matrix over the flattened trailing axes, times `gain`.
    case orthogonal(gain: Float)
    /// Every element `value`.
    case constant(Float)

    /// Fan-in and fan-out of a weight shape.
    public static func fans(_ shape: [Int]) -> (fanIn: Int, fanOut: Int) {
        precondition(shape.count >= 2, "Initializer: fans need a weight of rank >= 2, got \(shape)")
        let receptive = Shape.count(Array(shape.dropFirst(2)))
        return (shape[1] * receptive, shape[0] * receptive)
    }

    /// A new array of `shape` drawn from `generator`.
    public func make(_ shape: [Int], generator: inout RandomGenerator) -> NDArray {
        switch self {
        case .pytorchDefault:
            let bound = 1 / Float(Self.fans(shape).fanIn).squareRoot()
            return generator.uniform(shape, low: -bound, high: bound)
        case .uniform(let low, let high):
            return generator.uniform(shape, low: low, high: high)
        case .normal(let mean, let std):
            return generator.normal(shape, mean: mean, std: std)
        case .xavierUniform(let gain):
            let (fanIn, fanOut) = Self.fans(shape)
            let bound = gain * (6 / Float(fanIn + fanOut)).squareRoot()
            return generator.uniform(shape, low: -bound, high: bound)
        case .xavierNormal(let gain):
            let (fanIn, fanOut) = Self.fans(shape)
            return generator.normal(shape, std: gain * (2 / Float(fanIn + fanOut)).squareRoot())
        case .kaimingUniform(let a):
            let bound = (6 / ((1 + a * a) * Float(Self.fans(shape).fanIn))).squareRoot()
            return generator.uniform(shape, low: -bound, high: bound)
        case .kaimingNormal(let a):
            return generator.normal(shape, std: (2 / ((1 + a * a) * Float(Self.fans(shape).fanIn))).squareRoot())
        case .orthogonal(let gain):
            return Self.orthogonal(shape, gain: gain, generator: &generator)
        case .constant(let value):
            return NDArray(repeating: value, shape: shape)
        }
    }

    /// Orthonormal rows (or columns, whichever are fewer) from the QR decomposition
    /// of a normal matrix, signs fixed by R's diagonal, as PyTorch's `orthogonal_`.
    private static func orthogonal(_ shape: [Int], gain: Float, generator: inout RandomGenerator) -> NDArray {
        precondition(shape.count >= 2, "orthogonal: needs a weight of rank >= 2, got \(shape)")
        let rows = shape[0], columns = Shape.count(shape) / max(rows, 1)
        let transposed = rows < columns
        let (m, n) = transposed ? (columns, rows) : (rows, columns)
        let sample = generator.normal([m, n]).elements.map(Double.init)
        // Modified Gram-Schmidt on the n columns of the m x n matrix (m >= n).
        var q = [Double](repeating: 0, count: m * n)
        for j in 0..<n {
            var v = (0..<m).map { sample[$0 * n + j] }
            for k in 0..<j {
                let dot = (0..<m).reduce(0.0) { $0 + q[$1 * n + k] * v[$1] }
                for i in 0..<m { v[i] -= dot * q[i * n + k] }
            }
            let norm = v.reduce(0) { $0 + $1 * $1 }.squareRoot()
            for i in 0..<m { q[i * n + j] = norm > 0 ? v[i] / norm : 0 }
        }
        var out = [Float](repeating: 0, count: m * n)
        for i in 0..<m {
            for j in 0..<n {
                let value = Float(q[i * n + j]) * gain
                if transposed { out[j * m + i] = value } else { out[i * n + j] = value }
            }
        }
        return NDArray(out, shape: shape)
    }
}
