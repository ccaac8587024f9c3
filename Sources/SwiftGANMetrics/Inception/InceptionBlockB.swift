import SwiftGANAutograd
import SwiftGANKernels
import SwiftGANNN

/// Mixed_6a: the 35 -> 17 grid reduction (strided 3x3, double 3x3, max pool).
public final class InceptionBlockB: Module, Layer {
    public let branch3x3, branch3x3dbl_1, branch3x3dbl_2, branch3x3dbl_3: InceptionConvolution

    public init(_ inChannels: Int, generator rng: inout RandomGenerator) {
        branch3x3 = InceptionConvolution(inChannels, 384, kernel: 3, stride: 2, generator: &rng)
        branch3x3dbl_1 = InceptionConvolution(inChannels, 64, kernel: 1, generator: &rng)
        branch3x3dbl_2 = InceptionConvolution(64, 96, kernel: 3, padding: 1, generator: &rng)
        branch3x3dbl_3 = InceptionConvolution(96, 96, kernel: 3, stride: 2, generator: &rng)
    }

    public func callAsFunction(_ x: Tensor) -> Tensor {
        Tensor.concat([branch3x3(x), branch3x3dbl_3(branch3x3dbl_2(branch3x3dbl_1(x))), InceptionPooling.maxReduce(x)], axis: 1)
    }
}
