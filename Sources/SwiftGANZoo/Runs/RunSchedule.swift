/// How often a run logs, draws samples and saves checkpoints, and how many it keeps.
public struct RunSchedule: Sendable, Equatable {
    /// Metrics to `metrics.jsonl`, TensorBoard and the loss plot every this many steps.
    public var logEvery: Int
    /// A fixed-latent sample grid every this many steps.
    public var sampleEvery: Int
    /// A checkpoint (and the evaluation that picks the best one) every this many steps.
    public var checkpointEvery: Int
    /// The newest step checkpoints kept; `best.safetensors` is kept besides them.
    public var keepCheckpoints: Int

    public init(logEvery: Int = 100, sampleEvery: Int = 500, checkpointEvery: Int = 1_000, keepCheckpoints: Int = 3) {
        precondition(logEvery > 0 && sampleEvery > 0 && checkpointEvery > 0 && keepCheckpoints > 0,
                     "RunSchedule: intervals and keepCheckpoints must be positive")
        (self.logEvery, self.sampleEvery, self.checkpointEvery, self.keepCheckpoints) = (logEvery, sampleEvery, checkpointEvery, keepCheckpoints)
    }
}
