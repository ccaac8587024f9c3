import SwiftGANAutograd
import SwiftGANData
import SwiftGANKernels
import SwiftGANNN

/// LAPGAN (Denton et al. 2015, "Deep Generative Image Models using a
/// Laplacian Pyramid of Adversarial Networks"): three GANs trained side by
/// side on the levels of the data's Laplacian pyramid. Level 0 generates the
/// image at a quarter of the side from noise (fully connected networks);
/// level `k` generates the residual of its image from the upsampled coarser
/// image and a plane of noise, and its discriminator judges the image with
/// the coarse image beside it. Sampling runs coarse to fine. A latent holds
/// the coarsest noise and then one noise plane per finer level.
public final class LAPGAN: LatentModel {
    let channels: Int
    /// The data's side.
    let side: Int
    let latentDimension: Int
    /// The players' networks, by name (`generator0`, `discriminator0`, ...).
    let players: [String: Module]

    public var conditioningClasses: Int? { nil }

    init(channels: Int, side: Int, latentDimension: Int, players: [String: Module]) {
        (self.channels, self.side, self.latentDimension, self.players) = (channels, side, latentDimension, players)
    }

    /// The side of each level, coarsest first.
    var sides: [Int] { (0..<LAPGANPyramid.levels).map { side >> (LAPGANPyramid.levels - 1 - $0) } }

    /// The noise values a latent holds: the coarsest noise, then a plane per finer level.
    var latentWidth: Int { latentDimension + sides.dropFirst().map { $0 * $0 }.reduce(0, +) }

    public func sampleLatent(count: Int, random: inout RandomGenerator) -> Latent {
        Latent(z: Tensor(random.normal([count, latentWidth])))
    }

    /// The coarsest images of noise `z [N, latentWidth]` (its first `latentDimension` values), in [-1, 1].
    func coarseImages(_ z: Tensor, with network: Module) -> Tensor {
        let layer = Self.layer(network), noise = z.slice(axis: 1, start: 0, end: latentDimension)
        return layer(noise).tanh().reshape([z.shape[0], channels, sides[0], sides[0]])
    }

    /// Level `k`'s noise plane `[N, 1, side, side]` from `z`.
    func noisePlane(_ z: Tensor, level k: Int) -> Tensor {
        let start = latentDimension + sides[1..<k].map { $0 * $0 }.reduce(0, +)
        return z.slice(axis: 1, start: start, end: start + sides[k] * sides[k]).reshape([z.shape[0], 1, sides[k], sides[k]])
    }

    /// Level `k`'s image from its coarse image and the noise in `z`.
    func refine(_ coarse: Tensor, _ z: Tensor, level k: Int, with network: Module) -> Tensor {
        let layer = Self.layer(network), input = Tensor.concat([coarse, noisePlane(z, level: k)], axis: 1)
        return coarse + layer(input)
    }

    /// Samples coarse to fine with the generators in `networks`.
    public func infer(_ request: InferenceRequest, networks: [String: Module]) -> Tensor {
        guard case .latent(let latent) = request else { preconditionFailure("LAPGAN: inference takes a latent, got \(request)") }
        var image = coarseImages(latent.z, with: Self.network("generator0", in: networks))
        for k in 1..<LAPGANPyramid.levels {
            image = refine(LAPGANPyramid.up(image), latent.z, level: k, with: Self.network("generator\(k)", in: networks))
        }
        return image
    }

    /// What level `k`'s discriminator reads of `image` with `coarse` beside it (level 0: the flattened image).
    func judged(_ image: Tensor, coarse: Tensor, level k: Int) -> Tensor {
        k == 0 ? image.reshape([image.shape[0], -1]) : Tensor.concat([image, coarse], axis: 1)
    }

    /// Level `k`'s generated images for the coarse images of a real batch (level 0: from noise alone).
    func generated(level k: Int, coarse: Tensor, random: inout RandomGenerator) -> Tensor {
        let z = sampleLatent(count: coarse.shape[0], random: &random).z
        let generator = Self.network("generator\(k)", in: players)
        return k == 0 ? coarseImages(z, with: generator) : refine(coarse, z, level: k, with: generator)
    }

    /// Each level's D and G phases, every step, on one real batch.
    func phases() -> [Phase] {
        (0..<LAPGANPyramid.levels).flatMap { k -> [Phase] in
            let discriminator = Self.layer(Self.network("discriminator\(k)", in: players))
            let d = Phase(name: "d\(k)", updates: ["discriminator\(k)"], batch: k == 0 ? .fresh : .latest) { context in
                let (coarse, residual) = LAPGANPyramid.level(k, of: Tensor(context.real.images))
                let real = residual.map { coarse + $0 } ?? coarse
                let fake = withoutGrad { self.generated(level: k, coarse: coarse, random: &context.random) }
                let (realScores, fakeScores) = (discriminator(self.judged(real, coarse: coarse, level: k)), discriminator(self.judged(fake, coarse: coarse, level: k)))
                return PhaseResult(loss: (-realScores).softplus().mean() + fakeScores.softplus().mean(), metrics: ["d\(k)_real": realScores.mean().scalarValue, "d\(k)_fake": fakeScores.mean().scalarValue])
            }
            let g = Phase(name: "g\(k)", updates: ["generator\(k)"], batch: .latest) { context in
                let coarse = LAPGANPyramid.level(k, of: Tensor(context.real.images)).coarse
                let fake = self.generated(level: k, coarse: coarse, random: &context.random)
                return PhaseResult(loss: (-discriminator(self.judged(fake, coarse: coarse, level: k))).softplus().mean())
            }
            return [d, g]
        }
    }

    static func network(_ name: String, in networks: [String: Module]) -> Module {
        guard let network = networks[name] else { preconditionFailure("LAPGAN: no network '\(name)' among \(networks.keys.sorted())") }
        return network
    }

    static func layer(_ network: Module) -> any Layer {
        guard let layer = network as? any Layer else { preconditionFailure("LAPGAN: \(type(of: network)) is not a layer") }
        return layer
    }
}
