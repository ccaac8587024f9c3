import SwiftGANAutograd
import SwiftGANKernels
import SwiftGANNN

/// FUNIT's generator (Liu et al. 2019): a content encoder (CycleGAN's
/// encoder half, instance norm) gives a code of the content image's layout;
/// the class encoder gives a class code from a few examples of the target
/// class, which a two-layer MLP turns into the styles of the decoder's
/// adaptive-instance-norm residual blocks; the decoder's upsampling half
/// draws the image.
public final class FUNITGenerator: Module {
    public let contentEncoder: Sequential
    public let classEncoder: ClassEncoder
    public let mapping: Sequential
    public let blocks: [AdaINResidualBlock]
    public let upsampler: Sequential

    public init(channels: Int, width: Int, codeLength: Int, blocks count: Int, generator rng: inout RandomGenerator) {
        contentEncoder = TranslatorHalves.encoder(channels: channels, width: width, blocks: count, norm: .instance, generator: &rng)
        classEncoder = ClassEncoder(channels: channels, width: width, codeLength: codeLength, generator: &rng)
        mapping = Sequential(Linear(codeLength, codeLength, generator: &rng), Activation(.relu), Linear(codeLength, codeLength, generator: &rng), Activation(.relu))
        blocks = (0..<count).map { _ in AdaINResidualBlock(channels: 4 * width, codeLength: codeLength, generator: &rng) }
        upsampler = TranslatorHalves.decoder(channels: channels, width: width, blocks: 0, norm: .instance, generator: &rng)
    }

    /// `content` images drawn as the classes whose codes (`classEncoder`'s) are `classCodes`.
    public func callAsFunction(_ content: Tensor, classCodes: Tensor) -> Tensor {
        precondition(content.shape[0] == classCodes.shape[0], "FUNITGenerator: \(content.shape[0]) images for \(classCodes.shape[0]) class codes")
        let styles = mapping(classCodes)
        return upsampler(blocks.reduce(contentEncoder(content)) { h, block in block(h, code: styles) })
    }
}
