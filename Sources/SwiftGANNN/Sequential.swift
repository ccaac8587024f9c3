import SwiftGANAutograd

/// Layers applied in order; keys are the layer indices (`0.weight`), as PyTorch's `nn.Sequential`.
public final class Sequential: Module, Layer {
    /// The layers in order.
    public let layers: [any LayerModule]

    /// Layers applied in the given order.
    public init(_ layers: [any LayerModule]) {
        self.layers = layers
    }

    /// Layers applied in the given order.
    public convenience init(_ layers: any LayerModule...) {
        self.init(layers)
    }

    override public var namedChildren: [(String, Module)] {
        layers.enumerated().map { (String($0.offset), $0.element) }
    }

    public func callAsFunction(_ x: Tensor) -> Tensor {
        layers.reduce(x) { $1($0) }
    }
}
