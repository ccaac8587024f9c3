import SwiftGANAutograd
import SwiftGANKernels
import SwiftGANNN

/// Mixed_7b and Mixed_7c: expanded 1x3/3x1 branches, 2048 channels out. The
/// TensorFlow graph pools with an average that leaves out padding in 7b and
/// with a max in 7c (`maxPool`).
public final class InceptionBlockE: Module, Layer {
    public let branch1x1: InceptionConvolution
    public let branch3x3_1, branch3x3_2a, branch3x3_2b: InceptionConvolution
    public let branch3x3dbl_1, branch3x3dbl_2, branch3x3dbl_3a, branch3x3dbl_3b: InceptionConvolution
    public let branch_pool: InceptionConvolution
    public let maxPool: Bool

    public init(_ inChannels: Int, maxPool: Bool, generator rng: inout RandomGenerator) {
        let wide = Int2(1, 3), tall = Int2(3, 1), widePadding = Int2(0, 1), tallPadding = Int2(1, 0)
        branch1x1 = InceptionConvolution(inChannels, 320, kernel: 1, generator: &rng)
        branch3x3_1 = InceptionConvolution(inChannels, 384, kernel: 1, generator: &rng)
        branch3x3_2a = InceptionConvolution(384, 384, kernel: wide, padding: widePadding, generator: &rng)
        branch3x3_2b = InceptionConvolution(384, 384, kernel: tall, padding: tallPadding, generator: &rng)
        branch3x3dbl_1 = InceptionConvolution(inChannels, 448, kernel: 1, generator: &rng)
        branch3x3dbl_2 = InceptionConvolution(448, 384, kernel: 3, padding: 1, generator: &rng)
        branch3x3dbl_3a = InceptionConvolution(384, 384, kernel: wide, padding: widePadding, generator: &rng)
        branch3x3dbl_3b = InceptionConvolution(384, 384, kernel: tall, padding: tallPadding, generator: &rng)
        branch_pool = InceptionConvolution(inChannels, 192, kernel: 1, generator: &rng)
        self.maxPool = maxPool
    }

    public func callAsFunction(_ x: Tensor) -> Tensor {
        let single = branch3x3_1(x)
        let double = branch3x3dbl_2(branch3x3dbl_1(x))
        let pooled = maxPool ? InceptionPooling.maxSamePadding(x) : InceptionPooling.averageExcludingPadding(x)
        return Tensor.concat([
            branch1x1(x), branch3x3_2a(single), branch3x3_2b(single), branch3x3dbl_3a(double), branch3x3dbl_3b(double), branch_pool(pooled),
        ], axis: 1)
    }
}
