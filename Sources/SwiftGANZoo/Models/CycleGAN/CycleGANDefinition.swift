/// CycleGAN of Zhu et al.: unpaired image-to-image translation with cycle consistency.
public enum CycleGANDefinition: ModelDefinition {
    public static let name = "cyclegan"
    public static let playerNames = CycleFamily.playerNames
    public static let card = ModelCards.cyclegan
    public static let choices = CycleFamily.choices(section: name)

    public static func build(_ o: CycleGANOptions, context: ModelContext) throws -> ModelBuild {
        try CycleFamily(
            generator: o.generator, discriminator: o.discriminator, discriminatorLayers: o.discriminatorLayers, norm: o.norm,
            generatorWidth: o.generatorWidth, discriminatorWidth: o.discriminatorWidth, loss: o.loss,
            cycleWeights: (o.cycleWeightA, o.cycleWeightB), identityWeight: o.identityWeight, poolSize: o.poolSize
        ).build(section: name, context: context)
    }
}
