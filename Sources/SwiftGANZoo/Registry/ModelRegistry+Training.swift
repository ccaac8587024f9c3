import Foundation
import SwiftGANData
import SwiftGANKernels
import SwiftGANNN
import SwiftGANOptim

extension ModelRegistry {
    /// A trainer for `configuration`: its model, a player per network with the
    /// optimizer, schedule, moving average and history the configuration gives
    /// it, and the data loader starting at `position`. Refuses unknown names
    /// and incompatible combinations before anything trains, with a message
    /// that names the key and says what to change.
    public static func trainer(for configuration: TrainingConfiguration, startingAt position: LoaderPosition = LoaderPosition()) throws -> Trainer {
        let c = configuration
        let shape = try DatasetRegistry.shape(of: c)
        let (build, context) = try self.build(c, shape: shape)
        let definition = try requireDefinition(named: c.model)
        // A model whose phases read no batches (a per-image optimization, a baseline with nothing to learn) gets no loader.
        var loader: DataLoader?
        if build.phases.contains(where: { $0.batch != .none }) {
            let data = try definition.trainingData(DatasetRegistry.load(c), erasedOptions: c.modelOptions, configuration: c)
            loader = try DataLoader(data, batchSize: c.batchSize, normalize: !shape.isPoints, seed: c.seed &+ 2, startingAt: position)
        }
        var copies = RandomGenerator(seed: c.seed &+ 3)
        let players = context.networks.map { network -> Player in
            let options = c.player(network.name)
            let ratio = build.phases.filter { $0.updates.contains(network.name) }.map(\.lazyRatio).min() ?? 1
            let learningRate = (options.learningRate ?? c.optimizer.learningRate) * ratio
            let player = Player(
                name: network.name, module: network.module,
                optimizer: makeOptimizer(options.optimizer ?? c.optimizer.name, network.module.parameters(), learningRate: learningRate,
                                         betas: (options.beta1 ?? c.optimizer.beta1, options.beta2 ?? c.optimizer.beta2), ratio: ratio))
            if c.optimizer.learningRateDecay {
                player.schedule = LinearDecaySchedule(base: learningRate, from: c.steps / 2, to: c.steps, finalFactor: 0.05)
            }
            if let decay = options.emaDecay {
                let copy = network.module.copy { context.remake(network.name, random: &copies) }
                player.average = ExponentialMovingAverage(target: copy, decay: decay)
            }
            if let weight = options.historicalAveraging, weight > 0 { player.history = HistoricalAveraging(weight: weight) }
            return player
        }
        let trainer = Trainer(model: build.model, players: players, phases: build.phases, loader: loader, growth: build.growth, seed: c.seed &+ 4)
        trainer.extraStates = build.extraStates
        trainer.stepSchedule = build.stepSchedule
        return trainer
    }

    /// An optimizer by name; a lazy regularization's `ratio` raises Adam's betas to its power (StyleGAN2).
    public static func makeOptimizer(_ name: String, _ parameters: [Parameter], learningRate: Float, betas: (Float, Float), ratio: Float) -> any Optimizer {
        switch name {
        case "rmsprop": return RMSProp(parameters, learningRate: learningRate)
        case "sgd": return SGD(parameters, learningRate: learningRate, momentum: betas.0)
        default:
            let corrected = ratio == 1 ? betas : (Float(pow(Double(betas.0), Double(ratio))), Float(pow(Double(betas.1), Double(ratio))))
            return Adam(parameters, learningRate: learningRate, betas: corrected)
        }
    }
}
