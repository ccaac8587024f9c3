/// What the BigGAN family's definitions share: the checks of their network
/// keys against the data, the two networks, and the model with its phases.
enum BigGANFamily {
    /// The parts that set one family member apart from another.
    struct Variant {
        /// The class-conditional generator and projection discriminator (nil: unconditional).
        var classes: Int?
        var hierarchical = false
        var orthogonalWeight: Float = 0
        var rotationWeights: (discriminator: Float, generator: Float)?
        /// S3GAN's classifier head, labeling the unlabeled real images.
        var labelsFromClassifier = false
    }

    /// The losses a family member accepts.
    static let losses = AdversarialLoss.allCases.filter { $0 != .relativisticAverage }

    static func choices(section: String) -> [(key: String, values: [String])] {
        [(section + ".loss", losses.map(\.rawValue))]
    }

    /// The data's side after checking the network keys of `section` against it.
    static func checkNetworks(_ n: BigGANNetworkOptions, hierarchical: Bool, section: String, context: ModelContext) throws -> Int {
        let resolution = try context.doublingResolution(for: section)
        let blocks = BigGANGenerator.blockCount(resolution: resolution)
        let sides = Set((0..<blocks).map { 8 << $0 }).intersection(BigGANDiscriminator.blockResolutions(resolution))
        let width = ConfigurationLimits.width
        let checks: [(String, Bool, String)] = [
            ("latent_dimension", (1...width).contains(n.latentDimension), "must be from 1 to \(width)"),
            ("latent_dimension", !hierarchical || n.latentDimension % (blocks + 1) == 0,
             "must split into \(blocks + 1) equal chunks (one for the linear layer, one per block at \(resolution)x\(resolution))"),
            ("width", (8...width).contains(n.width) && n.width % 8 == 0, "must be a multiple of 8 from 8 to \(width) (attention's query width is width / 8)"),
            ("critic_steps", (1...ConfigurationLimits.criticSteps).contains(n.criticSteps), "must be from 1 to \(ConfigurationLimits.criticSteps)"),
            ("embedding_dimension", (1...width).contains(n.embeddingDimension), "must be from 1 to \(width)"),
            ("attention_resolution", n.attentionResolution == 0 || sides.contains(n.attentionResolution),
             "must be 0 (none) or a side both players reach at \(resolution)x\(resolution): \(sides.sorted().map(String.init).joined(separator: ", "))"),
        ]
        try ConfigurationError.firstFailure(of: checks, prefix: section + ".")
        if resolution < 16 { throw ConfigurationError(key: "data.resolution", problem: "\(section) needs images of at least 16x16, got \(resolution)x\(resolution)") }
        return resolution
    }

    /// The model of `variant` with networks `n`, made through `context`; `section` names keys in errors.
    static func build(_ n: BigGANNetworkOptions, variant: Variant, section: String, context: ModelContext) throws -> ModelBuild {
        let resolution = try checkNetworks(n, hierarchical: variant.hierarchical, section: section, context: context)
        guard let loss = AdversarialLoss(rawValue: n.loss), losses.contains(loss) else {
            throw ConfigurationError.unknown(section + ".loss", n.loss, allowed: losses.map(\.rawValue))
        }
        let attention = n.attentionResolution == 0 ? nil : n.attentionResolution
        let augment = try DiffAugment.configured(n.diffAugment, key: section + ".diff_augment", data: context.data)
        let channels = context.data.channels
        let g = context.network("generator") { rng in
            BigGANGenerator(
                latent: n.latentDimension, classes: variant.classes, embedding: n.embeddingDimension, width: n.width, channels: channels,
                resolution: resolution, attentionResolution: attention, hierarchical: variant.hierarchical, spectralNorm: n.generatorSpectralNorm, generator: &rng)
        }
        let d = context.network("discriminator") { rng in
            BigGANDiscriminator(
                channels: channels, width: n.width, resolution: resolution, attentionResolution: attention, projectionClasses: variant.classes,
                rotationHead: variant.rotationWeights != nil, classifierClasses: variant.labelsFromClassifier ? variant.classes : nil,
                spectralNorm: true, generator: &rng)
        }
        let model = BigGAN(generator: g, discriminator: d, loss: loss, orthogonalWeight: variant.orthogonalWeight, rotationWeights: variant.rotationWeights, augment: augment)
        return AdversarialTraining.build(model, settings: TrainerSettings(criticSteps: n.criticSteps))
    }
}
