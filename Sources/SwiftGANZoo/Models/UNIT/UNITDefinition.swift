/// UNIT of Liu et al.: unpaired translation through a shared latent space of two coupled VAE-GANs.
public enum UNITDefinition: ModelDefinition {
    public static let name = "unit"
    public static let playerNames = ["generator", "discriminator_a", "discriminator_b"]
    public static let card = ModelCards.unit
    public static let choices = CoupledNetworkOptions.choices(section: name)

    public static func build(_ o: UNITOptions, context: ModelContext) throws -> ModelBuild {
        let weights = UNITWeights(adversarial: o.adversarialWeight, reconstruction: o.reconstructionWeight, kl: o.klWeight, cycle: o.cycleWeight, klCycle: o.klCycleWeight)
        try TranslatorNetworks.checkWeights(
            [("adversarial_weight", weights.adversarial), ("reconstruction_weight", weights.reconstruction), ("kl_weight", weights.kl),
             ("cycle_weight", weights.cycle), ("kl_cycle_weight", weights.klCycle)], section: name)
        let networks = try o.networks.build(section: name, context: context)
        let model = UNIT(
            preview: TranslationPreview(configuration: context.configuration), generator: networks.generator, discriminators: networks.discriminators,
            loss: networks.loss, weights: weights)
        return ModelBuild(model: model, phases: model.phases)
    }
}
