/// What a model definition builds: the model for inference and previews, the
/// phases that train it, and its growth stages. The networks come from the
/// `ModelContext` they were made with.
public struct ModelBuild {
    public let model: any ZooModel
    public let phases: [Phase]
    public let growth: GrowthSchedule?
    /// State beyond networks and optimizers that checkpoints carry, by name.
    public let extraStates: [String: any CheckpointState]
    /// Sets what the model schedules by step before every step (R3GAN's learning rates, β2 and average half-lives).
    public let stepSchedule: Trainer.StepSchedule?

    public init(
        model: any ZooModel, phases: [Phase], growth: GrowthSchedule? = nil, extraStates: [String: any CheckpointState] = [:],
        stepSchedule: Trainer.StepSchedule? = nil
    ) {
        (self.model, self.phases, self.growth, self.extraStates, self.stepSchedule) = (model, phases, growth, extraStates, stepSchedule)
    }
}
