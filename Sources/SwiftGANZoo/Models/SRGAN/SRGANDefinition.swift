/// SRGAN of Ledig et al.: SRResNet trained on MSE, then on a perceptual loss with an adversarial term.
public enum SRGANDefinition: ModelDefinition {
    public static let name = "srgan"
    public static let playerNames = ["generator", "discriminator"]
    public static let card = ModelCards.srgan
    public static let choices: [(key: String, values: [String])] = [("srgan.feature_network", PerceptualNetworkChoice.names)]

    public static func build(_ o: SRGANOptions, context: ModelContext) throws -> ModelBuild {
        try RestorationBuild.check(o.width, key: "srgan.width", minimum: 1)
        try RestorationBuild.check(o.blocks, key: "srgan.blocks", minimum: 0)
        return try o.training.build(context, model: name, criterion: .mse, adversarial: .nonSaturating, pixel: .mse) { task, rng in
            SRResNet.make(channels: task.channels, factor: task.factor, width: o.width, blocks: o.blocks, &rng)
        }
    }
}
