import Foundation
import SwiftGANAutograd
import SwiftGANData
import SwiftGANKernels
import SwiftGANNN

/// A style-based GAN as StyleGAN and StyleGAN2 train it (Karras et al. 2019,
/// 2020): the non-saturating logistic loss; R1 on real images every
/// `r1Interval` steps; the path-length penalty every `pathLengthInterval`
/// steps, `(‖J_wᵀ y‖ − a)²` for images perturbed by noise `y` scaled by
/// 1/√(H·W), `a` the running mean of the lengths (β 0.99); style mixing
/// with probability `styleMixing`, cut at a random layer; with `augmentation`,
/// StyleGAN2-ADA's adaptive augmentation of every image D sees. Training draws
/// fresh noise planes; inference uses the generator's fixed planes and `Latent.truncation`.
public final class StyleBasedGAN: StyleSpaceModel {
    let generator: any StyleBasedGenerator
    let discriminator: any LayerModule
    let options: StyleTraining
    /// The adaptive augmentation of D's inputs; nil: none.
    let augmentation: AdaptiveAugmentation?

    public var conditioningClasses: Int? { nil }

    init(generator: any StyleBasedGenerator, discriminator: any LayerModule, options: StyleTraining) {
        (self.generator, self.discriminator, self.options) = (generator, discriminator, options)
        augmentation = options.augmentTarget > 0
            ? AdaptiveAugmentation(target: options.augmentTarget, interval: options.augmentInterval, speedImages: options.augmentSpeedImages)
            : nil
    }

    /// What the registry trains: this model, its phases, and the augmentation's state for checkpoints.
    func modelBuild() -> ModelBuild {
        ModelBuild(model: self, phases: phases(), extraStates: augmentation.map { ["augment": $0] } ?? [:])
    }

    /// D's scores of `x`, augmented first when the model augments.
    func judge(_ x: Tensor, random: inout RandomGenerator) -> Tensor {
        discriminator(augmentation.map { $0(x, random: &random) } ?? x)
    }

    public func sampleLatent(count: Int, random: inout RandomGenerator) -> Latent {
        Latent(z: Tensor(random.normal([count, options.latentDimension])))
    }

    public func infer(_ request: InferenceRequest, networks: [String: Module]) -> Tensor {
        guard case .latent(let latent) = request else { preconditionFailure("StyleBasedGAN: inference takes a latent, got \(request)") }
        let network = Self.generator(in: networks)
        return network.synthesize(network.styles(latent.z, truncation: latent.truncation ?? 1), noise: nil)
    }

    /// The styles of `count` training images: with probability `styleMixing`
    /// the layers from a random cutoff take the styles of a second noise.
    func trainingStyles(count: Int, random: inout RandomGenerator) -> Tensor {
        let ws = generator.styles(Tensor(random.normal([count, options.latentDimension])))
        let other = Tensor(random.normal([count, options.latentDimension]))
        guard options.styleMixing > 0, random.nextUnitFloat() < options.styleMixing else { return ws }
        let cutoff = 1 + Int(random.next() % UInt64(ws.shape[1] - 1))
        return Self.mix(ws, with: generator.styles(other), from: cutoff)
    }

    /// `count` training images with fresh noise, and their styles.
    func trainingImages(count: Int, random: inout RandomGenerator) -> (images: Tensor, styles: Tensor) {
        let ws = trainingStyles(count: count, random: &random)
        return (generator.synthesize(ws, noise: generator.randomNoise(count: count, random: &random)), ws)
    }

    /// The phases: `d` and `g` every step, `d_r1` and `g_path` lazily.
    func phases() -> [Phase] {
        var phases = [Phase(name: "d", updates: ["discriminator"], batch: .fresh) { context in
            let real = context.real
            let fake = withoutGrad {
                let made = self.trainingImages(count: real.images.shape[0], random: &context.random)
                self.generator.trackAverage(made.styles)
                return made.images
            }
            let realScores = self.judge(Tensor(real.images), random: &context.random)
            let fakeScores = self.judge(fake, random: &context.random)
            let loss = fakeScores.softplus().mean() + (-realScores).softplus().mean()
            var metrics = ["d_real": realScores.mean().scalarValue, "d_fake": fakeScores.mean().scalarValue]
            if let augmentation = self.augmentation {
                if let heuristic = augmentation.observe(realScores: realScores, step: context.step) { metrics["augment_rt"] = heuristic }
                metrics["augment_p"] = augmentation.probability
            }
            return PhaseResult(loss: loss, metrics: metrics)
        }]
        if options.r1Gamma > 0 {
            phases.append(Phase(
                name: "d_r1", updates: ["discriminator"], interval: options.r1Interval, gain: Float(options.r1Interval), batch: .latest, isLazyRegularization: true
            ) { context in
                var random = context.random
                let r1 = GradientPenalty.squaredNorm({ self.judge($0, random: &random) }, at: context.real.images)
                context.random = random
                return PhaseResult(loss: r1 * (self.options.r1Gamma / 2), metrics: ["r1": r1.scalarValue])
            })
        }
        phases.append(Phase(name: "g", updates: ["generator"], batch: .latest) { context in
            let fake = self.trainingImages(count: context.real.images.shape[0], random: &context.random).images
            return PhaseResult(loss: (-self.judge(fake, random: &context.random)).softplus().mean())
        })
        if options.pathLengthWeight > 0 {
            phases.append(Phase(
                name: "g_path", updates: ["generator"], interval: options.pathLengthInterval, gain: Float(options.pathLengthInterval),
                batch: .latest, isLazyRegularization: true
            ) { context in
                let penalty = self.pathLengthPenalty(count: max(1, context.real.images.shape[0] / 2), random: &context.random)
                return PhaseResult(loss: penalty.loss * self.options.pathLengthWeight, metrics: ["path_length": penalty.batchLength, "path_length_target": penalty.target])
            })
        }
        return phases
    }

    /// The path-length penalty `E[(‖J_wᵀ y‖ − a)²]` of `count` images, with the
    /// batch's mean length and the target `a` after its update `a ← a + 0.01 (mean − a)`.
    func pathLengthPenalty(count: Int, random: inout RandomGenerator) -> (loss: Tensor, batchLength: Float, target: Float) {
        let (images, ws) = trainingImages(count: count, random: &random)
        let pixels = Float(images.shape[2] * images.shape[3])
        let noise = Tensor(random.normal(images.shape).map(.affine(scale: 1 / pixels.squareRoot(), shift: 0)))
        let lengths = Self.pathLengths(gradients(of: (images * noise).sum(), wrt: [ws], createGraph: true)[0])
        guard let target = generator.pathLengthTarget else { preconditionFailure("StyleBasedGAN: the generator keeps no mean path length") }
        let previous = target.value.scalarValue, batchLength = lengths.mean().scalarValue
        let updated = previous + (batchLength - previous) * 0.01
        target.value = NDArray([updated], shape: [1])
        return ((lengths - updated).square().mean(), batchLength, updated)
    }

    /// `ws` with the layers from `cutoff` on taking their styles from `other`.
    static func mix(_ ws: Tensor, with other: Tensor, from cutoff: Int) -> Tensor {
        guard cutoff < ws.shape[1] else { return ws }
        return Tensor.concat([ws.slice(axis: 1, start: 0, end: cutoff), other.slice(axis: 1, start: cutoff, end: ws.shape[1])], axis: 1)
    }

    /// Each image's path length from the gradient `[N, styles, W]` of its perturbed
    /// output with respect to its styles: `√(mean over styles of ‖g‖²)`.
    static func pathLengths(_ grads: Tensor) -> Tensor {
        (grads.square().sum(axes: [2]).mean(axes: [1]) + 1e-12).sqrt()
    }
}
