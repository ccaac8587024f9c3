/// ESRGAN of Wang et al.: RRDBNet trained on L1, then against a relativistic
/// average discriminator with a perceptual loss before activation; `swiftgan
/// enhance --interpolate` blends its PSNR and GAN weights.
public enum ESRGANDefinition: ModelDefinition {
    public static let name = "esrgan"
    public static let playerNames = ["generator", "discriminator"]
    public static let card = ModelCards.esrgan
    public static let choices: [(key: String, values: [String])] = [("esrgan.feature_network", PerceptualNetworkChoice.names)]

    public static func build(_ o: ESRGANOptions, context: ModelContext) throws -> ModelBuild {
        for (key, value, minimum) in [("esrgan.width", o.width, 1), ("esrgan.growth", o.growth, 1), ("esrgan.blocks", o.blocks, 0)] {
            try RestorationBuild.check(value, key: key, minimum: minimum)
        }
        return try o.training.build(context, model: name, criterion: .l1, adversarial: .relativisticAverage, pixel: .l1) { task, rng in
            RRDBNet.make(channels: task.channels, factor: task.factor, width: o.width, growth: o.growth, blocks: o.blocks, &rng)
        }
    }
}
