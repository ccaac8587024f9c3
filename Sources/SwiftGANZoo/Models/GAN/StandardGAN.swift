import SwiftGANAutograd
import SwiftGANData
import SwiftGANKernels
import SwiftGANNN
import SwiftGANOptim

/// An unconditional GAN with a chosen loss, optional gradient penalty, weight
/// clipping, one-sided label smoothing, annealed instance noise and
/// DiffAugment: GAN, DCGAN, LSGAN, WGAN, WGAN-GP, DRAGAN, SNGAN and the
/// relativistic GAN are configurations of it.
public final class StandardGAN: GANModel {
    public let generatorNetwork: any LayerModule
    public let discriminatorNetwork: any LayerModule
    public let latentDimension: Int
    public let loss: AdversarialLoss
    public let penalty: GradientPenalty?
    /// WGAN's weight clipping: every critic weight clamped to [-c, c] after each update.
    public let weightClip: Float?
    /// Target for real samples (below 1: one-sided label smoothing).
    public let realTarget: Float
    /// Instance noise: standard deviation at step 0, decayed linearly to 0 at `instanceNoiseSteps`.
    public let instanceNoise: Float
    public let instanceNoiseSteps: Int
    /// Differentiable augmentation applied to every discriminator input.
    public let augment: DiffAugment?
    /// PacGAN's packing: the discriminator judges `packing` samples at once,
    /// concatenated along the feature (or channel) axis.
    public let packing: Int
    /// What the generator minimizes: the adversarial loss or feature matching.
    public let generatorObjective: GeneratorObjective

    public var generator: Module { generatorNetwork }
    public var discriminator: Module { discriminatorNetwork }

    public init(
        generator: any LayerModule, discriminator: any LayerModule, latentDimension: Int, loss: AdversarialLoss,
        penalty: GradientPenalty? = nil, weightClip: Float? = nil, realTarget: Float = 1, instanceNoise: Float = 0,
        instanceNoiseSteps: Int = 0, augment: DiffAugment? = nil, packing: Int = 1,
        generatorObjective: GeneratorObjective = .adversarial
    ) {
        precondition(packing > 0, "StandardGAN: packing must be positive, got \(packing)")
        if generatorObjective == .featureMatching {
            precondition(
                (discriminator as? Sequential).map { $0.layers.count >= 2 } ?? false,
                "StandardGAN: feature matching needs a Sequential discriminator (its features are all layers but the last)")
        }
        precondition(latentDimension > 0, "StandardGAN: latentDimension must be positive, got \(latentDimension)")
        precondition(realTarget > 0 && realTarget <= 1, "StandardGAN: realTarget \(realTarget) must be in (0, 1]")
        if penalty != nil {
            for module in discriminator.modules() where module is BatchNorm {
                preconditionFailure("StandardGAN: a critic trained with a gradient penalty must not use BatchNorm (it couples the samples the penalty treats one by one)")
            }
        }
        (generatorNetwork, discriminatorNetwork, self.latentDimension, self.loss) = (generator, discriminator, latentDimension, loss)
        (self.penalty, self.weightClip, self.realTarget) = (penalty, weightClip, realTarget)
        (self.instanceNoise, self.instanceNoiseSteps, self.augment) = (instanceNoise, instanceNoiseSteps, augment)
        (self.packing, self.generatorObjective) = (packing, generatorObjective)
    }

    public func sampleLatent(count: Int, random: inout RandomGenerator) -> Latent {
        Latent(z: Tensor(random.normal([count, latentDimension])))
    }

    public func generate(_ latent: Latent, with network: Module) -> Tensor {
        guard let layer = network as? any Layer else { preconditionFailure("StandardGAN: the generator network is not a Layer") }
        return layer(latent.z)
    }

    /// `[N, ...]` samples packed into `[N / packing, packing · features, ...]`.
    func packed(_ x: Tensor) -> Tensor {
        guard packing > 1 else { return x }
        precondition(x.shape[0] % packing == 0, "StandardGAN: the batch of \(x.shape[0]) is not divisible by the packing \(packing); choose a batch size that is")
        return x.reshape([x.shape[0] / packing, packing * x.shape[1]] + Array(x.shape.dropFirst(2)))
    }

    /// The standard deviation of the instance noise at `step`.
    func instanceNoiseLevel(atStep step: Int) -> Float {
        instanceNoiseSteps > 0 ? instanceNoise * max(0, 1 - Float(step) / Float(instanceNoiseSteps)) : instanceNoise
    }

    /// The discriminator's view of `x`: augmented, noised and packed as configured.
    func discriminate(_ x: Tensor, step: Int, random: inout RandomGenerator) -> Tensor {
        var input = x
        if let augment { input = augment(input, generator: &random) }
        let sigma = instanceNoiseLevel(atStep: step)
        if sigma > 0 { input = input + Tensor(random.normal(input.shape, std: sigma)) }
        return discriminatorNetwork(packed(input))
    }

    /// The scores of the real and the fake batch. When the discriminator treats
    /// samples independently and nothing random touches its input, both batches
    /// run as one: the same scores, with half the operations.
    func scores(real: Tensor, fake: Tensor, step: Int, random: inout RandomGenerator) -> (real: Tensor, fake: Tensor) {
        guard augment == nil, instanceNoiseLevel(atStep: step) == 0, discriminatorNetwork.treatsSamplesIndependently else {
            return (discriminate(real, step: step, random: &random), discriminate(fake, step: step, random: &random))
        }
        let (packedReal, packedFake) = (packed(real), packed(fake))
        let both = discriminatorNetwork(Tensor.concat([packedReal, packedFake], axis: 0))
        let split = packedReal.shape[0]
        return (both.slice(axis: 0, start: 0, end: split), both.slice(axis: 0, start: split, end: both.shape[0]))
    }

    public func discriminatorLoss(real: Batch, fake: Tensor, fakeLatent: Latent, step: Int, random: inout RandomGenerator) -> PhaseResult {
        let (realScores, fakeScores) = scores(real: Tensor(real.images), fake: fake, step: step, random: &random)
        let value = loss.discriminatorLoss(real: realScores, fake: fakeScores, realTarget: realTarget)
        return PhaseResult(loss: value, metrics: [
            "d_real": realScores.value.mean().scalarValue, "d_fake": fakeScores.value.mean().scalarValue,
        ])
    }

    public func discriminatorRegularization(real: Batch, fake: Tensor, random: inout RandomGenerator) -> PhaseResult? {
        guard let penalty else { return nil }
        let value = penalty({ self.discriminatorNetwork(self.packed($0)) }, real: Tensor(real.images), fake: fake, generator: &random)
        return PhaseResult(loss: value, metrics: ["penalty": value.scalarValue])
    }

    public func generatorLoss(count: Int, real: Batch, step: Int, random: inout RandomGenerator) -> PhaseResult {
        let fake = generate(sampleLatent(count: count, random: &random), with: generatorNetwork)
        if generatorObjective == .featureMatching, let network = discriminatorNetwork as? Sequential {
            let features = Sequential(Array(network.layers.dropLast()))
            let realMean = withoutGrad { features(packed(Tensor(real.images))).mean(axes: [0]) }
            let fakeMean = features(packed(fake)).mean(axes: [0])
            return PhaseResult(loss: (fakeMean - realMean).square().sum())
        }
        let fakeScores = discriminate(fake, step: step, random: &random)
        let realScores = loss == .relativisticAverage ? withoutGrad { discriminate(Tensor(real.images), step: step, random: &random) } : nil
        return PhaseResult(loss: loss.generatorLoss(fake: fakeScores, real: realScores))
    }

    public func afterDiscriminatorUpdate() {
        if let weightClip { clipWeights(discriminatorNetwork.parameters(), to: weightClip) }
    }
}
