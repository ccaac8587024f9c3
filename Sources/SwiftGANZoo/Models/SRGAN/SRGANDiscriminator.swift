import SwiftGANKernels
import SwiftGANNN

/// SRGAN's discriminator (Ledig et al.): eight 3x3 convolutions with leaky
/// ReLU 0.2, every second one of stride 2, the widths doubling from `width`
/// every two (BatchNorm after all but the first), then a dense layer of
/// `16 * width` with leaky ReLU and one logit. Takes `side`-pixel images.
enum SRGANDiscriminator {
    static func make(channels: Int, width: Int, side: Int, _ rng: inout RandomGenerator) -> Sequential {
        var layers: [any LayerModule] = [], inChannels = channels, size = side
        for i in 0..<8 {
            let out = width << (i / 2), stride = i % 2 == 1 ? 2 : 1
            layers.append(Conv2d(inChannels, out, kernel: 3, stride: Int2(stride, stride), padding: 1, generator: &rng))
            if i > 0 { layers.append(BatchNorm(out)) }
            layers.append(Activation(.leakyRelu(0.2)))
            (inChannels, size) = (out, (size + stride - 1) / stride)
        }
        layers += [Flatten(), Linear(inChannels * size * size, 16 * width, generator: &rng), Activation(.leakyRelu(0.2)), Linear(16 * width, 1, generator: &rng)]
        return Sequential(layers)
    }
}
