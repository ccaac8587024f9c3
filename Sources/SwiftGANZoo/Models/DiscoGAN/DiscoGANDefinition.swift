/// DiscoGAN of Kim et al.: two coupled GANs with squared-error reconstruction.
public enum DiscoGANDefinition: ModelDefinition {
    public static let name = "discogan"
    public static let playerNames = CycleFamily.playerNames
    public static let card = ModelCards.discogan
    public static let choices = CycleFamily.choices(section: name)

    public static func build(_ o: DiscoGANOptions, context: ModelContext) throws -> ModelBuild {
        try CycleFamily(
            generator: o.generator, discriminator: o.discriminator, discriminatorLayers: o.discriminatorLayers, norm: o.norm,
            generatorWidth: o.generatorWidth, discriminatorWidth: o.discriminatorWidth, loss: o.loss,
            cycleWeights: (o.reconstructionWeight, o.reconstructionWeight), identityWeight: 0, poolSize: 0, reconstruction: .l2
        ).build(section: name, context: context)
    }
}
