/// The resolution stages of a growing model (ProGAN): stage `i` starts at
/// step `stageStarts[i]`, and during its first `fadeSteps` steps the new
/// layers fade in (`alpha` from 0 to 1). The trainer calls `apply` before
/// every step with the stage and alpha of that step; both follow from the
/// step alone, so a run resumed across a stage change continues exactly.
public struct GrowthSchedule {
    /// The first step of each stage, starting with 0, increasing.
    public let stageStarts: [Int]
    /// Steps over which a new stage's layers fade in.
    public let fadeSteps: Int
    /// Sets the model's stage and fade-in weight.
    public let apply: (_ stage: Int, _ alpha: Float) -> Void

    public init(stageStarts: [Int], fadeSteps: Int, apply: @escaping (_ stage: Int, _ alpha: Float) -> Void) {
        precondition(stageStarts.first == 0, "GrowthSchedule: the first stage must start at step 0, got \(stageStarts)")
        precondition(zip(stageStarts, stageStarts.dropFirst()).allSatisfy { $0 < $1 }, "GrowthSchedule: stage starts must increase, got \(stageStarts)")
        precondition(fadeSteps >= 0, "GrowthSchedule: fadeSteps must not be negative, got \(fadeSteps)")
        (self.stageStarts, self.fadeSteps, self.apply) = (stageStarts, fadeSteps, apply)
    }

    /// The stage of `step` and its fade-in weight (1 once faded in, and in the first stage).
    public func position(at step: Int) -> (stage: Int, alpha: Float) {
        let stage = stageStarts.lastIndex { $0 <= step } ?? 0
        guard stage > 0, fadeSteps > 0 else { return (stage, 1) }
        return (stage, min(1, Float(step - stageStarts[stage] + 1) / Float(fadeSteps)))
    }
}
