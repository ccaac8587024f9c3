import SwiftGANAutograd
import SwiftGANData
import SwiftGANKernels
import SwiftGANNN
import SwiftGANOptim

/// Runs a model's phases over its players, whatever they are: one loop over
/// the phases due at each step, each an update of its players from its loss,
/// with the finite checks naming phase and parameter. Deterministic from its
/// seed and data loader; `checkpoint()`/`restore(_:)` continue a run exactly
/// for any set of players, optimizers, averages, random streams and extra state.
public final class Trainer {
    /// What is trained: used for inference and previews.
    public let model: any ZooModel
    /// The players, in the order their states are saved.
    public let players: [Player]
    public let phases: [Phase]
    /// The real data; nil for models that train without a dataset.
    public let loader: DataLoader?
    /// Resolution stages of a growing model.
    public let growth: GrowthSchedule?
    /// Further state that a checkpoint carries, by name (`extra.NAME` in the file).
    public var extraStates: [String: any CheckpointState] = [:]
    /// Settings that follow the step, applied to the players before every step
    /// (after their learning-rate schedules); a function of the step alone, so resuming continues them exactly.
    public typealias StepSchedule = (_ step: Int, _ players: [Player]) -> Void
    /// The model's settings by step, if it has any.
    public var stepSchedule: StepSchedule?
    /// The trainer's random stream (latents, augmentations, penalties).
    public var random: RandomGenerator
    /// Completed steps.
    public private(set) var step = 0
    private let playersByName: [String: Player]

    public init(model: any ZooModel, players: [Player], phases: [Phase], loader: DataLoader?, growth: GrowthSchedule? = nil, seed: UInt64) {
        let names = players.map(\.name)
        precondition(Set(names).count == names.count, "Trainer: player names must be unique, got \(names)")
        for phase in phases {
            for name in phase.updates where !names.contains(name) {
                preconditionFailure("Trainer: phase \(phase.name) updates '\(name)', which is not a player (\(names.joined(separator: ", ")))")
            }
            precondition(loader != nil || phase.batch == .none, "Trainer: phase \(phase.name) needs real batches, but there is no data loader")
        }
        (self.model, self.players, self.phases, self.loader, self.growth) = (model, players, phases, loader, growth)
        playersByName = Dictionary(uniqueKeysWithValues: players.map { ($0.name, $0) })
        random = RandomGenerator(seed: seed)
    }

    /// The player called `name`.
    public func player(_ name: String) -> Player {
        guard let player = playersByName[name] else { preconditionFailure("Trainer: no player '\(name)'; the players are \(players.map(\.name))") }
        return player
    }

    /// One training step; returns the metrics to log. Throws `TrainingError` when a
    /// loss or gradient is not finite (nothing is updated by the failing phase).
    @discardableResult
    public func trainStep() throws -> [String: Float] {
        for player in players {
            if let schedule = player.schedule { player.optimizer.learningRate = schedule.learningRate(atStep: step) }
        }
        stepSchedule?(step, players)
        growth?.apply(atStep: step)
        var metrics: [String: Float] = [:]
        var latest: Batch?
        for phase in phases where phase.isDue(at: step) {
            for _ in 0..<phase.repeats {
                let batch: Batch?
                switch phase.batch {
                case .fresh: batch = try loader!.next()
                case .latest: batch = try latest ?? loader!.next()
                case .none: batch = nil
                }
                if let batch { latest = batch }
                try run(phase, batch: batch, metrics: &metrics)
            }
        }
        step += 1
        return metrics
    }

    private func run(_ phase: Phase, batch: Batch?, metrics: inout [String: Float]) throws {
        var context = PhaseContext(step: step, batch: batch, random: random, players: playersByName)
        let result = try phase.loss(&context)
        random = context.random
        metrics.merge(result.metrics) { $1 }
        let key = "loss_" + phase.name
        if result.metrics[key] == nil { metrics[key] = result.loss.scalarValue }
        guard !phase.fitsInClosedForm else {
            phase.afterUpdate?()
            return
        }
        var total = phase.gain == 1 ? result.loss : result.loss * phase.gain
        let updated = phase.updates.map(player)
        for player in updated {
            guard let history = player.history else { continue }
            let penalty = history.penalty(for: player.module)
            metrics[player.historyKey] = penalty.scalarValue
            total = total + penalty
        }
        try update(updated, loss: total, phase: phase)
        for player in updated { player.history?.update(from: player.module) }
        phase.afterUpdate?()
        // The moving averages follow the main phases: a lazy regularizer's extra update is not a step of more images.
        guard !phase.isLazyRegularization else { return }
        let count = batch?.images.shape[0] ?? 1
        for player in updated { player.average?.update(from: player.module, batchSize: count) }
    }

    private func update(_ updated: [Player], loss: Tensor, phase: Phase) throws {
        let value = loss.scalarValue
        guard value.isFinite else { throw TrainingError(step: step, problem: "the loss of phase \(phase.name) is \(value)") }
        let owned = updated.flatMap { player in player.optimizer.parameters.filter(\.isTrainable).map { (player, $0) } }
        for player in updated { player.optimizer.zeroGrad() }
        let grads = gradients(of: loss, wrt: owned.map(\.1.tensor))
        for ((player, parameter), grad) in zip(owned, grads) {
            guard grad.value.isAllFinite else {
                let name = player.module.namedParameters().first { $0.1 === parameter }?.0 ?? "a parameter"
                throw TrainingError(step: step, problem: "in phase \(phase.name), the gradient of \(player.name).\(name) is not finite")
            }
            parameter.setGrad(grad.value)
        }
        if let limit = phase.maxGradientNorm { try clipGradientNorm(owned.map(\.1), maxNorm: limit) }
        for player in updated { player.optimizer.step() }
    }

    /// Sets the completed-step count of a restored run.
    func setStep(_ value: Int) { step = value }

    /// The players' networks for inference (moving averages where there are some).
    public var inference: Inference {
        Inference(model: model, networks: Dictionary(uniqueKeysWithValues: players.map { ($0.name, $0.inferenceModule) }))
    }
}
