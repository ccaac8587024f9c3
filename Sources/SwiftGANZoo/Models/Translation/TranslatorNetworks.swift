import SwiftGANKernels
import SwiftGANNN

/// The generators and discriminators translators choose by name, as the
/// pix2pix and CycleGAN repository's `--netG` and `--netD` do.
enum TranslatorNetworks {
    static let generators = ["unet", "encoder_decoder", "resnet_6blocks", "resnet_9blocks"]
    static let discriminators = ["basic", "n_layers", "pixel"]

    /// A generator from `inChannels` to `outChannels` for `resolution`-pixel
    /// images: the U-Net down to 1x1, DiscoGAN's encoder-decoder down to 4x4,
    /// or a ResNet of 6 or 9 blocks; `key` names the option in errors.
    static func generator(
        _ name: String, key: String, inChannels: Int, outChannels: Int, width: Int, norm: TranslationNorm, resolution: Int
    ) throws -> (inout RandomGenerator) -> any LayerModule {
        try checkWidth(width, key: key + "_width")
        switch name {
        case "unet", "encoder_decoder":
            guard resolution >= 16, resolution & (resolution - 1) == 0 else {
                throw ConfigurationError(key: key, problem: "\(name) halves the image down to \(name == "unet" ? "1x1" : "4x4") and needs a power-of-two resolution from 16, got \(resolution); use resnet_6blocks")
            }
            let skips = name == "unet"
            let depth = resolution.trailingZeroBitCount - (skips ? 0 : 2)
            return { UNetGenerator(inChannels: inChannels, outChannels: outChannels, width: width, depth: depth, norm: norm, skips: skips, generator: &$0) }
        case "resnet_6blocks", "resnet_9blocks":
            guard resolution % 4 == 0 else { throw ConfigurationError(key: key, problem: "the ResNet generator halves the image twice and needs a resolution divisible by 4, got \(resolution)") }
            let blocks = name == "resnet_6blocks" ? 6 : 9
            return { ResNetTranslator(inChannels: inChannels, outChannels: outChannels, width: width, blocks: blocks, norm: norm, generator: &$0) }
        default:
            throw ConfigurationError.unknown(key, name, allowed: generators)
        }
    }

    /// A discriminator of images with `inChannels`: the PatchGAN of 3 layers
    /// (`basic`), of `layers` (`n_layers`), or per pixel; at `scales`
    /// resolutions, each half the last, when asked (pix2pixHD's multi-scale one).
    static func multiscaleDiscriminator(
        _ name: String, key: String, inChannels: Int, width: Int, layers: Int, norm: TranslationNorm, resolution: Int, scales: Int
    ) throws -> (inout RandomGenerator) -> MultiscaleDiscriminator {
        guard (1...4).contains(scales), resolution >> (scales - 1) >= 8 else {
            throw ConfigurationError(key: key + "_scales", problem: "must be from 1 to 4 and leave the coarsest scale at least 8 pixels, got \(scales) at \(resolution) pixels")
        }
        let coarsest = resolution >> (scales - 1)
        let make = try discriminator(name, key: key, inChannels: inChannels, width: width, layers: layers, norm: norm, resolution: coarsest)
        return { MultiscaleDiscriminator(scales: scales, make: make, generator: &$0) }
    }

    /// A discriminator of images with `inChannels`: the PatchGAN of 3 layers (`basic`), of `layers` (`n_layers`), or per pixel.
    static func discriminator(
        _ name: String, key: String, inChannels: Int, width: Int, layers: Int, norm: TranslationNorm, resolution: Int
    ) throws -> (inout RandomGenerator) -> PatchDiscriminator {
        try checkWidth(width, key: key + "_width")
        let depth: Int
        switch name {
        case "basic": depth = 3
        case "n_layers": depth = layers
        case "pixel": depth = 0
        default: throw ConfigurationError.unknown(key, name, allowed: discriminators)
        }
        let most = (0...16).last { resolution >> $0 >= 3 } ?? 0
        guard (0...most).contains(depth) else {
            throw ConfigurationError(key: key + "_layers", problem: "\(depth) stride-2 layers leave no patches of a \(resolution)-pixel image; use 1 to \(most)")
        }
        return { PatchDiscriminator(inChannels: inChannels, width: width, layers: depth, norm: norm, generator: &$0) }
    }

    /// Refuses a negative (or NaN) loss weight, naming its key under `section`.
    static func checkWeights(_ weights: [(key: String, value: Float)], section: String) throws {
        for (key, value) in weights where !(value >= 0) {
            throw ConfigurationError(key: "\(section).\(key)", problem: "must not be negative, got \(value)")
        }
    }

    static func checkWidth(_ width: Int, key: String) throws {
        guard (1...1_024).contains(width) else { throw ConfigurationError(key: key, problem: "must be from 1 to 1024, got \(width)") }
    }
}
