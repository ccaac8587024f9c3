import SwiftGANAutograd
import SwiftGANKernels

/// A linear layer with the equalized learning rate of ProGAN/StyleGAN: weights
/// are stored as N(0, 1) / `lrMultiplier` and scaled at run time by
/// `gain · lrMultiplier / √in`, so every weight learns at the same pace under
/// Adam (`gain` is He's constant, √2 before a ReLU-like activation, 1 by default).
public final class EqualizedLinear: Module, Layer {
    public let weight: Parameter
    public let bias: Parameter?
    public let lrMultiplier: Float
    /// The run-time weight scale `gain · lrMultiplier / √in`.
    public let weightScale: Float

    /// A layer whose bias starts at `biasInit` (stored divided by `lrMultiplier`).
    public init(
        _ inFeatures: Int, _ outFeatures: Int, bias: Bool = true, biasInit: Float = 0, lrMultiplier: Float = 1, gain: Float = 1,
        generator: inout RandomGenerator
    ) {
        precondition(inFeatures > 0 && outFeatures > 0 && lrMultiplier > 0 && gain > 0, "EqualizedLinear: bad sizes \(inFeatures) -> \(outFeatures), lrMultiplier \(lrMultiplier) or gain \(gain)")
        weight = Parameter(generator.normal([outFeatures, inFeatures], std: 1 / lrMultiplier))
        self.bias = bias ? Parameter(NDArray(repeating: biasInit / lrMultiplier, shape: [outFeatures])) : nil
        self.lrMultiplier = lrMultiplier
        weightScale = gain * lrMultiplier / Float(inFeatures).squareRoot()
    }

    public func callAsFunction(_ x: Tensor) -> Tensor {
        Tensor.linear(x, weight: weight.tensor * weightScale, bias: bias.map { $0.tensor * lrMultiplier })
    }
}
