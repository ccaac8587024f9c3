/// `base` until `startStep`, then a straight line down to `base · finalFactor`
/// at `endStep`, constant after.
public struct LinearDecaySchedule: LearningRateSchedule {
    /// The learning rate before the decay.
    public let base: Float
    /// The last step at the full rate.
    public let startStep: Int
    /// The first step at the final rate.
    public let endStep: Int
    /// The final rate as a fraction of `base`.
    public let finalFactor: Float

    /// A decay from `base` at `startStep` to `base · finalFactor` at `endStep`.
    public init(base: Float, from startStep: Int = 0, to endStep: Int, finalFactor: Float = 0) {
        precondition(
            startStep >= 0 && endStep > startStep,
            "LinearDecaySchedule: needs 0 <= startStep < endStep, got \(startStep) and \(endStep)")
        self.base = base
        self.startStep = startStep
        self.endStep = endStep
        self.finalFactor = finalFactor
    }

    /// `base · (1 + (finalFactor − 1) · progress)`, progress going from 0 at
    /// `startStep` to 1 at `endStep`.
    public func learningRate(atStep step: Int) -> Float {
        let progress = scheduleProgress(atStep: step, from: startStep, to: endStep)
        return Float(Double(base) * (1 + (Double(finalFactor) - 1) * progress))
    }
}
