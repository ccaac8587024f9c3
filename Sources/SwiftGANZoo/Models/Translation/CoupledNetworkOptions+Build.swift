import SwiftGANKernels
import SwiftGANNN

/// The networks of the translators built on coupled autoencoders (UNIT,
/// XGAN) from their common options: the autoencoders (player `generator`)
/// and a PatchGAN discriminator per domain, checked against the data; errors
/// name keys under the model's section.
extension CoupledNetworkOptions {
    /// The text keys' values, for the model pages, under `section`.
    static func choices(section: String) -> [(key: String, values: [String])] {
        [
            (section + ".discriminator", TranslatorNetworks.discriminators), (section + ".norm", TranslationNorm.allCases.map(\.rawValue)),
            (section + ".loss", AdversarialChoices.lossNames(excluding: [.relativisticAverage])),
        ]
    }

    func build(section: String, context: ModelContext) throws -> (generator: CoupledAutoencoders, discriminators: (a: any LayerModule, b: any LayerModule), loss: AdversarialLoss) {
        let (channelsA, channelsB, resolution) = try TranslationData.shape(context.data, model: section, pairing: .unpaired)
        let norm = try TranslationNorm.named(self.norm, key: "\(section).norm")
        let loss = try AdversarialLoss.named(self.loss, key: "\(section).loss", excluding: [.relativisticAverage])
        guard resolution % 4 == 0 else { throw ConfigurationError(key: "data.resolution", problem: "\(section)'s code is a quarter of the image side, which must be a multiple of 4, got \(resolution)") }
        try TranslatorNetworks.checkWidth(generatorWidth, key: "\(section).generator_width")
        guard (0...32).contains(blocks) else { throw ConfigurationError(key: "\(section).blocks", problem: "must be from 0 to 32, got \(blocks)") }
        func discriminator(_ channels: Int) throws -> (inout RandomGenerator) -> PatchDiscriminator {
            try TranslatorNetworks.discriminator(
                self.discriminator, key: "\(section).discriminator", inChannels: channels, width: discriminatorWidth, layers: discriminatorLayers, norm: norm, resolution: resolution)
        }
        let (makeA, makeB) = (try discriminator(channelsA), try discriminator(channelsB))
        let (width, blocks) = (generatorWidth, self.blocks)
        let generator = context.network("generator") { CoupledAutoencoders(channels: (channelsA, channelsB), width: width, blocks: blocks, norm: norm, generator: &$0) }
        return (generator, (context.network("discriminator_a", makeA), context.network("discriminator_b", makeB)), loss)
    }
}
