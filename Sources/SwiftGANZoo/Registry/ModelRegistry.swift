/// Every model of the zoo, once: what `model:` accepts, what `swiftgan
/// models` lists and `docs/MODELS.md` shows. A new model is one line here.
public enum ModelRegistry {
    public static let models: [any ModelDefinition.Type] = [
        GANDefinition.self,
        CGANDefinition.self,
        ACGANDefinition.self,
        InfoGANDefinition.self,
        SSGANDefinition.self,
        BEGANDefinition.self,
        R3GANDefinition.self,
        LAPGANDefinition.self,
        ProGANDefinition.self,
        StyleGANDefinition.self,
        StyleGAN2Definition.self,
        SAGANDefinition.self,
        BigGANDefinition.self,
        SelfSupervisedGANDefinition.self,
        S3GANDefinition.self,
        BiGANDefinition.self,
        IcGANDefinition.self,
        OGANDefinition.self,
        BigBiGANDefinition.self,
        TLGANDefinition.self,
        Pix2PixDefinition.self,
        Pix2PixHDDefinition.self,
        SPADEDefinition.self,
        CycleGANDefinition.self,
        DiscoGANDefinition.self,
        DualGANDefinition.self,
        CoGANDefinition.self,
        DTNDefinition.self,
        UNITDefinition.self,
        XGANDefinition.self,
        StarGANDefinition.self,
        ComboGANDefinition.self,
        FUNITDefinition.self,
        OSTDefinition.self,
        BicubicDefinition.self,
        SRCNNDefinition.self,
        ESPCNDefinition.self,
        VDSRDefinition.self,
        EDSRDefinition.self,
        RAISRDefinition.self,
        SRGANDefinition.self,
        ESRGANDefinition.self,
        Noise2NoiseDefinition.self,
        DeepImagePriorDefinition.self,
        ZhangColorizationDefinition.self,
        IizukaColorizationDefinition.self,
        LarssonColorizationDefinition.self,
        UserGuidedColorizationDefinition.self,
    ]

    /// The model names, in listing order.
    public static var names: [String] { models.map { $0.name } }

    /// The names of the image-to-image translators.
    public static var translators: [String] {
        models.filter { $0.card.task.hasSuffix("translation") }.map { $0.name }
    }

    /// The names of the restorers (super-resolution, denoising, colorization).
    public static var restorers: [String] {
        models.filter { ["super-resolution", "denoising", "colorization"].contains($0.card.task) }.map { $0.name }
    }

    /// The definition of `name`, or nil.
    public static func definition(named name: String) -> (any ModelDefinition.Type)? {
        models.first { $0.name == name }
    }

    /// The definition of `name`, or an error with a "did you mean".
    public static func requireDefinition(named name: String) throws -> any ModelDefinition.Type {
        guard let definition = definition(named: name) else { throw ConfigurationError.unknown("model", name, allowed: names) }
        return definition
    }

    /// The model `configuration` describes, built for data of `shape` (from
    /// `DatasetRegistry.shape(of:)`, which checks the shared keys), with the
    /// context that made its networks.
    static func build(_ configuration: TrainingConfiguration, shape: DatasetShape) throws -> (build: ModelBuild, context: ModelContext) {
        let definition = try requireDefinition(named: configuration.model)
        for name in configuration.players.keys.sorted() where !definition.playerNames.contains(name) {
            throw ConfigurationError.unknown(key: "players.\(name)", allowed: definition.playerNames.map { "players.\($0)" })
        }
        let context = ModelContext(configuration: configuration, data: shape)
        let build = try definition.build(erased: configuration.modelOptions, context: context)
        let made = context.networks.map(\.name)
        precondition(made == definition.playerNames, "\(definition.name): made the networks \(made), but declares the players \(definition.playerNames)")
        return (build, context)
    }
}
