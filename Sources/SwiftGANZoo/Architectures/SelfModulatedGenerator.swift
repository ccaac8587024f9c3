import SwiftGANAutograd
import SwiftGANKernels
import SwiftGANNN

/// A generator whose every BatchNorm is self-modulated (Chen et al. 2019,
/// `self_modulation: true`): the gain and bias of each normalized layer are
/// small MLPs of the input z. Two shapes: SNGAN's ResNet (a linear layer,
/// self-modulated up-blocks, a final modulated BN, ReLU, 3x3 conv, tanh;
/// as `ResNetGenerator`) and DCGAN's (a linear layer to the bottom map,
/// then modulated BN and ReLU after it and after every transposed
/// convolution but the last, tanh; as `DCGAN.generator`, with the first
/// BatchNorm per channel of the bottom map instead of per feature).
final class SelfModulatedGenerator: Module, Layer {
    let linear: Linear
    let bottom: (channels: Int, side: Int)
    /// ResNet: the up-blocks.
    let blocks: [SelfModulatedResidualUpBlock]
    /// DCGAN: the transposed convolutions.
    let deconvolutions: [ConvTranspose2d]
    /// DCGAN: one before each transposed convolution; ResNet: the last, before the output convolution.
    let norms: [SelfModulatedBatchNorm2d]
    let out: (any LayerModule)?

    /// SNGAN's ResNet generator, self-modulated.
    init(resNetLatent latent: Int, width: Int, channels: Int, ladder: ResolutionLadder, generator rng: inout RandomGenerator) {
        linear = Linear(latent, ladder.bottom * ladder.bottom * width, generator: &rng)
        bottom = (width, ladder.bottom)
        blocks = (0..<ladder.doublings).map { _ in SelfModulatedResidualUpBlock(width, width, latent: latent, generator: &rng) }
        deconvolutions = []
        norms = [SelfModulatedBatchNorm2d(width, latentDimension: latent, generator: &rng)]
        out = Conv2d(width, channels, kernel: 3, padding: 1, generator: &rng)
    }

    /// DCGAN's generator, self-modulated.
    init(dcganLatent latent: Int, channels: Int, ladder: ResolutionLadder, generator rng: inout RandomGenerator) {
        let top = ladder.width(atLevel: 0)
        linear = Linear(latent, top * ladder.bottom * ladder.bottom, generator: &rng)
        bottom = (top, ladder.bottom)
        blocks = []
        var deconvolutions: [ConvTranspose2d] = [], norms: [SelfModulatedBatchNorm2d] = []
        for level in 0..<ladder.doublings {
            let input = ladder.width(atLevel: level)
            let output = level == ladder.doublings - 1 ? channels : ladder.width(atLevel: level + 1)
            norms.append(SelfModulatedBatchNorm2d(input, latentDimension: latent, generator: &rng))
            deconvolutions.append(ConvTranspose2d(input, output, kernel: 4, stride: 2, padding: 1, generator: &rng))
        }
        (self.deconvolutions, self.norms, out) = (deconvolutions, norms, nil)
    }

    func callAsFunction(_ z: Tensor) -> Tensor {
        var h = linear(z).reshape([-1, bottom.channels, bottom.side, bottom.side])
        if let out {
            for block in blocks { h = block(h, latent: z) }
            return out.callAsFunction(norms[0](h, latent: z).relu()).tanh()
        }
        for (norm, deconvolution) in zip(norms, deconvolutions) { h = deconvolution(norm(h, latent: z).relu()) }
        return h.tanh()
    }
}
