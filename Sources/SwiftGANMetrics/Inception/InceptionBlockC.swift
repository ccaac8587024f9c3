import SwiftGANAutograd
import SwiftGANKernels
import SwiftGANNN

/// Mixed_6b-e: factorized 7x7 branches (1x7 then 7x1) with `channels7x7`
/// inner channels, 768 channels out.
public final class InceptionBlockC: Module, Layer {
    public let branch1x1: InceptionConvolution
    public let branch7x7_1, branch7x7_2, branch7x7_3: InceptionConvolution
    public let branch7x7dbl_1, branch7x7dbl_2, branch7x7dbl_3, branch7x7dbl_4, branch7x7dbl_5: InceptionConvolution
    public let branch_pool: InceptionConvolution

    public init(_ inChannels: Int, channels7x7 c: Int, generator rng: inout RandomGenerator) {
        let wide = Int2(1, 7), tall = Int2(7, 1), widePadding = Int2(0, 3), tallPadding = Int2(3, 0)
        branch1x1 = InceptionConvolution(inChannels, 192, kernel: 1, generator: &rng)
        branch7x7_1 = InceptionConvolution(inChannels, c, kernel: 1, generator: &rng)
        branch7x7_2 = InceptionConvolution(c, c, kernel: wide, padding: widePadding, generator: &rng)
        branch7x7_3 = InceptionConvolution(c, 192, kernel: tall, padding: tallPadding, generator: &rng)
        branch7x7dbl_1 = InceptionConvolution(inChannels, c, kernel: 1, generator: &rng)
        branch7x7dbl_2 = InceptionConvolution(c, c, kernel: tall, padding: tallPadding, generator: &rng)
        branch7x7dbl_3 = InceptionConvolution(c, c, kernel: wide, padding: widePadding, generator: &rng)
        branch7x7dbl_4 = InceptionConvolution(c, c, kernel: tall, padding: tallPadding, generator: &rng)
        branch7x7dbl_5 = InceptionConvolution(c, 192, kernel: wide, padding: widePadding, generator: &rng)
        branch_pool = InceptionConvolution(inChannels, 192, kernel: 1, generator: &rng)
    }

    public func callAsFunction(_ x: Tensor) -> Tensor {
        let double = branch7x7dbl_5(branch7x7dbl_4(branch7x7dbl_3(branch7x7dbl_2(branch7x7dbl_1(x)))))
        return Tensor.concat([
            branch1x1(x), branch7x7_3(branch7x7_2(branch7x7_1(x))), double, branch_pool(InceptionPooling.averageExcludingPadding(x)),
        ], axis: 1)
    }
}
