/// One PyTorch optimizer trajectory from `scripts/make_optimizer_fixtures.py`.
struct OptimizerReferenceCase: Sendable {
    /// What the case checks.
    let name: String
    /// `SGD`, `Adam`, `AdamW` or `RMSProp`.
    let optimizer: String
    /// Hyperparameters under their state-dict names (flags as 0 or 1); absent ones take the defaults.
    let options: [String: Float]
    /// The parameter shapes.
    let shapes: [[Int]]
    /// The parameter values before the first step, row-major.
    let initial: [[Float]]
    /// The gradient of every parameter at every step (`nil`: no gradient).
    let gradients: [[[Float]?]]
    /// The parameter values after every step.
    let expected: [[[Float]]]
}
