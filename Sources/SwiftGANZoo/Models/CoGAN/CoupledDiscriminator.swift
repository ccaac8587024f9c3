import SwiftGANAutograd
import SwiftGANKernels
import SwiftGANNN

/// CoGAN's pair of discriminators: a first stride-2 convolution (leaky ReLU
/// 0.2) of each domain's own, where the domains' looks differ, then a trunk
/// shared by both (DCGAN's stride-2 convolutions with batch norm down to
/// 4x4 and a 4x4 convolution to one logit), where their structure is judged alike.
public final class CoupledDiscriminator: Module {
    public let fronts: [Sequential]
    public let trunk: Sequential

    public init(width: Int, channels: (a: Int, b: Int), resolution: Int, generator rng: inout RandomGenerator) {
        precondition(resolution >= 8 && resolution & (resolution - 1) == 0, "CoupledDiscriminator: resolution \(resolution) is not a power of two from 8")
        let doublings = resolution.trailingZeroBitCount - 2
        fronts = [channels.a, channels.b].map { Sequential(Conv2d($0, width, kernel: 4, stride: 2, padding: 1, generator: &rng), Activation(.leakyRelu(0.2))) }
        var layers: [any LayerModule] = []
        for level in 0..<(doublings - 1) {
            let (input, output) = (width << level, width << (level + 1))
            layers += [Conv2d(input, output, kernel: 4, stride: 2, padding: 1, generator: &rng), BatchNorm2d(output), Activation(.leakyRelu(0.2))]
        }
        layers += [Conv2d(width << (doublings - 1), 1, kernel: 4, generator: &rng), Flatten()]
        trunk = Sequential(layers)
    }

    /// The logits `[N, 1]` of domain `a` images (`domain` 0) or domain `b` ones (1).
    public func callAsFunction(_ x: Tensor, domain: Int) -> Tensor {
        trunk(fronts[domain](x))
    }
}
