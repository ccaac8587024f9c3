/// Where a data loader is in its stream: the epoch and the next batch within
/// it. Saved in checkpoints so a resumed run sees the same batches.
public struct LoaderPosition: Equatable, Sendable, Codable {
    public var epoch: Int
    public var batch: Int

    public init(epoch: Int = 0, batch: Int = 0) {
        precondition(epoch >= 0 && batch >= 0, "LoaderPosition: epoch \(epoch) and batch \(batch) must not be negative")
        self.epoch = epoch
        self.batch = batch
    }
}
