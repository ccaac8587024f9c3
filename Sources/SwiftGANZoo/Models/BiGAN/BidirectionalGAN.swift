import SwiftGANAutograd
import SwiftGANData
import SwiftGANKernels
import SwiftGANNN

/// BiGAN (Donahue et al.) / ALI (Dumoulin et al.), and BigBiGAN's
/// objective (Donahue & Simonyan): a generator `G: z → x`, an encoder
/// `E: x → z`, and a discriminator of pairs that tells `(x, E(x))` from
/// `(G(z), z)`. D minimizes the adversarial loss with the encoder's pairs as
/// real and the generator's as fake, summed over its scores (the joint one,
/// and BigBiGAN's unary ones); G and E, updated together, minimize the
/// flipped loss. At the optimum E inverts G.
public final class BidirectionalGAN: EncodingModel {
    let generatorNetwork: any LayerModule
    let encoderNetwork: any LayerModule
    let discriminatorNetwork: JointDiscriminator
    public let latentDimension: Int
    /// non_saturating (BiGAN, ALI), hinge (BigBiGAN) or wasserstein.
    public let loss: AdversarialLoss

    /// The players, in order.
    static let playerNames = ["generator", "encoder", "discriminator"]
    /// The losses whose generator side, applied to the negated scores, is the flipped loss of the encoder's pairs.
    static let losses: [AdversarialLoss] = [.nonSaturating, .hinge, .wasserstein]

    public var conditioningClasses: Int? { nil }

    /// The loss `name`, one of `losses`, or an error naming `key`.
    static func loss(named name: String, key: String) throws -> AdversarialLoss {
        try AdversarialLoss.named(name, key: key, excluding: AdversarialLoss.allCases.filter { !losses.contains($0) })
    }

    init(generator: any LayerModule, encoder: any LayerModule, discriminator: JointDiscriminator, latentDimension: Int, loss: AdversarialLoss) {
        precondition(Self.losses.contains(loss), "BidirectionalGAN: the loss must be one of \(Self.losses.map(\.rawValue)), got \(loss.rawValue)")
        (generatorNetwork, encoderNetwork, discriminatorNetwork, self.latentDimension, self.loss) = (generator, encoder, discriminator, latentDimension, loss)
    }

    public func sampleLatent(count: Int, random: inout RandomGenerator) -> Latent {
        Latent(z: Tensor(random.normal([count, latentDimension])))
    }

    public func infer(_ request: InferenceRequest, networks: [String: Module]) -> Tensor {
        guard case .latent(let latent) = request else { preconditionFailure("BidirectionalGAN: inference takes a latent, got \(request)") }
        return layer(network("generator", in: networks)).callAsFunction(latent.z)
    }

    public func encode(_ images: Tensor, networks: [String: Module]) -> Tensor {
        layer(network("encoder", in: networks)).callAsFunction(images)
    }

    public func decode(_ encoding: Tensor, networks: [String: Module]) -> Tensor {
        layer(network("generator", in: networks)).callAsFunction(encoding)
    }

    private func layer(_ module: Module) -> any Layer {
        guard let layer = module as? any Layer else { preconditionFailure("BidirectionalGAN: \(type(of: module)) is not a Layer") }
        return layer
    }

    /// D's loss: the encoder's pairs `(x, E(x))` real, the generator's `(G(z), z)` fake, summed over D's scores.
    func discriminatorLoss(real x: Tensor, random: inout RandomGenerator) -> PhaseResult {
        let z = sampleLatent(count: x.shape[0], random: &random).z
        let (encoded, generated) = withoutGrad { (encoderNetwork(x), generatorNetwork(z)) }
        let realScores = discriminatorNetwork.scores(x, encoded), fakeScores = discriminatorNetwork.scores(generated, z)
        let terms = zip(realScores, fakeScores).map { loss.discriminatorLoss(real: $0, fake: $1) }
        return PhaseResult(loss: terms.dropFirst().reduce(terms[0], +), metrics: Self.metrics(terms, prefix: "d"))
    }

    /// G's and E's loss: the flipped adversarial loss of both kinds of pairs.
    func encoderGeneratorLoss(real x: Tensor, random: inout RandomGenerator) -> PhaseResult {
        let z = sampleLatent(count: x.shape[0], random: &random).z
        let realScores = discriminatorNetwork.scores(x, encoderNetwork(x)), fakeScores = discriminatorNetwork.scores(generatorNetwork(z), z)
        let terms = zip(realScores, fakeScores).map { loss.generatorLoss(fake: $1) + loss.generatorLoss(fake: -$0) }
        return PhaseResult(loss: terms.dropFirst().reduce(terms[0], +), metrics: Self.metrics(terms, prefix: "eg"))
    }

    /// The terms by name: joint, then image and latent when there are unary scores.
    private static func metrics(_ terms: [Tensor], prefix: String) -> [String: Float] {
        guard terms.count == 3 else { return [:] }
        return zip(["joint", "image", "latent"], terms).reduce(into: [:]) { $0["\(prefix)_\($1.0)"] = $1.1.scalarValue }
    }

    /// The phases: `d` updates the discriminator, `eg` the generator and the encoder together, on the same batch.
    var phases: [Phase] {
        [
            Phase(name: "d", updates: ["discriminator"]) { context in
                self.discriminatorLoss(real: Tensor(context.real.images), random: &context.random)
            },
            Phase(name: "eg", updates: ["generator", "encoder"], batch: .latest) { context in
                self.encoderGeneratorLoss(real: Tensor(context.real.images), random: &context.random)
            },
        ]
    }
}
