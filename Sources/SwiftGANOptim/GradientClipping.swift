import SwiftGANKernels
import SwiftGANNN

/// Scales every gradient by `min(1, maxNorm / (total + 1e-6))`, where `total` is
/// the L2 norm of all gradients of `parameters` taken together, as PyTorch's
/// `torch.nn.utils.clip_grad_norm_`; parameters without a gradient are skipped.
/// Returns `total`, the norm before clipping (0 when no parameter has a gradient).
///
/// With `errorIfNonfinite` a NaN or infinite total throws before anything is
/// changed; without it such a total scales the gradients to NaN or 0, as PyTorch does.
@discardableResult
public func clipGradientNorm(
    _ parameters: [Parameter], maxNorm: Float, errorIfNonfinite: Bool = false
) throws(NonfiniteGradientNorm) -> Float {
    precondition(maxNorm >= 0, "clipGradientNorm: maxNorm must be >= 0, got \(maxNorm)")
    var sumOfSquares: Double = 0
    for parameter in parameters {
        parameter.grad?.withUnsafeBufferPointer { g in
            for x in g { sumOfSquares += Double(x) * Double(x) }
        }
    }
    let total = Float(sumOfSquares.squareRoot())
    if errorIfNonfinite && !total.isFinite { throw NonfiniteGradientNorm(norm: total) }
    let coefficient = maxNorm / (total + 1e-6)
    if coefficient >= 1 { return total }
    transformGradients(parameters) { $0 * coefficient }
    return total
}

/// Clamps every gradient element of `parameters` to `[-limit, limit]`, as
/// PyTorch's `torch.nn.utils.clip_grad_value_`; NaN stays NaN.
public func clipGradientValues(_ parameters: [Parameter], to limit: Float) {
    precondition(limit >= 0, "clipGradientValues: limit must be >= 0, got \(limit)")
    transformGradients(parameters) { clamp($0, limit) }
}

/// Rewrites every gradient in place (its storage is reused when nothing else holds it).
private func transformGradients(_ parameters: [Parameter], _ transform: (Float) -> Float) {
    for parameter in parameters {
        guard var grad = parameter.grad else { continue }
        parameter.setGrad(nil)
        grad.withUnsafeMutableBufferPointer { g in
            for j in g.indices { g[j] = transform(g[j]) }
        }
        parameter.setGrad(grad)
    }
}
