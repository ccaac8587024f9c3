import SwiftGANAutograd
import SwiftGANData
import SwiftGANKernels
import SwiftGANNN
import SwiftGANOptim

/// Runs the phases of GAN training (D main, D regularization, G main) with
/// their intervals, the generator's moving average, and checks that every
/// loss and gradient stays finite. Deterministic from its seed and data
/// loader; `checkpoint()`/`restore(_:)` continue a run exactly.
public final class Trainer {
    public let model: any GANModel
    public let settings: TrainerSettings
    public let generatorOptimizer: any Optimizer
    public let discriminatorOptimizer: any Optimizer
    /// The generator's moving average, when configured.
    public let average: ExponentialMovingAverage?
    public let loader: DataLoader
    /// Learning rates by step for each player (nil: the optimizer's own, constant).
    public var generatorSchedule: (any LearningRateSchedule)?
    public var discriminatorSchedule: (any LearningRateSchedule)?
    /// Historical averaging of each player's parameters (Salimans et al.), when configured:
    /// its penalty joins that player's loss, and its mean follows each update.
    public var generatorHistory: HistoricalAveraging?
    public var discriminatorHistory: HistoricalAveraging?
    /// The trainer's random stream (latents, augmentations, penalties).
    public var random: RandomGenerator
    /// Completed steps.
    public private(set) var step = 0

    public init(
        model: any GANModel, loader: DataLoader, generatorOptimizer: any Optimizer, discriminatorOptimizer: any Optimizer,
        settings: TrainerSettings = TrainerSettings(), average: ExponentialMovingAverage? = nil, seed: UInt64
    ) {
        (self.model, self.loader, self.generatorOptimizer, self.discriminatorOptimizer) = (model, loader, generatorOptimizer, discriminatorOptimizer)
        (self.settings, self.average) = (settings, average)
        random = RandomGenerator(seed: seed)
    }

    /// One training step; returns the metrics to log. Throws `TrainingError` when a
    /// loss or gradient is not finite (nothing is updated by the failing phase).
    @discardableResult
    public func trainStep() throws -> [String: Float] {
        var metrics: [String: Float] = [:]
        var lastReal: Batch?
        if let generatorSchedule { generatorOptimizer.learningRate = generatorSchedule.learningRate(atStep: step) }
        if let discriminatorSchedule { discriminatorOptimizer.learningRate = discriminatorSchedule.learningRate(atStep: step) }
        for _ in 0..<settings.criticSteps {
            let real = try loader.next()
            lastReal = real
            let count = real.images.shape[0]
            let latent = model.sampleLatent(count: count, random: &random)
            let fake = withoutGrad { model.generate(latent, with: model.generator) }
            let main = model.discriminatorLoss(real: real, fake: fake, fakeLatent: latent, step: step, random: &random)
            var total = main.loss
            metrics.merge(main.metrics) { $1 }
            metrics["loss_d"] = main.loss.scalarValue
            if step % settings.regularizationInterval == 0, let regularization = model.discriminatorRegularization(real: real, fake: fake, random: &random) {
                total = total + regularization.loss * Float(settings.regularizationInterval)
                metrics.merge(regularization.metrics) { $1 }
            }
            total = addHistoryPenalty(discriminatorHistory, of: model.discriminator, to: total, metric: "history_d", in: &metrics)
            try update(discriminatorOptimizer, module: model.discriminator, loss: total, phase: "discriminator")
            discriminatorHistory?.update(from: model.discriminator)
            model.afterDiscriminatorUpdate()
        }
        if step % settings.generatorInterval == 0, let real = lastReal {
            let count = real.images.shape[0]
            let result = model.generatorLoss(count: count, real: real, step: step, random: &random)
            metrics.merge(result.metrics) { $1 }
            metrics["loss_g"] = result.loss.scalarValue
            let total = addHistoryPenalty(generatorHistory, of: model.generator, to: result.loss, metric: "history_g", in: &metrics)
            try update(generatorOptimizer, module: model.generator, loss: total, phase: "generator")
            generatorHistory?.update(from: model.generator)
            average?.update(from: model.generator, batchSize: count)
        }
        step += 1
        return metrics
    }

    /// `loss` plus the historical-averaging penalty of `module`, when configured (recorded as `metric`).
    private func addHistoryPenalty(_ history: HistoricalAveraging?, of module: Module, to loss: Tensor, metric: String, in metrics: inout [String: Float]) -> Tensor {
        guard let history else { return loss }
        let penalty = history.penalty(for: module)
        metrics[metric] = penalty.scalarValue
        return loss + penalty
    }

    private func update(_ optimizer: any Optimizer, module: Module, loss: Tensor, phase: String) throws {
        let value = loss.scalarValue
        guard value.isFinite else { throw TrainingError(step: step, problem: "the \(phase) loss is \(value)") }
        optimizer.zeroGrad()
        let parameters = optimizer.parameters.filter(\.isTrainable)
        let grads = gradients(of: loss, wrt: parameters.map(\.tensor))
        for (parameter, grad) in zip(parameters, grads) {
            guard grad.value.isAllFinite else {
                let name = module.namedParameters().first { $0.1 === parameter }?.0 ?? "a parameter"
                throw TrainingError(step: step, problem: "the \(phase) gradient of \(name) is not finite")
            }
            parameter.setGrad(grad.value)
        }
        optimizer.step()
    }

    /// Everything needed to continue: networks, optimizers, moving average, data position, random state.
    public func checkpoint(configuration: String = "") -> TrainingCheckpoint {
        var modules: [String: Module] = ["generator": model.generator, "discriminator": model.discriminator]
        var averages: [String: ExponentialMovingAverage] = [:]
        if let average {
            modules["generator_ema"] = average.target
            averages["generator_ema"] = average
        }
        var checkpoint = TrainingCheckpoint(
            step: step, modules: modules, optimizers: ["generator": generatorOptimizer, "discriminator": discriminatorOptimizer],
            averages: averages, randomGenerators: ["trainer": random], configuration: configuration)
        for (name, history) in [("history_generator", generatorHistory), ("history_discriminator", discriminatorHistory)] {
            if let history { checkpoint.extras[name] = history.stateDict() }
        }
        checkpoint.extras["data"] = StateDict([
            ("epoch", NDArray(scalar: Float(loader.position.epoch))), ("batch", NDArray(scalar: Float(loader.position.batch))),
        ])
        return checkpoint
    }

    /// The data position saved in `checkpoint`: give it to the loader of the resumed run.
    public static func loaderPosition(in checkpoint: TrainingCheckpoint) throws -> LoaderPosition {
        guard let data = checkpoint.extras["data"], let epoch = data["epoch"], let batch = data["batch"] else {
            throw CheckpointError(path: nil, problem: "no data position (extra state 'data')")
        }
        return LoaderPosition(epoch: Int(epoch.scalarValue), batch: Int(batch.scalarValue))
    }

    /// Continues from `checkpoint`; the loader must have been made at the saved position.
    public func restore(_ checkpoint: TrainingCheckpoint, path: String? = nil) throws {
        let position = try Self.loaderPosition(in: checkpoint)
        guard position == loader.position else {
            throw CheckpointError(path: path, problem: "the data loader is at \(loader.position), the checkpoint at \(position); make the loader with startingAt: Trainer.loaderPosition(in:)")
        }
        guard let saved = checkpoint.randomGenerators["trainer"] else {
            throw CheckpointError(path: path, problem: "no random state for the trainer")
        }
        var modules: [String: Module] = ["generator": model.generator, "discriminator": model.discriminator]
        var averages: [String: ExponentialMovingAverage] = [:]
        if let average {
            modules["generator_ema"] = average.target
            averages["generator_ema"] = average
        }
        try checkpoint.restore(
            modules: modules, optimizers: ["generator": generatorOptimizer, "discriminator": discriminatorOptimizer],
            averages: averages, path: path)
        for (name, history) in [("history_generator", generatorHistory), ("history_discriminator", discriminatorHistory)] {
            guard let history else { continue }
            guard let state = checkpoint.extras[name] else {
                throw CheckpointError(path: path, problem: "no historical averaging state '\(name)', but the run averages")
            }
            try history.load(state)
        }
        random = saved
        step = checkpoint.step
    }
}
