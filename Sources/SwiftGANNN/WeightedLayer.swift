import SwiftGANAutograd

/// A layer whose main weight can be replaced at call time: what
/// `SpectralNorm` wraps (Linear, Conv2d, ConvTranspose2d).
public protocol WeightedLayer: Module, Layer {
    /// The weight the layer owns.
    var weight: Parameter { get }
    /// The layer applied with `weight` in place of its own.
    func callAsFunction(_ x: Tensor, weight: Tensor) -> Tensor
    /// The weight axis that stays a row when the weight is flattened to a matrix
    /// for its spectral norm (0; 1 for transposed convolutions, as PyTorch).
    var spectralNormAxis: Int { get }
}

extension Linear: WeightedLayer {
    public var spectralNormAxis: Int { 0 }
}

extension Conv2d: WeightedLayer {
    public var spectralNormAxis: Int { 0 }
}

extension ConvTranspose2d: WeightedLayer {
    public var spectralNormAxis: Int { 1 }
}
