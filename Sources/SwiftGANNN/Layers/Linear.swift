import SwiftGANAutograd
import SwiftGANKernels

/// `y = x Wᵀ + b` with `weight [out, in]` and `bias [out]`, as PyTorch's `nn.Linear`.
public final class Linear: Module, Layer {
    public let weight: Parameter
    public let bias: Parameter?

    /// A layer initialized as PyTorch does (uniform in ±1/√in) unless `initializer` says otherwise;
    /// the bias is always uniform in ±1/√in, or zero with a non-default initializer.
    public init(
        _ inFeatures: Int, _ outFeatures: Int, bias: Bool = true,
        initializer: Initializer = .pytorchDefault, generator: inout RandomGenerator
    ) {
        precondition(inFeatures > 0 && outFeatures > 0, "Linear: features must be positive, got \(inFeatures) -> \(outFeatures)")
        weight = Parameter(initializer.make([outFeatures, inFeatures], generator: &generator))
        if bias {
            let bound = 1 / Float(inFeatures).squareRoot()
            self.bias = Parameter(
                initializer == .pytorchDefault
                    ? generator.uniform([outFeatures], low: -bound, high: bound) : NDArray(zeros: [outFeatures]))
        } else {
            self.bias = nil
        }
    }

    override public var treatsSamplesIndependently: Bool { true }

    public func callAsFunction(_ x: Tensor) -> Tensor {
        apply(x, weight: weight.tensor, rectifierSlope: nil)
    }

    /// The layer followed by ReLU (`rectifierSlope` 0) or leaky ReLU as one
    /// operation (`Sequential` uses this for a `Linear` then such an `Activation`).
    public func callAsFunction(_ x: Tensor, rectifierSlope: Float?) -> Tensor {
        apply(x, weight: weight.tensor, rectifierSlope: rectifierSlope)
    }

    /// The layer with another weight (spectral normalization uses this).
    public func callAsFunction(_ x: Tensor, weight w: Tensor) -> Tensor {
        apply(x, weight: w, rectifierSlope: nil)
    }

    private func apply(_ x: Tensor, weight w: Tensor, rectifierSlope: Float?) -> Tensor {
        precondition(x.shape.last == w.shape[1], "Linear: input \(x.shape) does not end in \(w.shape[1]) features")
        return Tensor.linear(x, weight: w, bias: bias?.tensor, rectifierSlope: rectifierSlope)
    }
}
