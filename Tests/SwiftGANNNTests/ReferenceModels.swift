import SwiftGAN

/// Swift builds of the reference networks of `shared/bench/torch_peer.py` (the
/// PyTorch benchmark peer), with the same structure and therefore the same
/// state dict keys, so PyTorch's weights load strictly into them and theirs
/// into PyTorch (see `scripts/make_layer_fixtures.py` and `scripts/check_torch_load.py`).
enum ReferenceModels {
    /// torch_peer's `dcgan28()` generator: `0` Linear 100-6272, `1` BatchNorm1d, `2` ReLU,
    /// `3` view 128x7x7, `4` ConvT 128-64 k4 s2 p1, `5` BatchNorm2d, `6` ReLU, `7` ConvT 64-1 k4 s2 p1, `8` Tanh.
    static func dcgan28Generator(generator: inout RandomGenerator) -> Sequential {
        let linear = Linear(100, 128 * 7 * 7, generator: &generator)
        let up1 = ConvTranspose2d(128, 64, kernel: 4, stride: 2, padding: 1, generator: &generator)
        let up2 = ConvTranspose2d(64, 1, kernel: 4, stride: 2, padding: 1, generator: &generator)
        return Sequential(
            linear, BatchNorm1d(128 * 7 * 7), Activation(.relu), Reshape([128, 7, 7]),
            up1, BatchNorm2d(64), Activation(.relu),
            up2, Activation(.tanh))
    }

    /// torch_peer's `dcgan28()` discriminator: `0` Conv 1-64 k4 s2 p1, `1` LeakyReLU 0.2, `2` Conv 64-128 k4 s2 p1,
    /// `3` BatchNorm2d (Identity without `batchNorm`, as wgangp28), `4` LeakyReLU 0.2, `5` Flatten, `6` Linear 6272-1.
    static func dcgan28Discriminator(batchNorm: Bool = true, generator: inout RandomGenerator) -> Sequential {
        let conv1 = Conv2d(1, 64, kernel: 4, stride: 2, padding: 1, generator: &generator)
        let conv2 = Conv2d(64, 128, kernel: 4, stride: 2, padding: 1, generator: &generator)
        let linear = Linear(128 * 7 * 7, 1, generator: &generator)
        let norm: any LayerModule = batchNorm ? BatchNorm2d(128) : Activation(.identity)
        return Sequential(
            conv1, Activation(.leakyRelu(0.2)), conv2, norm, Activation(.leakyRelu(0.2)), Flatten(), linear)
    }

    /// torch_peer's `GBlock(c)` of the sngan32 generator (keys `b1`, `c1`, `b2`, `c2`).
    static func sngan32GBlock(_ c: Int, generator: inout RandomGenerator) -> ResidualUpBlock {
        ResidualUpBlock(c, c, generator: &generator)
    }

    /// A SAGAN self-attention block (keys `query_conv`, `key_conv`, `value_conv`, `gamma`).
    static func selfAttentionBlock(_ c: Int, generator: inout RandomGenerator) -> SelfAttention {
        SelfAttention(c, generator: &generator)
    }
}

/// torch_peer's `SNDiscriminator(c)` of sngan32: three spectrally normalized
/// residual down-blocks (`blocks.0` the optimized first one), two spectrally
/// normalized 3x3 convolutions `c3`, `c4`, ReLU, a sum over space and a
/// spectrally normalized `Linear(c, 1)` `l`.
final class SNGAN32Discriminator: Module, Layer {
    let blocks: Sequential
    let c3: SpectralNorm
    let c4: SpectralNorm
    let l: SpectralNorm

    init(c: Int = 128, generator: inout RandomGenerator) {
        let b0 = ResidualDownBlock(3, c, first: true, generator: &generator)
        let b1 = ResidualDownBlock(c, c, generator: &generator)
        let b2 = ResidualDownBlock(c, c, generator: &generator)
        blocks = Sequential(b0, b1, b2)
        let conv3 = Conv2d(c, c, kernel: 3, padding: 1, generator: &generator)
        c3 = SpectralNorm(conv3, generator: &generator)
        let conv4 = Conv2d(c, c, kernel: 3, padding: 1, generator: &generator)
        c4 = SpectralNorm(conv4, generator: &generator)
        let linear = Linear(c, 1, generator: &generator)
        l = SpectralNorm(linear, generator: &generator)
    }

    func callAsFunction(_ x: Tensor) -> Tensor {
        let h = c4(c3(blocks(x).relu()).relu())
        return l(h.relu().sum(axes: [2, 3]))
    }
}
