import SwiftGANAutograd
import SwiftGANData
import SwiftGANKernels
import SwiftGANNN

/// O-GAN (Su 2019): the discriminator outputs a vector `E(x)` of the latent's
/// width and its score is the mean of that vector; both players also
/// maximize the Pearson correlation between z and `E(G(z))`, which turns the
/// discriminator into an encoder with no network added. A real image is
/// reconstructed from its standardized encoding.
public final class OGAN: GANModel, EncodingModel {
    public let generatorNetwork: any LayerModule
    public let discriminatorNetwork: any LayerModule
    public let latentDimension: Int
    public let loss: AdversarialLoss
    /// λ of the correlation term in both losses.
    public let correlationWeight: Float

    public var generator: Module { generatorNetwork }
    public var discriminator: Module { discriminatorNetwork }

    init(generator: any LayerModule, discriminator: any LayerModule, latentDimension: Int, loss: AdversarialLoss, correlationWeight: Float) {
        precondition(latentDimension > 1, "OGAN: the latent needs at least 2 values for a correlation, got \(latentDimension)")
        (generatorNetwork, discriminatorNetwork, self.latentDimension) = (generator, discriminator, latentDimension)
        (self.loss, self.correlationWeight) = (loss, correlationWeight)
    }

    public func sampleLatent(count: Int, random: inout RandomGenerator) -> Latent {
        Latent(z: Tensor(random.normal([count, latentDimension])))
    }

    public func generate(_ latent: Latent, with network: Module) -> Tensor {
        guard let layer = network as? any Layer else { preconditionFailure("OGAN: the generator network is not a Layer") }
        return layer.callAsFunction(latent.z)
    }

    /// Minus the mean over samples of the Pearson correlation between each row of `z` and of `encoded` (`[N, D]` each).
    public static func correlationLoss(_ z: Tensor, _ encoded: Tensor) -> Tensor {
        precondition(z.shape == encoded.shape && z.rank == 2, "OGAN: z \(z.shape) and its encoding \(encoded.shape) must be the same [N, D]")
        let zc = z - z.mean(axes: [1], keepDims: true), ec = encoded - encoded.mean(axes: [1], keepDims: true)
        let products = (zc * ec).sum(axes: [1])
        let norms = (zc.square().sum(axes: [1]) * ec.square().sum(axes: [1]) + 1e-12).rsqrt()
        return -(products * norms).mean()
    }

    /// The score of encodings: their mean, `[N, 1]`.
    static func score(_ encoded: Tensor) -> Tensor {
        encoded.mean(axes: [1], keepDims: true)
    }

    public func discriminatorLoss(real: Batch, fake: Tensor, fakeLatent: Latent, step: Int, random: inout RandomGenerator) -> PhaseResult {
        let realEncoded = discriminatorNetwork(Tensor(real.images)), fakeEncoded = discriminatorNetwork(fake)
        let adversarial = loss.discriminatorLoss(real: Self.score(realEncoded), fake: Self.score(fakeEncoded))
        let correlation = Self.correlationLoss(fakeLatent.z, fakeEncoded)
        return PhaseResult(loss: adversarial + correlation * correlationWeight, metrics: [
            "d_adversarial": adversarial.scalarValue, "correlation": -correlation.scalarValue,
        ])
    }

    public func generatorLoss(count: Int, real: Batch, step: Int, random: inout RandomGenerator) -> PhaseResult {
        let latent = sampleLatent(count: count, random: &random)
        let encoded = discriminatorNetwork(generate(latent, with: generatorNetwork))
        let correlation = Self.correlationLoss(latent.z, encoded)
        return PhaseResult(loss: loss.generatorLoss(fake: Self.score(encoded)) + correlation * correlationWeight, metrics: ["g_correlation": -correlation.scalarValue])
    }

    public func encode(_ images: Tensor, networks: [String: Module]) -> Tensor {
        guard let layer = network("discriminator", in: networks) as? any Layer else { preconditionFailure("OGAN: the discriminator is not a Layer") }
        return layer.callAsFunction(images)
    }

    /// `G` of each encoding standardized to mean 0 and standard deviation 1 over its values, as z is drawn.
    public func decode(_ encoded: Tensor, networks: [String: Module]) -> Tensor {
        let centered = encoded - encoded.mean(axes: [1], keepDims: true)
        let z = centered * (centered.square().mean(axes: [1], keepDims: true) + 1e-12).rsqrt()
        return generate(Latent(z: z), with: network("generator", in: networks))
    }
}
