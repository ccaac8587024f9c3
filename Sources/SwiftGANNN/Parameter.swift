import SwiftGANAutograd
import SwiftGANKernels

/// A trainable tensor of a module: a leaf that collects gradients while it
/// is trainable, updated in place by optimizers.
public final class Parameter {
    /// The leaf tensor to use in forward passes.
    public private(set) var tensor: Tensor

    /// A parameter holding `value`.
    public init(_ value: NDArray, trainable: Bool = true) {
        tensor = Tensor(value, requiresGrad: trainable)
    }

    /// The current value.
    public var value: NDArray { tensor.value }
    /// The shape of the value.
    public var shape: [Int] { tensor.shape }
    /// The gradient accumulated by `backward()`, if any.
    public var grad: NDArray? { tensor.grad?.value }

    /// Whether gradients flow into this parameter. Freezing makes the tensor a
    /// constant (and drops its gradient); the value is kept.
    public var isTrainable: Bool {
        get { tensor.requiresGrad }
        set { if newValue != isTrainable { tensor = Tensor(tensor.value, requiresGrad: newValue) } }
    }

    /// Replaces the value (same shape), keeping the gradient.
    public func assign(_ newValue: NDArray) {
        precondition(newValue.shape == shape, "Parameter.assign: new value \(newValue.shape) differs from shape \(shape)")
        tensor.assign(newValue)
    }

    /// Updates the value in place (copy-on-write keeps recorded graphs intact).
    public func update(_ body: (UnsafeMutableBufferPointer<Float>) -> Void) {
        tensor.mutateValue { value in value.withUnsafeMutableBufferPointer(body) }
    }

    /// Drops the accumulated gradient.
    public func zeroGrad() {
        if tensor.isLeaf { tensor.grad = nil }
    }

    /// Sets the gradient (for gradients computed with `gradients(of:wrt:)`).
    public func setGrad(_ gradient: NDArray?) {
        precondition(gradient == nil || gradient!.shape == shape, "Parameter.setGrad: gradient \(gradient!.shape) differs from shape \(shape)")
        guard tensor.isLeaf else { return }
        tensor.grad = gradient.map { Tensor($0) }
    }
}
