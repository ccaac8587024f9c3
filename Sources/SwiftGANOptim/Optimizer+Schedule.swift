extension Optimizer {
    /// Sets the learning rate for the coming `step()` from `schedule`, at step
    /// `stepCount` (0 before the first step); call it before every `step()`.
    public func applySchedule(_ schedule: some LearningRateSchedule) {
        learningRate = schedule.learningRate(atStep: stepCount)
    }
}
