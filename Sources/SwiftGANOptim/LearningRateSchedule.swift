/// A learning rate as a function of the optimizer step (0 for the first `step()`).
public protocol LearningRateSchedule: Sendable {
    /// The learning rate for step `step` (counted from 0).
    func learningRate(atStep step: Int) -> Float
}
