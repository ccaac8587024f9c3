import SwiftGANAutograd
import SwiftGANKernels
import SwiftGANNN

/// A family of generator and discriminator networks the Level 0-1 GANs can
/// be built with (`architecture:` in their sections), with the data it suits
/// and the discriminator normalizations it offers.
struct Architecture: Sendable {
    let name: String
    let description: String
    /// The normalizations its discriminator offers, its own first.
    let normalizations: [DiscriminatorNormalization]
    /// Whether the discriminator is a `Sequential` of layers (feature matching, minibatch discrimination).
    let isLayered: Bool
    /// Whether it is for 2-D points rather than images.
    let isForPoints: Bool
    /// Why it cannot be built at a resolution, or nil when it can.
    let resolutionProblem: @Sendable (Int) -> String?

    static let all: [Architecture] = [
        Architecture(
            name: "mlp", description: "fully connected G and D for 2-D points (width and depth from hidden, layers)",
            normalizations: [.none, .spectralNorm], isLayered: true, isForPoints: true, resolutionProblem: { _ in nil }),
        Architecture(
            name: "dcgan", description: "the DCGAN networks at the data's resolution (28: the dcgan28 benchmark case); no BatchNorm in a penalized critic",
            normalizations: [.batchNorm, .none, .layerNorm, .spectralNorm], isLayered: true, isForPoints: false, resolutionProblem: ladderProblem),
        Architecture(
            name: "resnet", description: "SNGAN's ResNets: up-blocks in G, down-blocks in a spectrally normalized D (width from hidden)",
            normalizations: [.spectralNorm, .none], isLayered: false, isForPoints: false, resolutionProblem: ladderProblem),
        Architecture(
            name: "infogan", description: "the InfoGAN paper's networks: 1024-unit layers and a Q head (infogan model only)",
            normalizations: [.batchNorm], isLayered: false, isForPoints: false,
            resolutionProblem: { $0 % 4 == 0 ? nil : "needs a resolution divisible by 4" }),
    ]

    static func named(_ name: String, key: String) throws -> Architecture {
        guard let architecture = all.first(where: { $0.name == name }) else { throw ConfigurationError.unknown(key, name, allowed: all.map(\.name)) }
        return architecture
    }

    private static let ladderProblem: @Sendable (Int) -> String? = { resolution in
        ResolutionLadder(resolution: resolution) == nil ? "needs a resolution of 7 · 2^k (14, 28, 56, ...) or a power of two from 8 (32, 64, 128, ...)" : nil
    }

    /// Refuses data the architecture cannot take.
    func check(data: DatasetShape, key: String) throws {
        if isForPoints && !data.isPoints {
            throw ConfigurationError(key: key, problem: "\(name) is for 2-D points and the data has images \(data.sampleShape); use dcgan")
        }
        if !isForPoints {
            guard let resolution = data.resolution else {
                throw ConfigurationError(key: key, problem: "\(name) is for images and the data has 2-D points; use mlp")
            }
            if let problem = resolutionProblem(resolution) { throw ConfigurationError(key: key, problem: "\(name) \(problem), and the data is \(resolution)x\(resolution)") }
        }
    }

    /// The discriminator's normalization: the one configured, when offered and
    /// suited to the penalty, else the architecture's own (none for a
    /// BatchNorm critic under a gradient penalty).
    func normalization(_ configured: String?, penalized: Bool, key: String) throws -> DiscriminatorNormalization {
        guard let configured else { return penalized && normalizations[0] == .batchNorm ? .none : normalizations[0] }
        guard let chosen = DiscriminatorNormalization(rawValue: configured) else {
            throw ConfigurationError.unknown(key, configured, allowed: DiscriminatorNormalization.allCases.map(\.rawValue))
        }
        guard normalizations.contains(chosen) else {
            throw ConfigurationError(key: key, problem: "\(name) offers \(normalizations.map(\.rawValue).joined(separator: ", ")), not \(configured)")
        }
        if chosen == .batchNorm && penalized {
            throw ConfigurationError(
                key: key, problem: "batch_norm couples the samples a gradient penalty treats one by one; choose none, layer_norm or spectral_norm, or drop the penalty")
        }
        return chosen
    }

    func generator(latent: Int, options: AdversarialNetworkOptions, data: DatasetShape, generator rng: inout RandomGenerator) -> any LayerModule {
        let channels = data.channels, resolution = data.resolution ?? 0
        switch name {
        case "mlp": return MLP.generator(latent: latent, hidden: options.hidden, layers: options.layers, output: channels, generator: &rng)
        case "infogan": return InfoGANNetworks.generator(latent: latent, channels: channels, resolution: resolution, generator: &rng)
        case "resnet" where options.selfModulation:
            return SelfModulatedGenerator(resNetLatent: latent, width: options.hidden, channels: channels, ladder: ResolutionLadder(resolution: resolution)!, generator: &rng)
        case "dcgan" where options.selfModulation:
            return SelfModulatedGenerator(dcganLatent: latent, channels: channels, ladder: ResolutionLadder(resolution: resolution)!, generator: &rng)
        case "resnet":
            let ladder = ResolutionLadder(resolution: resolution)!
            return ResNetGenerator(latent: latent, width: options.hidden, channels: channels, bottom: ladder.bottom, upBlocks: ladder.doublings, generator: &rng)
        default: return DCGAN.generator(latent: latent, channels: channels, resolution: resolution, generator: &rng)
        }
    }

    func discriminator(
        inputs: Int, outputs: Int, options: AdversarialNetworkOptions, data: DatasetShape, normalization: DiscriminatorNormalization,
        generator rng: inout RandomGenerator
    ) -> any LayerModule {
        let resolution = data.resolution ?? 0
        switch name {
        case "mlp":
            return MLP.discriminator(
                input: inputs, hidden: options.hidden, layers: options.layers, outputs: outputs, spectralNorm: normalization == .spectralNorm,
                minibatchDiscrimination: options.minibatchDiscrimination, generator: &rng)
        case "infogan":
            return InfoGANNetworks.discriminator(channels: inputs, resolution: resolution, codeOutputs: outputs - 1, generator: &rng)
        case "resnet":
            return ResNetDiscriminator(
                width: options.hidden, channels: inputs, outputs: outputs, downBlocks: ResolutionLadder(resolution: resolution)!.doublings,
                spectralNorm: normalization == .spectralNorm, generator: &rng)
        default:
            return DCGAN.discriminator(
                channels: inputs, resolution: resolution, normalization: normalization, minibatchDiscrimination: options.minibatchDiscrimination,
                outputs: outputs, generator: &rng)
        }
    }
}
