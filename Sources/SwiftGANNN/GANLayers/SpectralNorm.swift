import SwiftGANAutograd
import SwiftGANKernels

/// Spectral normalization of a layer's weight (Miyato et al. 2018), as
/// PyTorch's `nn.utils.spectral_norm`: the weight is divided by its largest
/// singular value, estimated by power iteration with a persistent `u` that is
/// refined once per training forward pass. Keys are PyTorch's: the layer's
/// `weight` is saved as `weight_orig`, with buffers `weight_u` and `weight_v`.
public final class SpectralNorm: Module, Layer {
    public let layer: any WeightedLayer
    public let u: Buffer
    public let v: Buffer
    public let powerIterations: Int
    public let eps: Float

    /// Wraps `layer`; `u` and `v` start as normalized normal vectors from `generator`.
    public init(_ layer: any WeightedLayer, powerIterations: Int = 1, eps: Float = 1e-12, generator: inout RandomGenerator) {
        precondition(powerIterations > 0, "SpectralNorm: powerIterations \(powerIterations) must be positive")
        self.layer = layer
        self.powerIterations = powerIterations
        self.eps = eps
        let (rows, columns) = Self.matrixShape(layer.weight.shape, axis: layer.spectralNormAxis)
        u = Buffer(Self.normalized(generator.normal([rows]), eps: eps))
        v = Buffer(Self.normalized(generator.normal([columns]), eps: eps))
    }

    override public var localParameters: [(String, Parameter)] {
        layer.localParameters.filter { $0.0 != "weight" } + [("weight_orig", layer.weight)]
    }

    override public var localBuffers: [(String, Buffer)] {
        layer.localBuffers + [("weight_u", u), ("weight_v", v)]
    }

    override public var namedChildren: [(String, Module)] { layer.namedChildren }

    /// The normalized weight `W / σ(W)` (σ differentiable, `u` and `v` constants).
    public func normalizedWeight() -> Tensor {
        let weight = layer.weight.tensor
        let axis = layer.spectralNormAxis
        let (rows, _) = Self.matrixShape(weight.shape, axis: axis)
        var order = Array(0..<weight.rank)
        order.swapAt(0, axis)
        let matrix = weight.permute(order).reshape([rows, -1])
        if isTraining {
            withoutGrad {
                let m = matrix.value
                var uValue = u.value, vValue = v.value
                for _ in 0..<powerIterations {
                    vValue = Self.normalized(NDArray.matmul(uValue.reshaped([1, rows]), m).reshaped([m.shape[1]]), eps: eps)
                    uValue = Self.normalized(NDArray.matmul(m, vValue.reshaped([m.shape[1], 1])).reshaped([rows]), eps: eps)
                }
                u.value = uValue
                v.value = vValue
            }
        }
        let sigma = (Tensor(u.value) * Tensor.matmul(matrix, Tensor(v.value))).sum()
        return weight / sigma
    }

    public func callAsFunction(_ x: Tensor) -> Tensor {
        layer(x, weight: normalizedWeight())
    }

    /// `layer` wrapped in spectral normalization when `normalize`, else `layer` itself
    /// (the generator is drawn from only when it wraps).
    public static func wrapping(_ layer: any WeightedLayer, when normalize: Bool, generator: inout RandomGenerator) -> any LayerModule {
        normalize ? SpectralNorm(layer, generator: &generator) : layer
    }

    static func matrixShape(_ shape: [Int], axis: Int) -> (Int, Int) {
        (shape[axis], Shape.count(shape) / shape[axis])
    }

    /// `x / max(‖x‖, eps)`.
    static func normalized(_ x: NDArray, eps: Float) -> NDArray {
        let norm = max(x.map(.square).sum().scalarValue.squareRoot(), eps)
        return x.map(.affine(scale: 1 / norm, shift: 0))
    }
}
