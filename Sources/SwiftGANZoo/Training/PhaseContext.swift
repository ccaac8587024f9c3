import SwiftGANData
import SwiftGANKernels
import SwiftGANNN

/// What a phase's loss sees: the step, the real batch, the trainer's random
/// stream (draws advance it for the rest of the step), and the players.
public struct PhaseContext {
    /// The step being trained (completed steps before it).
    public let step: Int
    /// The real batch, unless the phase asks for none.
    public let batch: Batch?
    /// The trainer's random stream.
    public var random: RandomGenerator
    /// The players by name.
    public let players: [String: Player]

    /// The real batch; stops with a message when the phase was declared without one.
    public var real: Batch {
        guard let batch else { preconditionFailure("PhaseContext: the phase was declared with batch: .none and has no real batch") }
        return batch
    }

    /// The module of player `name`.
    public func module(_ name: String) -> Module {
        guard let player = players[name] else {
            preconditionFailure("PhaseContext: no player '\(name)'; the players are \(players.keys.sorted().joined(separator: ", "))")
        }
        return player.module
    }
}
