import SwiftGANAutograd
import SwiftGANKernels
import SwiftGANNN

/// Mixed_5b-d: 1x1, 5x5, double 3x3 and average-pool branches, concatenated
/// to `224 + poolFeatures` channels. Member names are the state-dict keys.
public final class InceptionBlockA: Module, Layer {
    public let branch1x1, branch5x5_1, branch5x5_2, branch3x3dbl_1, branch3x3dbl_2, branch3x3dbl_3, branch_pool: InceptionConvolution

    public init(_ inChannels: Int, poolFeatures: Int, generator rng: inout RandomGenerator) {
        branch1x1 = InceptionConvolution(inChannels, 64, kernel: 1, generator: &rng)
        branch5x5_1 = InceptionConvolution(inChannels, 48, kernel: 1, generator: &rng)
        branch5x5_2 = InceptionConvolution(48, 64, kernel: 5, padding: 2, generator: &rng)
        branch3x3dbl_1 = InceptionConvolution(inChannels, 64, kernel: 1, generator: &rng)
        branch3x3dbl_2 = InceptionConvolution(64, 96, kernel: 3, padding: 1, generator: &rng)
        branch3x3dbl_3 = InceptionConvolution(96, 96, kernel: 3, padding: 1, generator: &rng)
        branch_pool = InceptionConvolution(inChannels, poolFeatures, kernel: 1, generator: &rng)
    }

    public func callAsFunction(_ x: Tensor) -> Tensor {
        Tensor.concat([
            branch1x1(x), branch5x5_2(branch5x5_1(x)), branch3x3dbl_3(branch3x3dbl_2(branch3x3dbl_1(x))),
            branch_pool(InceptionPooling.averageExcludingPadding(x)),
        ], axis: 1)
    }
}
