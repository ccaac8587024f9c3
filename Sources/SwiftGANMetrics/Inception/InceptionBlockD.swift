import SwiftGANAutograd
import SwiftGANKernels
import SwiftGANNN

/// Mixed_7a: the 17 -> 8 grid reduction.
public final class InceptionBlockD: Module, Layer {
    public let branch3x3_1, branch3x3_2: InceptionConvolution
    public let branch7x7x3_1, branch7x7x3_2, branch7x7x3_3, branch7x7x3_4: InceptionConvolution

    public init(_ inChannels: Int, generator rng: inout RandomGenerator) {
        branch3x3_1 = InceptionConvolution(inChannels, 192, kernel: 1, generator: &rng)
        branch3x3_2 = InceptionConvolution(192, 320, kernel: 3, stride: 2, generator: &rng)
        branch7x7x3_1 = InceptionConvolution(inChannels, 192, kernel: 1, generator: &rng)
        branch7x7x3_2 = InceptionConvolution(192, 192, kernel: Int2(1, 7), padding: Int2(0, 3), generator: &rng)
        branch7x7x3_3 = InceptionConvolution(192, 192, kernel: Int2(7, 1), padding: Int2(3, 0), generator: &rng)
        branch7x7x3_4 = InceptionConvolution(192, 192, kernel: 3, stride: 2, generator: &rng)
    }

    public func callAsFunction(_ x: Tensor) -> Tensor {
        let tower = branch7x7x3_4(branch7x7x3_3(branch7x7x3_2(branch7x7x3_1(x))))
        return Tensor.concat([branch3x3_2(branch3x3_1(x)), tower, InceptionPooling.maxReduce(x)], axis: 1)
    }
}
