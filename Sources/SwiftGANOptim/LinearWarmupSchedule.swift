/// Another schedule scaled by a factor that rises linearly from `startFactor`
/// at step 0 to 1 at `warmupSteps` (and stays 1). The wrapped schedule sees
/// the same step numbers, so a decay meant to begin after the warm-up starts
/// at `warmupSteps`.
public struct LinearWarmupSchedule: LearningRateSchedule {
    /// The schedule being warmed up.
    public let base: any LearningRateSchedule
    /// The number of steps until the full rate.
    public let warmupSteps: Int
    /// The factor at step 0.
    public let startFactor: Float

    /// `base` warmed up over `warmupSteps` steps starting at `startFactor`.
    public init(_ base: any LearningRateSchedule, warmupSteps: Int, startFactor: Float = 0) {
        precondition(warmupSteps > 0, "LinearWarmupSchedule: warmupSteps must be positive, got \(warmupSteps)")
        precondition(
            startFactor >= 0 && startFactor <= 1,
            "LinearWarmupSchedule: startFactor must be in [0, 1], got \(startFactor)")
        self.base = base
        self.warmupSteps = warmupSteps
        self.startFactor = startFactor
    }

    /// `base.learningRate(atStep: step) · (startFactor + (1 − startFactor) · min(step, warmupSteps) / warmupSteps)`.
    public func learningRate(atStep step: Int) -> Float {
        let progress = Double(min(max(step, 0), warmupSteps)) / Double(warmupSteps)
        let factor = Double(startFactor) + (1 - Double(startFactor)) * progress
        return Float(Double(base.learningRate(atStep: step)) * factor)
    }
}
