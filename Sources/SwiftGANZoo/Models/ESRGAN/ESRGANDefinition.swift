/// ESRGAN of Wang et al.: RRDBNet trained on L1, then against a relativistic
/// average discriminator with a perceptual loss before activation; `swiftgan
/// enhance --interpolate` blends its PSNR and GAN weights.
public enum ESRGANDefinition: ModelDefinition {
    public static let name = "esrgan"
    public static let playerNames = ["generator", "discriminator"]
    public static let card = ModelCards.esrgan
    public static let choices: [(key: String, values: [String])] = [("esrgan.feature_network", PerceptualNetworkChoice.names)]

    public static func build(_ o: ESRGANOptions, context: ModelContext) throws -> ModelBuild {
        let task = try RestorationBuild.task(context, model: name, kinds: [.superResolution])
        guard task.factor & (task.factor - 1) == 0 else { throw ConfigurationError(key: "dataset", problem: "RRDBNet doubles the image; its factor must be a power of two, not \(task.factor)") }
        for (key, value, minimum) in [("esrgan.width", o.width, 1), ("esrgan.growth", o.growth, 1), ("esrgan.blocks", o.blocks, 0),
                                      ("esrgan.discriminator_width", o.discriminatorWidth, 1), ("esrgan.pretrain_steps", o.pretrainSteps, 0)] {
            try RestorationBuild.check(value, key: key, minimum: minimum)
        }
        guard task.channels == 3 else { throw ConfigurationError(key: "dataset", problem: "the perceptual loss compares color images; esrgan takes the photos_ sets") }
        let network = try PerceptualNetworkChoice.network(o.featureNetwork, weightsPath: o.vgg19Weights, section: name)
        let layers = try PerceptualNetworkChoice.layers(o.perceptualLayers, network: o.featureNetwork, section: name)
        let side = context.data.targetShape![1]
        let model = PerceptualRestorer(
            preview: TranslationPreview(configuration: context.configuration), task: task,
            generator: context.layer("generator") { RRDBNet.make(channels: task.channels, factor: task.factor, width: o.width, growth: o.growth, blocks: o.blocks, &$0) },
            discriminator: context.layer("discriminator") { SRGANDiscriminator.make(channels: task.channels, width: o.discriminatorWidth, side: side, &$0) },
            perceptual: PerceptualLoss(network: network, layers: layers, criterion: .l1), adversarial: .relativisticAverage, pixel: .l1,
            weights: (o.pixelWeight, o.perceptualWeight, o.adversarialWeight), pretrainSteps: o.pretrainSteps)
        return ModelBuild(model: model, phases: model.phases)
    }
}
