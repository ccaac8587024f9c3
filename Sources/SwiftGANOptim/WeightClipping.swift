import SwiftGANNN

/// Clamps every value of `parameters` to `[-limit, limit]` in place, the
/// weight clipping of the original WGAN critic; NaN stays NaN.
public func clipWeights(_ parameters: [Parameter], to limit: Float) {
    precondition(limit >= 0, "clipWeights: limit must be >= 0, got \(limit)")
    for parameter in parameters {
        parameter.update { values in
            for j in values.indices { values[j] = clamp(values[j], limit) }
        }
    }
}
