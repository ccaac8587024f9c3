import SwiftGANNN

/// LAPGAN (Denton et al. 2015): a Laplacian pyramid of three conditional
/// GANs, each generating the residual of its level from the upsampled
/// coarser image; coarse-to-fine sampling.
public enum LAPGANDefinition: ModelDefinition {
    public static let name = "lapgan"
    public static let playerNames = (0..<LAPGANPyramid.levels).flatMap { ["generator\($0)", "discriminator\($0)"] }
    public static let card = ModelCards.lapgan

    public static func build(_ o: LAPGANOptions, context: ModelContext) throws -> ModelBuild {
        let side = try context.doublingResolution(for: name)
        let limit = ConfigurationLimits.width
        let checks: [(String, Bool, String)] = [
            ("latent_dimension", (1...limit).contains(o.latentDimension), "must be from 1 to \(limit)"),
            ("hidden", (1...limit).contains(o.hidden), "must be from 1 to \(limit)"),
            ("width", (1...limit).contains(o.width), "must be from 1 to \(limit)"),
        ]
        try ConfigurationError.firstFailure(of: checks, prefix: "lapgan.")
        if side < 16 {
            throw ConfigurationError(key: "data.resolution", problem: "lapgan's coarsest level is a quarter of the side; it needs at least 16, got \(side)")
        }
        let channels = context.data.channels, coarse = side / 4
        var players: [String: Module] = [:]
        players["generator0"] = context.layer("generator0") { rng in
            MLP.generator(latent: o.latentDimension, hidden: o.hidden, layers: 2, output: channels * coarse * coarse, generator: &rng)
        }
        players["discriminator0"] = context.layer("discriminator0") { rng in
            MLP.discriminator(input: channels * coarse * coarse, hidden: o.hidden, layers: 2, generator: &rng)
        }
        for k in 1..<LAPGANPyramid.levels {
            let levelSide = side >> (LAPGANPyramid.levels - 1 - k)
            players["generator\(k)"] = context.network("generator\(k)") { rng in LAPGANResidualGenerator(channels: channels, width: o.width, generator: &rng) }
            players["discriminator\(k)"] = context.network("discriminator\(k)") { rng in
                LAPGANResidualDiscriminator(channels: channels, side: levelSide, width: o.width, generator: &rng)
            }
        }
        let model = LAPGAN(channels: channels, side: side, latentDimension: o.latentDimension, players: players)
        return ModelBuild(model: model, phases: model.phases())
    }
}
