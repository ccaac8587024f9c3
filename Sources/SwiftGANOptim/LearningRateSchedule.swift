/// A learning rate as a function of the optimizer step (0 for the first `step()`).
public protocol LearningRateSchedule: Sendable {
    /// The learning rate for step `step` (counted from 0).
    func learningRate(atStep step: Int) -> Float
}

extension LearningRateSchedule {
    /// How far `step` is from `start` (0) to `end` (1), clamped to [0, 1].
    func scheduleProgress(atStep step: Int, from start: Int, to end: Int) -> Double {
        Double(min(max(step - start, 0), end - start)) / Double(end - start)
    }
}
