import SwiftGANAutograd
import SwiftGANKernels
import SwiftGANNN

/// pix2pix's discriminators (`--netD`): a PatchGAN of `layers` 4x4 stride-2
/// convolutions (widths `width * min(2^i, 8)`, LeakyReLU 0.2, a norm after
/// each but the first), a stride-1 one at double width and a stride-1
/// convolution to one logit per patch: 70x70 patches with 3 layers at 256
/// pixels (`basic`); or the 1x1 `pixel` discriminator (`layers` 0) judging
/// each pixel alone. Input: the condition and the image, concatenated.
public final class PatchDiscriminator: Module, Layer {
    public let body: Sequential

    public init(inChannels: Int, width: Int, layers: Int, norm: TranslationNorm, generator rng: inout RandomGenerator) {
        precondition(layers >= 0 && width > 0, "PatchDiscriminator: layers \(layers) must not be negative and width \(width) must be positive")
        let initializer = Initializer.normal(mean: 0, std: 0.02)
        var stack: [any LayerModule] = []
        func conv(_ input: Int, _ output: Int, kernel: Int, stride: Int, normed: Bool) {
            stack.append(Conv2d(input, output, kernel: Int2(kernel, kernel), stride: Int2(stride, stride), padding: Int2(kernel == 4 ? 1 : 0, kernel == 4 ? 1 : 0),
                                bias: !normed || norm.convolutionBias, initializer: initializer, generator: &rng))
            if normed, let layer = norm.layer(output) { stack.append(layer) }
            stack.append(Activation(.leakyRelu(0.2)))
        }
        if layers == 0 {
            conv(inChannels, width, kernel: 1, stride: 1, normed: false)
            conv(width, 2 * width, kernel: 1, stride: 1, normed: true)
            stack.append(Conv2d(2 * width, 1, kernel: 1, bias: false, initializer: initializer, generator: &rng))
        } else {
            let widths = (0...layers).map { width * min(1 << $0, 8) }
            conv(inChannels, widths[0], kernel: 4, stride: 2, normed: false)
            for i in 1..<layers { conv(widths[i - 1], widths[i], kernel: 4, stride: 2, normed: true) }
            conv(widths[layers - 1], widths[layers], kernel: 4, stride: 1, normed: true)
            stack.append(Conv2d(widths[layers], 1, kernel: 4, padding: 1, initializer: initializer, generator: &rng))
        }
        body = Sequential(stack)
    }

    /// The logits `[N, 1, P, P]` of every patch of `x`.
    public func callAsFunction(_ x: Tensor) -> Tensor { body(x) }

    /// The activations after each LeakyReLU, then the logits: what feature matching compares.
    public func features(_ x: Tensor) -> [Tensor] {
        var outputs: [Tensor] = []
        var h = x
        for layer in body.layers {
            h = layer(h)
            if layer is Activation { outputs.append(h) }
        }
        return outputs + [h]
    }
}
