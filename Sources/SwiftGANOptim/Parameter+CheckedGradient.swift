import SwiftGANKernels
import SwiftGANNN

extension Parameter {
    /// The gradient for an optimizer step, which must have the parameter's shape.
    func gradient(checkedBy optimizer: String, index: Int) -> NDArray? {
        guard let grad else { return nil }
        precondition(
            grad.shape == shape,
            "\(optimizer).step: the gradient of parameter \(index) has shape \(grad.shape), the parameter \(shape)")
        return grad
    }
}
