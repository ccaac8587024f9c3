import SwiftGANNN

/// BigBiGAN-lite: BigBiGAN's discriminator (unary image and latent scores
/// beside the joint one, summed hinge losses) on an unconditional
/// BigGAN-style generator, with an SNGAN-style ResNet encoder.
public enum BigBiGANDefinition: ModelDefinition {
    public static let name = "bigbigan"
    public static let playerNames = BidirectionalGAN.playerNames
    public static let card = ModelCards.bigbigan
    public static var choices: [(key: String, values: [String])] { [("bigbigan.loss", BidirectionalGAN.losses.map(\.rawValue))] }
    public static let measures: [QualityMeasureKind] = [.encoder]

    public static func build(_ o: BigBiGANOptions, context: ModelContext) throws -> ModelBuild {
        let n = o.networks
        guard (1...ConfigurationLimits.width).contains(o.hidden) else { throw ConfigurationError(key: "bigbigan.hidden", problem: "must be from 1 to \(ConfigurationLimits.width)") }
        guard n.criticSteps == 1 else { throw ConfigurationError(key: "bigbigan.critic_steps", problem: "bigbigan updates its discriminator once per step; remove the key") }
        guard n.diffAugment == nil else {
            throw ConfigurationError(key: "bigbigan.diff_augment", problem: "bigbigan's joint discriminator pairs each image with its latent and does not augment; remove the key")
        }
        let loss = try BidirectionalGAN.loss(named: n.loss, key: "bigbigan.loss")
        let resolution = try BigGANFamily.checkNetworks(n, hierarchical: o.hierarchical, section: name, context: context)
        let attention = n.attentionResolution == 0 ? nil : n.attentionResolution
        let channels = context.data.channels
        let g = context.layer("generator") { rng in
            BigGANGenerator(
                latent: n.latentDimension, classes: nil, embedding: n.embeddingDimension, width: n.width, channels: channels, resolution: resolution,
                attentionResolution: attention, hierarchical: o.hierarchical, spectralNorm: n.generatorSpectralNorm, generator: &rng)
        }
        let e = context.layer("encoder") { rng in
            ResNetDiscriminator(
                width: n.width, channels: channels, outputs: n.latentDimension, downBlocks: BigGANGenerator.blockCount(resolution: resolution), spectralNorm: false,
                generator: &rng)
        }
        let d = context.network("discriminator") { rng -> JointDiscriminator in
            let image = BigGANDiscriminator(
                channels: channels, width: n.width, resolution: resolution, attentionResolution: attention, projectionClasses: nil, rotationHead: false,
                classifierClasses: nil, spectralNorm: true, generator: &rng)
            let latent = Sequential(
                SpectralNorm(Linear(n.latentDimension, o.hidden, generator: &rng), generator: &rng), Activation(.leakyRelu(0.2)),
                SpectralNorm(Linear(o.hidden, o.hidden, generator: &rng), generator: &rng), Activation(.leakyRelu(0.2)))
            return JointDiscriminator(
                image: image, imageFeatures: n.width, latent: latent, latentFeatures: o.hidden, hidden: o.hidden, unaryScores: true, spectralNorm: true,
                generator: &rng)
        }
        let model = BidirectionalGAN(generator: g, encoder: e, discriminator: d, latentDimension: n.latentDimension, loss: loss)
        return ModelBuild(model: model, phases: model.phases)
    }
}
