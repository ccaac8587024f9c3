import SwiftGANAutograd

/// A module applied to one tensor.
public protocol Layer: AnyObject {
    /// The forward pass.
    func callAsFunction(_ x: Tensor) -> Tensor
}

/// A module that is also a one-input layer (what `Sequential` holds).
public typealias LayerModule = Module & Layer
