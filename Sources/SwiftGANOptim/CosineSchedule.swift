import Foundation

/// Cosine annealing from `base` at `startStep` to `final` at `endStep`
/// (constant outside), the closed form of PyTorch's `CosineAnnealingLR`
/// with `eta_min = final` over one half period.
public struct CosineSchedule: LearningRateSchedule {
    /// The learning rate at `startStep` and before.
    public let base: Float
    /// The learning rate at `endStep` and after.
    public let final: Float
    /// Where the annealing starts.
    public let startStep: Int
    /// Where the annealing ends.
    public let endStep: Int

    /// An annealing from `base` at `startStep` to `final` at `endStep`.
    public init(base: Float, final: Float = 0, from startStep: Int = 0, to endStep: Int) {
        precondition(
            startStep >= 0 && endStep > startStep,
            "CosineSchedule: needs 0 <= startStep < endStep, got \(startStep) and \(endStep)")
        self.base = base
        self.final = final
        self.startStep = startStep
        self.endStep = endStep
    }

    /// `final + (base − final) · (1 + cos(π · progress)) / 2`, progress going
    /// from 0 at `startStep` to 1 at `endStep`.
    public func learningRate(atStep step: Int) -> Float {
        let progress = scheduleProgress(atStep: step, from: startStep, to: endStep)
        return Float(Double(final) + (Double(base) - Double(final)) * (1 + cos(Double.pi * progress)) / 2)
    }
}
