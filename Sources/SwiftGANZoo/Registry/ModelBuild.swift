/// What a model definition builds: the model for inference and previews, the
/// phases that train it, and its growth stages. The networks come from the
/// `ModelContext` they were made with.
public struct ModelBuild {
    public let model: any ZooModel
    public let phases: [Phase]
    public let growth: GrowthSchedule?
    /// State beyond networks and optimizers that checkpoints carry, by name.
    public let extraStates: [String: any CheckpointState]

    public init(model: any ZooModel, phases: [Phase], growth: GrowthSchedule? = nil, extraStates: [String: any CheckpointState] = [:]) {
        (self.model, self.phases, self.growth, self.extraStates) = (model, phases, growth, extraStates)
    }
}
