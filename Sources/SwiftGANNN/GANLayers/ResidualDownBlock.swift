import SwiftGANAutograd
import SwiftGANKernels

/// The discriminator block of SNGAN-style ResNets: (ReLU,) 3x3 conv, ReLU,
/// 3x3 conv, 2x2 average pooling, plus a 1x1-conv shortcut; the first
/// ("optimized") block skips the leading ReLU and pools before its shortcut.
/// Convolutions are spectrally normalized when asked. Keys `c1`, `c2`, `sc`.
public final class ResidualDownBlock: Module, Layer {
    public let c1: any LayerModule
    public let c2: any LayerModule
    public let sc: any LayerModule
    public let isFirst: Bool
    public let downsample: Bool

    public init(
        _ inChannels: Int, _ outChannels: Int, first: Bool = false, downsample: Bool = true,
        spectralNorm: Bool = true, generator: inout RandomGenerator
    ) {
        func conv(_ i: Int, _ o: Int, _ k: Int, _ p: Int) -> any LayerModule {
            let layer = Conv2d(i, o, kernel: Int2(k, k), padding: Int2(p, p), generator: &generator)
            return SpectralNorm.wrapping(layer, when: spectralNorm, generator: &generator)
        }
        c1 = conv(inChannels, outChannels, 3, 1)
        c2 = conv(outChannels, outChannels, 3, 1)
        sc = conv(inChannels, outChannels, 1, 0)
        isFirst = first
        self.downsample = downsample
    }

    public func callAsFunction(_ x: Tensor) -> Tensor {
        var h = c2(c1(isFirst ? x : x.relu()).relu())
        if downsample { h = h.avgPool2d(kernel: (2, 2)) }
        let skip: Tensor
        if isFirst {
            skip = sc(downsample ? x.avgPool2d(kernel: (2, 2)) : x)
        } else {
            let s = sc(x)
            skip = downsample ? s.avgPool2d(kernel: (2, 2)) : s
        }
        return h + skip
    }
}
