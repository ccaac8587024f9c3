import SwiftGANAutograd
import SwiftGANKernels
import SwiftGANNN

/// BigGAN's generator block: conditional BN, ReLU, nearest 2x upsampling, 3x3
/// conv, conditional BN, ReLU, 3x3 conv, plus the upsampled input through a
/// 1x1 conv; convolutions spectrally normalized when asked. Keys `bn1`, `conv1`, `bn2`, `conv2`, `shortcut`.
final class BigGANGeneratorBlock: Module {
    let bn1: BigGANBatchNorm2d
    let conv1: any LayerModule
    let bn2: BigGANBatchNorm2d
    let conv2: any LayerModule
    let shortcut: any LayerModule

    init(_ inputs: Int, _ outputs: Int, conditioning: Int, spectralNorm: Bool, generator rng: inout RandomGenerator) {
        func conv(_ i: Int, _ o: Int, _ k: Int) -> any LayerModule {
            SpectralNorm.wrapping(Conv2d(i, o, kernel: Int2(k, k), padding: Int2(k / 2, k / 2), generator: &rng), when: spectralNorm, generator: &rng)
        }
        bn1 = BigGANBatchNorm2d(inputs, conditioning: conditioning, spectralNorm: spectralNorm, generator: &rng)
        conv1 = conv(inputs, outputs, 3)
        bn2 = BigGANBatchNorm2d(outputs, conditioning: conditioning, spectralNorm: spectralNorm, generator: &rng)
        conv2 = conv(outputs, outputs, 3)
        shortcut = conv(inputs, outputs, 1)
    }

    /// `x [N, in, H, W]` to `[N, out, 2H, 2W]`, conditioned on `c`.
    func callAsFunction(_ x: Tensor, conditioning c: Tensor?) -> Tensor {
        let up = bn1(x, conditioning: c).relu().upsampleNearest(scale: 2)
        let h = conv2(bn2(conv1(up), conditioning: c).relu())
        return h + shortcut(x.upsampleNearest(scale: 2))
    }
}
