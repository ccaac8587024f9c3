import SwiftGANAutograd
import SwiftGANData
import SwiftGANKernels
import SwiftGANNN

/// Coupled GANs (Liu and Tuzel 2016): a pair of GANs, one per domain,
/// sharing the generators' first layers and the discriminators' last ones,
/// trained on unpaired images of both domains; one latent then draws a
/// corresponding pair (the same digit in both looks) though no pair was
/// ever shown. Each step updates the discriminators on both domains' real
/// and generated images, then the generators on fresh latents. Inference
/// draws pairs side by side, domain A on the left (gray repeated to RGB
/// beside RGB).
public final class CoGAN: LatentModel {
    public let generator: CoupledGenerator
    public let discriminator: CoupledDiscriminator
    public let latentDimension: Int
    public let loss: AdversarialLoss
    public var conditioningClasses: Int? { nil }

    public init(generator: CoupledGenerator, discriminator: CoupledDiscriminator, latentDimension: Int, loss: AdversarialLoss) {
        (self.generator, self.discriminator, self.latentDimension, self.loss) = (generator, discriminator, latentDimension, loss)
    }

    public func sampleLatent(count: Int, random: inout RandomGenerator) -> Latent {
        Latent(z: Tensor(random.normal([count, latentDimension])))
    }

    public func infer(_ request: InferenceRequest, networks: [String: Module]) -> Tensor {
        guard case .latent(let latent) = request else { preconditionFailure("CoGAN: inference takes a latent, got \(request)") }
        let (a, b) = pair(latent.z, networks: networks)
        let channels = max(a.shape[1], b.shape[1])
        func widened(_ x: Tensor) -> Tensor { x.shape[1] == channels ? x : Tensor.concat([Tensor](repeating: x, count: channels), axis: 1) }
        return Tensor.concat([widened(a), widened(b)], axis: 3)
    }

    /// The pair of images of latents `z` from the `generator` network.
    public func pair(_ z: Tensor, networks: [String: Module]) -> (a: Tensor, b: Tensor) {
        guard let network = networks["generator"] as? CoupledGenerator else { preconditionFailure("CoGAN: no coupled generator among \(networks.keys.sorted())") }
        return network(z)
    }

    var phases: [Phase] {
        let d = Phase(name: "discriminator", updates: ["discriminator"]) { [unowned self] context in
            let (realA, realB) = try PairedTranslator.pair(context)
            let count = context.real.images.shape[0]
            let fake = withoutGrad { generator(sampleLatent(count: count, random: &context.random).z) }
            let lossA = loss.discriminatorLoss(real: discriminator(realA, domain: 0), fake: discriminator(fake.a, domain: 0))
            let lossB = loss.discriminatorLoss(real: discriminator(realB, domain: 1), fake: discriminator(fake.b, domain: 1))
            return PhaseResult(loss: lossA + lossB, metrics: ["d_a": lossA.scalarValue, "d_b": lossB.scalarValue])
        }
        let g = Phase(name: "generator", updates: ["generator"], batch: .latest) { [unowned self] context in
            let fake = generator(sampleLatent(count: context.real.images.shape[0], random: &context.random).z)
            return PhaseResult(loss: loss.generatorLoss(fake: discriminator(fake.a, domain: 0)) + loss.generatorLoss(fake: discriminator(fake.b, domain: 1)))
        }
        return [d, g]
    }
}
