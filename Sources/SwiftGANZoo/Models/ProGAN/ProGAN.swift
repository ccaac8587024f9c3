import SwiftGANAutograd
import SwiftGANData
import SwiftGANKernels
import SwiftGANNN

/// ProGAN (Karras et al. 2018, "Progressive Growing of GANs"): generator and
/// critic grown together from 4x4, the WGAN-GP loss with the drift term
/// `ε · E[D(x)²]`. Real images are shown at the stage's resolution, and while
/// a stage fades in, blended with their coarser version by the same `alpha`
/// that blends the networks' layers.
public final class ProGAN: GANModel {
    let generatorNetwork: ProGANGenerator
    let discriminatorNetwork: ProGANDiscriminator
    let options: ProGANOptions
    let growth: ProGANGrowth

    public var generator: Module { generatorNetwork }
    public var discriminator: Module { discriminatorNetwork }

    init(generator: ProGANGenerator, discriminator: ProGANDiscriminator, options: ProGANOptions, growth: ProGANGrowth) {
        (generatorNetwork, discriminatorNetwork, self.options, self.growth) = (generator, discriminator, options, growth)
    }

    public func sampleLatent(count: Int, random: inout RandomGenerator) -> Latent {
        Latent(z: Tensor(random.normal([count, options.latentDimension])))
    }

    public func generate(_ latent: Latent, with network: Module) -> Tensor {
        guard let layer = network as? ProGANGenerator else { preconditionFailure("ProGAN: the generator network is not a ProGANGenerator") }
        return layer(latent.z)
    }

    /// Real images `[N, C, R, R]` as the current stage shows them: average-pooled
    /// to its side, blended with their 2x coarser version while it fades in,
    /// and brought back to `R` by nearest-neighbour upsampling.
    func stageImages(_ images: NDArray) -> Tensor {
        let x = Tensor(images)
        let factor = images.shape[2] / ProGANGrowth.side(of: growth.stage)
        let fading = growth.stage > 0 && growth.alpha < 1
        guard factor > 1 || fading else { return x }
        return withoutGrad {
            var low = factor > 1 ? x.avgPool2d(kernel: (factor, factor)) : x
            if fading { low = low * growth.alpha + low.avgPool2d(kernel: (2, 2)).upsampleNearest(scale: 2) * (1 - growth.alpha) }
            return factor > 1 ? low.upsampleNearest(scale: factor) : low
        }
    }

    public func discriminatorLoss(real: Batch, fake: Tensor, fakeLatent: Latent, step: Int, random: inout RandomGenerator) -> PhaseResult {
        let realScores = discriminatorNetwork(stageImages(real.images)), fakeScores = discriminatorNetwork(fake)
        let distance = realScores.mean() - fakeScores.mean()
        let drift = realScores.square().mean()
        return PhaseResult(loss: -distance + drift * options.drift, metrics: [
            "wasserstein": distance.scalarValue, "drift": drift.scalarValue,
            "resolution": Float(ProGANGrowth.side(of: growth.stage)), "alpha": growth.alpha,
        ])
    }

    public func discriminatorRegularization(real: Batch, fake: Tensor, random: inout RandomGenerator) -> PhaseResult? {
        guard options.gradientPenalty > 0 else { return nil }
        let penalty = GradientPenalty.wganGP(weight: options.gradientPenalty)(
            { self.discriminatorNetwork($0) }, real: stageImages(real.images), fake: fake, generator: &random)
        return PhaseResult(loss: penalty, metrics: ["gradient_penalty": penalty.scalarValue])
    }

    public func generatorLoss(count: Int, real: Batch, step: Int, random: inout RandomGenerator) -> PhaseResult {
        PhaseResult(loss: -discriminatorNetwork(generate(sampleLatent(count: count, random: &random), with: generatorNetwork)).mean())
    }
}
