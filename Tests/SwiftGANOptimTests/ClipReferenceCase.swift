/// One PyTorch `clip_grad_norm_` call from `scripts/make_optimizer_fixtures.py`.
struct ClipReferenceCase: Sendable {
    /// What the case checks.
    let name: String
    /// The norm limit.
    let maxNorm: Float
    /// The parameter shapes.
    let shapes: [[Int]]
    /// The gradients before clipping (`nil`: no gradient).
    let gradients: [[Float]?]
    /// The norm PyTorch returned.
    let norm: Float
    /// The gradients after clipping.
    let clipped: [[Float]?]
}
