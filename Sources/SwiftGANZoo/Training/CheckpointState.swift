import SwiftGANNN

/// State beyond modules and optimizers that a checkpoint carries
/// (historical averages, a model's own counters).
public protocol CheckpointState: AnyObject {
    func stateDict() -> StateDict
    func load(_ state: StateDict) throws
}

extension HistoricalAveraging: CheckpointState {}
