import SwiftGANAutograd
import SwiftGANKernels
import SwiftGANNN

/// Residual blocks of the translators, one after another: each adds its
/// branch (`ResNetTranslator.residualBlock` by default) to its input.
public final class ResidualStack: Module, Layer {
    public let blocks: [Sequential]

    /// `count` blocks of `channels` channels.
    public convenience init(channels: Int, count: Int, norm: TranslationNorm, generator rng: inout RandomGenerator) {
        precondition(count >= 0, "ResidualStack: \(count) blocks")
        self.init(blocks: (0..<count).map { _ in ResNetTranslator.residualBlock(channels, norm: norm, generator: &rng) })
    }

    /// The residual branches `blocks`, each keeping its input's shape.
    public init(blocks: [Sequential]) {
        self.blocks = blocks
    }

    public func callAsFunction(_ x: Tensor) -> Tensor {
        blocks.reduce(x) { h, block in h + block(h) }
    }
}
