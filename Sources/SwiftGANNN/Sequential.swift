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

    override public var treatsSamplesIndependently: Bool { layers.allSatisfy(\.treatsSamplesIndependently) }

    /// The layers applied in order; a `Linear` followed by a ReLU or leaky ReLU
    /// `Activation` runs as one fused operation (same values and gradients).
    public func callAsFunction(_ x: Tensor) -> Tensor {
        var y = x, index = 0
        while index < layers.count {
            if index + 1 < layers.count, let linear = layers[index] as? Linear,
                let slope = (layers[index + 1] as? Activation)?.rectifierSlope
            {
                y = linear(y, rectifierSlope: slope)
                index += 2
            } else {
                y = layers[index](y)
                index += 1
            }
        }
        return y
    }
}
