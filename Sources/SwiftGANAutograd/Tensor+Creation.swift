import SwiftGANKernels

extension Tensor {
    /// Zeros.
    public static func zeros(_ shape: [Int], requiresGrad: Bool = false) -> Tensor {
        Tensor(NDArray(zeros: shape), requiresGrad: requiresGrad)
    }

    /// Ones.
    public static func ones(_ shape: [Int], requiresGrad: Bool = false) -> Tensor {
        Tensor(NDArray(repeating: 1, shape: shape), requiresGrad: requiresGrad)
    }

    /// Every element `value`.
    public static func full(_ value: Float, shape: [Int]) -> Tensor {
        Tensor(NDArray(repeating: value, shape: shape))
    }

    /// Standard normal samples from `generator`.
    public static func randn(_ shape: [Int], generator: inout RandomGenerator, requiresGrad: Bool = false) -> Tensor {
        Tensor(generator.normal(shape), requiresGrad: requiresGrad)
    }

    /// Uniform samples in [low, high) from `generator`.
    public static func rand(
        _ shape: [Int], low: Float = 0, high: Float = 1, generator: inout RandomGenerator, requiresGrad: Bool = false
    ) -> Tensor {
        Tensor(generator.uniform(shape, low: low, high: high), requiresGrad: requiresGrad)
    }
}
