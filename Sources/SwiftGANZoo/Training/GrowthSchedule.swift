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
    /// What each stage is called in the schedule's summary ("8x8"); by default its number.
    public let stageNames: [String]

    public init(stageStarts: [Int], fadeSteps: Int, stageNames: [String]? = nil, apply: @escaping (_ stage: Int, _ alpha: Float) -> Void) {
        precondition(stageStarts.first == 0, "GrowthSchedule: the first stage must start at step 0, got \(stageStarts)")
        precondition(zip(stageStarts, stageStarts.dropFirst()).allSatisfy { $0 < $1 }, "GrowthSchedule: stage starts must increase, got \(stageStarts)")
        precondition(fadeSteps >= 0, "GrowthSchedule: fadeSteps must not be negative, got \(fadeSteps)")
        precondition(stageNames == nil || stageNames!.count == stageStarts.count, "GrowthSchedule: \(stageNames!.count) names for \(stageStarts.count) stages")
        (self.stageStarts, self.fadeSteps, self.apply) = (stageStarts, fadeSteps, apply)
        self.stageNames = stageNames ?? stageStarts.indices.map { "stage \($0)" }
    }

    /// Sets the model to the stage and fade-in weight of `step`.
    public func apply(atStep step: Int) {
        let position = position(at: step)
        apply(position.stage, position.alpha)
    }

    /// The schedule in images and steps at `batchSize`, one line:
    /// `8x8 from image 64,000 (step 2,000), fading in over 32,000 images; ...`.
    public func summary(batchSize: Int) -> String {
        return zip(stageNames, stageStarts).enumerated().map { index, stage in
            let fading = index > 0 && fadeSteps > 0 ? ", fading in over \(Self.grouped(fadeSteps * batchSize)) images" : ""
            return "\(stage.0) from image \(Self.grouped(stage.1 * batchSize)) (step \(Self.grouped(stage.1)))\(fading)"
        }.joined(separator: "; ")
    }

    /// `n` with commas between groups of three digits: 64,000.
    static func grouped(_ n: Int) -> String {
        let digits = String(n.magnitude)
        let head = digits.count % 3 == 0 ? 3 : digits.count % 3
        var groups = [String(digits.prefix(head))]
        var rest = digits.dropFirst(head)
        while !rest.isEmpty { groups.append(String(rest.prefix(3))); rest = rest.dropFirst(3) }
        return (n < 0 ? "-" : "") + groups.joined(separator: ",")
    }

    /// The stage of `step` and its fade-in weight (1 once faded in, and in the first stage).
    public func position(at step: Int) -> (stage: Int, alpha: Float) {
        let stage = stageStarts.lastIndex { $0 <= step } ?? 0
        guard stage > 0, fadeSteps > 0 else { return (stage, 1) }
        return (stage, min(1, Float(step - stageStarts[stage] + 1) / Float(fadeSteps)))
    }
}
