/// XGAN of Royer et al.: a shared embedding of two domains kept by semantic consistency and a domain-adversarial term.
public enum XGANDefinition: ModelDefinition {
    public static let name = "xgan"
    public static let playerNames = ["generator", "discriminator_a", "discriminator_b", "domain_classifier"]
    public static let card = ModelCards.xgan
    public static let choices = CoupledNetworkOptions.choices(section: name)

    public static func build(_ o: XGANOptions, context: ModelContext) throws -> ModelBuild {
        let weights = XGANWeights(reconstruction: o.reconstructionWeight, domainAdversarial: o.domainAdversarialWeight, semantic: o.semanticWeight, adversarial: o.adversarialWeight)
        try TranslatorNetworks.checkWeights(
            [("reconstruction_weight", weights.reconstruction), ("domain_adversarial_weight", weights.domainAdversarial),
             ("semantic_weight", weights.semantic), ("adversarial_weight", weights.adversarial)], section: name)
        let networks = try o.networks.build(section: name, context: context)
        let codeChannels = 4 * o.networks.generatorWidth
        let classifier = context.network("domain_classifier") { EmbeddingDomainClassifier(channels: codeChannels, generator: &$0) }
        let model = XGAN(
            preview: TranslationPreview(configuration: context.configuration), generator: networks.generator, domainClassifier: classifier,
            discriminators: networks.discriminators, loss: networks.loss, weights: weights)
        return ModelBuild(model: model, phases: model.phases)
    }
}
