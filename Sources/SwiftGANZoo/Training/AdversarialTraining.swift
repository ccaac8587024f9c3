import SwiftGANAutograd

/// The phases of a two-player GAN: `d` updates the discriminator
/// `settings.criticSteps` times per step, each on a fresh real batch, with the
/// regularization added every `regularizationInterval` steps (scaled by the
/// interval); `g` updates the generator every `generatorInterval` steps on
/// the last real batch. `loss_d` logs the main discriminator loss alone.
public enum AdversarialTraining {
    /// The players of a two-player GAN.
    public static let playerNames = ["generator", "discriminator"]

    /// The build of a two-player GAN: `model` and its phases.
    public static func build(_ model: any GANModel, settings: TrainerSettings) -> ModelBuild {
        ModelBuild(model: model, phases: phases(for: model, settings: settings))
    }

    public static func phases(for model: any GANModel, settings: TrainerSettings) -> [Phase] {
        let discriminator = Phase(
            name: "d", updates: ["discriminator"], repeats: settings.criticSteps, batch: .fresh, afterUpdate: model.afterDiscriminatorUpdate
        ) { context in
            let real = context.real
            let latent = model.sampleLatent(count: real.images.shape[0], random: &context.random)
            let fake = withoutGrad { model.generate(latent, with: model.generator) }
            let main = model.discriminatorLoss(real: real, fake: fake, fakeLatent: latent, step: context.step, random: &context.random)
            var total = main.loss
            var metrics = main.metrics
            metrics["loss_d"] = main.loss.scalarValue
            if context.step % settings.regularizationInterval == 0,
               let regularization = model.discriminatorRegularization(real: real, fake: fake, random: &context.random) {
                total = total + regularization.loss * Float(settings.regularizationInterval)
                metrics.merge(regularization.metrics) { $1 }
            }
            return PhaseResult(loss: total, metrics: metrics)
        }
        let generator = Phase(name: "g", updates: ["generator"], interval: settings.generatorInterval, batch: .latest) { context in
            model.generatorLoss(count: context.real.images.shape[0], real: context.real, step: context.step, random: &context.random)
        }
        return [discriminator, generator]
    }
}
