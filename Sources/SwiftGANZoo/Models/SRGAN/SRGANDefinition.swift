/// SRGAN of Ledig et al.: SRResNet trained on MSE, then on a perceptual loss with an adversarial term.
public enum SRGANDefinition: ModelDefinition {
    public static let name = "srgan"
    public static let playerNames = ["generator", "discriminator"]
    public static let card = ModelCards.srgan
    public static let choices: [(key: String, values: [String])] = [("srgan.feature_network", PerceptualNetworkChoice.names)]

    public static func build(_ o: SRGANOptions, context: ModelContext) throws -> ModelBuild {
        let task = try RestorationBuild.task(context, model: name, kinds: [.superResolution])
        guard task.factor & (task.factor - 1) == 0 else { throw ConfigurationError(key: "dataset", problem: "SRResNet doubles the image; its factor must be a power of two, not \(task.factor)") }
        try RestorationBuild.check(o.width, key: "srgan.width", minimum: 1)
        try RestorationBuild.check(o.blocks, key: "srgan.blocks", minimum: 0)
        try RestorationBuild.check(o.discriminatorWidth, key: "srgan.discriminator_width", minimum: 1)
        try RestorationBuild.check(o.pretrainSteps, key: "srgan.pretrain_steps", minimum: 0)
        guard task.channels == 3 else { throw ConfigurationError(key: "dataset", problem: "the perceptual loss compares color images; srgan takes the photos_ sets") }
        let network = try PerceptualNetworkChoice.network(o.featureNetwork, weightsPath: o.vgg19Weights, section: name)
        let layers = try PerceptualNetworkChoice.layers(o.perceptualLayers, network: o.featureNetwork, section: name)
        let side = context.data.targetShape![1]
        let model = PerceptualRestorer(
            preview: TranslationPreview(configuration: context.configuration), task: task,
            generator: context.layer("generator") { SRResNet.make(channels: task.channels, factor: task.factor, width: o.width, blocks: o.blocks, &$0) },
            discriminator: context.layer("discriminator") { SRGANDiscriminator.make(channels: task.channels, width: o.discriminatorWidth, side: side, &$0) },
            perceptual: PerceptualLoss(network: network, layers: layers, criterion: .mse), adversarial: .nonSaturating, pixel: .mse,
            weights: (o.pixelWeight, o.perceptualWeight, o.adversarialWeight), pretrainSteps: o.pretrainSteps)
        return ModelBuild(model: model, phases: model.phases)
    }
}
