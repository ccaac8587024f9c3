import SwiftGANKernels
import SwiftGANNN

/// The convolution block the colorization networks are stacked from, as
/// Zhang et al.'s: a 3x3 convolution (strided or dilated), ReLU, then BatchNorm.
enum ColorizationLayers {
    static func block(_ input: Int, _ output: Int, stride: Int = 1, dilation: Int = 1, _ rng: inout RandomGenerator) -> [any LayerModule] {
        [
            Conv2d(input, output, kernel: 3, stride: Int2(stride, stride), padding: Int2(dilation, dilation), dilation: Int2(dilation, dilation), generator: &rng),
            Activation(.relu), BatchNorm(output),
        ]
    }

    /// Blocks `(input, output, stride, dilation)` in sequence.
    static func stack(_ blocks: [(Int, Int, Int, Int)], _ rng: inout RandomGenerator) -> Sequential {
        Sequential(blocks.flatMap { block($0.0, $0.1, stride: $0.2, dilation: $0.3, &rng) })
    }
}
