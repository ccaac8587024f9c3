import SwiftGANAutograd

/// A phase's loss to minimize and the numbers to log with it.
public struct PhaseResult {
    /// The scalar loss of the phase.
    public var loss: Tensor
    /// Named values for the metrics log (the loss itself is added by the trainer).
    public var metrics: [String: Float]

    public init(loss: Tensor, metrics: [String: Float] = [:]) {
        self.loss = loss
        self.metrics = metrics
    }
}
