import SwiftGANData
import SwiftGANOptim

extension Trainer {
    /// A trainer for a two-player GAN: the players `generator` (with its
    /// moving average, when given) and `discriminator`, and the phases of
    /// `AdversarialTraining`.
    public convenience init(
        model: any GANModel, loader: DataLoader, generatorOptimizer: any Optimizer, discriminatorOptimizer: any Optimizer,
        settings: TrainerSettings = TrainerSettings(), average: ExponentialMovingAverage? = nil, seed: UInt64
    ) {
        let players = [
            Player(name: "generator", module: model.generator, optimizer: generatorOptimizer, average: average),
            Player(name: "discriminator", module: model.discriminator, optimizer: discriminatorOptimizer),
        ]
        self.init(model: model, players: players, phases: AdversarialTraining.phases(for: model, settings: settings), loader: loader, seed: seed)
    }

    /// The two-player model this trainer trains; stops with a message for other models.
    public var adversarial: any GANModel {
        guard let model = model as? any GANModel else { preconditionFailure("Trainer: \(type(of: model)) is not a two-player GANModel") }
        return model
    }
}
