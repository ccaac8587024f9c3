import SwiftGANAutograd

/// An element-wise activation as a layer (`Activation(.leakyRelu(0.2))`), as PyTorch's
/// `nn.ReLU`, `nn.LeakyReLU`, `nn.ELU`, `nn.GELU`, `nn.Tanh`, `nn.Sigmoid`, `nn.Softplus`, `nn.Identity`.
public final class Activation: Module, Layer {
    /// The activations available as layers.
    public enum Kind: Sendable, Equatable {
        case relu, gelu, tanh, sigmoid, softplus, identity
        case leakyRelu(Float)
        case elu(Float)
    }

    public let kind: Kind

    public init(_ kind: Kind) { self.kind = kind }

    /// 0 for ReLU, the slope for a leaky ReLU with a non-negative slope, nil
    /// otherwise: the activations a preceding `Linear` can apply in its own pass.
    public var rectifierSlope: Float? {
        switch kind {
        case .relu: return 0
        case .leakyRelu(let slope) where slope >= 0: return slope
        default: return nil
        }
    }

    override public var treatsSamplesIndependently: Bool { true }

    public func callAsFunction(_ x: Tensor) -> Tensor {
        switch kind {
        case .relu: return x.relu()
        case .gelu: return x.gelu()
        case .tanh: return x.tanh()
        case .sigmoid: return x.sigmoid()
        case .softplus: return x.softplus()
        case .identity: return x
        case .leakyRelu(let slope): return x.leakyRelu(slope: slope)
        case .elu(let alpha): return x.elu(alpha: alpha)
        }
    }
}
