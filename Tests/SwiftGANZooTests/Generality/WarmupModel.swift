import SwiftGAN

/// A generator with a warm-up phase (an L1 fit of its samples to the real
/// batch, SRGAN's pretraining in miniature) for the first `warmup` steps, the
/// adversarial phases after it, and a lazy generator regularization (the
/// mean squared output, every `interval` steps, StyleGAN2's schedule).
final class WarmupModel: ZooModel {
    let gan: StandardGAN
    let warmup: Int
    let interval: Int
    var input: ModelInput { .noise }
    var conditioningClasses: Int? { nil }

    init(seed: UInt64, warmup: Int, interval: Int) {
        var random = RandomGenerator(seed: seed)
        gan = StandardGAN(
            generator: MLP.generator(latent: 4, hidden: 16, layers: 1, generator: &random),
            discriminator: MLP.discriminator(hidden: 16, layers: 1, generator: &random), latentDimension: 4, loss: .nonSaturating)
        (self.warmup, self.interval) = (warmup, interval)
    }

    func previewRequest(count: Int, random: inout RandomGenerator) -> InferenceRequest {
        gan.previewRequest(count: count, random: &random)
    }

    func infer(_ request: InferenceRequest, networks: [String: Module]) -> Tensor {
        gan.infer(request, networks: networks)
    }

    var phases: [Phase] {
        let gan = self.gan
        let pretraining = Phase(name: "warmup", updates: ["generator"], activeSteps: 0..<warmup) { context in
            let fake = gan.generate(gan.sampleLatent(count: context.real.images.shape[0], random: &context.random), with: gan.generator)
            return PhaseResult(loss: (fake - Tensor(context.real.images)).abs().mean())
        }
        let adversarial = AdversarialTraining.phases(for: gan, settings: TrainerSettings()).map { phase in
            Phase(
                name: phase.name, updates: phase.updates, interval: phase.interval, repeats: phase.repeats, activeSteps: warmup..<Int.max,
                batch: phase.batch, afterUpdate: phase.afterUpdate, loss: phase.loss)
        }
        let regularization = Phase(name: "g_reg", updates: ["generator"], interval: interval, gain: Float(interval), batch: .none, isLazyRegularization: true) { context in
            let fake = gan.generate(gan.sampleLatent(count: 8, random: &context.random), with: gan.generator)
            return PhaseResult(loss: fake.square().mean() * 0.01)
        }
        return [pretraining] + adversarial + [regularization]
    }
}
