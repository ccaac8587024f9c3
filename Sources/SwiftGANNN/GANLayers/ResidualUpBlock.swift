import SwiftGANAutograd
import SwiftGANKernels

/// The generator block of SNGAN/BigGAN-style ResNets: BN, ReLU, nearest 2x
/// upsampling, 3x3 conv, BN, ReLU, 3x3 conv, plus the upsampled input (through
/// a 1x1 conv `sc` when the channel count changes). Keys `b1`, `c1`, `b2`, `c2`, `sc`.
public final class ResidualUpBlock: Module, Layer {
    public let b1: BatchNorm
    public let c1: Conv2d
    public let b2: BatchNorm
    public let c2: Conv2d
    public let sc: Conv2d?

    public init(_ inChannels: Int, _ outChannels: Int, generator: inout RandomGenerator) {
        b1 = BatchNorm(inChannels)
        c1 = Conv2d(inChannels, outChannels, kernel: 3, padding: 1, generator: &generator)
        b2 = BatchNorm(outChannels)
        c2 = Conv2d(outChannels, outChannels, kernel: 3, padding: 1, generator: &generator)
        sc = inChannels == outChannels ? nil : Conv2d(inChannels, outChannels, kernel: 1, generator: &generator)
    }

    public func callAsFunction(_ x: Tensor) -> Tensor {
        let h = c2(b2(c1(b1(x).relu().upsampleNearest(scale: 2))).relu())  // [N, out, 2H, 2W]
        let skip = x.upsampleNearest(scale: 2)
        return h + (sc.map { $0(skip) } ?? skip)
    }
}
