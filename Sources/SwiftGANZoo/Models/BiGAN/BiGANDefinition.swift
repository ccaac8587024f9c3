import SwiftGANNN

/// BiGAN / ALI: DCGAN's generator, an encoder with DCGAN's discriminator
/// body (BatchNorm, `latent_dimension` outputs), and a spectrally normalized
/// joint discriminator of (image, latent) pairs.
public enum BiGANDefinition: ModelDefinition {
    public static let name = "bigan"
    public static let playerNames = BidirectionalGAN.playerNames
    public static let card = ModelCards.bigan
    public static var choices: [(key: String, values: [String])] { [("bigan.loss", BidirectionalGAN.losses.map(\.rawValue))] }
    public static let measures: [QualityMeasureKind] = [.encoder]

    public static func build(_ o: BiGANOptions, context: ModelContext) throws -> ModelBuild {
        let width = ConfigurationLimits.width
        try ConfigurationError.firstFailure(of: [
            ("latent_dimension", (1...width).contains(o.latentDimension), "must be from 1 to \(width)"),
            ("hidden", (1...width).contains(o.hidden), "must be from 1 to \(width)"),
        ], prefix: "bigan.")
        let loss = try BidirectionalGAN.loss(named: o.loss, key: "bigan.loss")
        guard let resolution = context.data.resolution, ResolutionLadder(resolution: resolution) != nil else {
            throw ConfigurationError(key: "dataset", problem: "bigan needs images of 7 · 2^k or a power of two from 8 pixels a side (DCGAN's ladder)")
        }
        let channels = context.data.channels
        let g = context.layer("generator") { rng in DCGAN.generator(latent: o.latentDimension, channels: channels, resolution: resolution, generator: &rng) }
        let e = context.layer("encoder") { rng in
            DCGAN.discriminator(channels: channels, resolution: resolution, normalization: .batchNorm, outputs: o.latentDimension, generator: &rng)
        }
        let d = context.network("discriminator") { rng -> JointDiscriminator in
            let body = DCGAN.discriminator(channels: channels, resolution: resolution, normalization: .spectralNorm, generator: &rng)
            let features = JointDiscriminator.inputWidth(of: body.layers.last!)
            let image = Sequential(Array(body.layers.dropLast()))
            let latent = Sequential(SpectralNorm(Linear(o.latentDimension, o.hidden, generator: &rng), generator: &rng), Activation(.leakyRelu(0.2)))
            return JointDiscriminator(
                image: image, imageFeatures: features, latent: latent, latentFeatures: o.hidden, hidden: o.hidden, unaryScores: false, spectralNorm: true,
                generator: &rng)
        }
        let model = BidirectionalGAN(generator: g, encoder: e, discriminator: d, latentDimension: o.latentDimension, loss: loss)
        return ModelBuild(model: model, phases: model.phases)
    }
}
