/// DualGAN of Yi et al.: U-Net translators, clipped Wasserstein critics and L1 reconstruction.
public enum DualGANDefinition: ModelDefinition {
    public static let name = "dualgan"
    public static let playerNames = CycleFamily.playerNames
    public static let card = ModelCards.dualgan
    public static let choices = CycleFamily.choices(section: name)

    public static func build(_ o: DualGANOptions, context: ModelContext) throws -> ModelBuild {
        try TranslatorNetworks.checkWeights([("weight_clip", o.weightClip)], section: name)
        return try CycleFamily(
            generator: o.generator, discriminator: o.discriminator, discriminatorLayers: o.discriminatorLayers, norm: o.norm,
            generatorWidth: o.generatorWidth, discriminatorWidth: o.discriminatorWidth, loss: o.loss,
            cycleWeights: (o.reconstructionWeight, o.reconstructionWeight), identityWeight: 0, poolSize: 0,
            criticSteps: o.criticSteps, clip: o.weightClip > 0 ? o.weightClip : nil
        ).build(section: name, context: context)
    }
}
