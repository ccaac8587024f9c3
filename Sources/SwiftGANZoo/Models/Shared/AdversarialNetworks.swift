import SwiftGANAutograd
import SwiftGANData
import SwiftGANKernels
import SwiftGANNN

/// The generator and discriminator of the Level 0-1 GANs for the configured
/// architecture and data: what goes in (noise with labels or codes appended),
/// what comes out (1 logit, or class and code outputs), at the data's resolution.
struct AdversarialNetworks {
    let options: AdversarialNetworkOptions
    let data: DatasetShape
    let architecture: Architecture
    let normalization: DiscriminatorNormalization
    /// The width of the generator's input (noise plus labels or codes).
    let generatorInput: Int
    /// The discriminator's outputs.
    let discriminatorOutputs: Int
    /// Channels (or features) appended to the discriminator's input: CGAN's label planes times packing's copies.
    let discriminatorInput: Int

    /// Checks the options against the data and the model's needs (`penalized`:
    /// a gradient penalty; `section`: the model's section, for error keys).
    init(
        _ options: AdversarialNetworkOptions, data: DatasetShape, section: String, generatorInput: Int, discriminatorOutputs: Int = 1,
        discriminatorInput: Int? = nil, penalized: Bool = false, allowsInfoGANNetworks: Bool = false
    ) throws {
        try Self.validate(options, section: section)
        let architecture = try Architecture.named(options.architecture ?? (data.isPoints ? "mlp" : "dcgan"), key: section + ".architecture")
        try architecture.check(data: data, key: section + ".architecture")
        if architecture.name == "infogan" && !allowsInfoGANNetworks {
            throw ConfigurationError(key: section + ".architecture", problem: "infogan has InfoGAN's Q head and is for the infogan model; use dcgan for \(section)")
        }
        (self.options, self.data, self.architecture) = (options, data, architecture)
        (self.generatorInput, self.discriminatorOutputs) = (generatorInput, discriminatorOutputs)
        self.discriminatorInput = discriminatorInput ?? data.channels
        normalization = try architecture.normalization(options.discriminatorNormalization, penalized: penalized, key: section + ".discriminator_normalization")
        if options.selfModulation && !["dcgan", "resnet"].contains(architecture.name) {
            throw ConfigurationError(key: section + ".self_modulation", problem: "modulates the BatchNorm of the dcgan and resnet generators, not \(architecture.name)'s")
        }
        if options.minibatchDiscrimination {
            guard architecture.isLayered else {
                throw ConfigurationError(key: section + ".minibatch_discrimination", problem: "is available in the mlp and dcgan discriminators, not in \(architecture.name)")
            }
            if penalized {
                throw ConfigurationError(
                    key: section + ".minibatch_discrimination", problem: "compares the samples of a batch, which a gradient penalty treats one by one; drop one of the two")
            }
        }
    }

    private static func validate(_ o: AdversarialNetworkOptions, section: String) throws {
        let checks: [(String, Bool, String)] = [
            ("latent_dimension", (1...ConfigurationLimits.width).contains(o.latentDimension), "must be from 1 to \(ConfigurationLimits.width)"),
            ("hidden", (1...ConfigurationLimits.width).contains(o.hidden), "must be from 1 to \(ConfigurationLimits.width)"),
            ("layers", (1...ConfigurationLimits.layers).contains(o.layers), "must be from 1 to \(ConfigurationLimits.layers)"),
            ("critic_steps", (1...ConfigurationLimits.criticSteps).contains(o.criticSteps), "must be from 1 to \(ConfigurationLimits.criticSteps)"),
        ]
        try ConfigurationError.firstFailure(of: checks, prefix: section + ".")
    }

    func generator(_ rng: inout RandomGenerator) -> any LayerModule {
        architecture.generator(latent: generatorInput, options: options, data: data, generator: &rng)
    }

    func discriminator(_ rng: inout RandomGenerator) -> any LayerModule {
        architecture.discriminator(
            inputs: discriminatorInput, outputs: discriminatorOutputs, options: options, data: data, normalization: normalization, generator: &rng)
    }
}
