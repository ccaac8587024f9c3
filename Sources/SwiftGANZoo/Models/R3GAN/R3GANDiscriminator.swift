import SwiftGANAutograd
import SwiftGANKernels
import SwiftGANNN

/// R3GAN's discriminator, the generator's mirror: a 1x1 convolution from the
/// image's channels; per stage from the data's resolution down, `blocks`
/// residual blocks, then a [1, 3, 3, 1] downsampling and a 1x1 transition where
/// the width changes; at 4x4 a depthwise 4x4 convolution and a linear map to one score.
final class R3GANDiscriminator: Module, Layer {
    let input: Conv2d
    let blocks: [R3GANBlock]
    /// The 1x1 transitions, one after each stage whose width differs from the next one's.
    let transitions: [Conv2d]
    let basis: Conv2d
    let output: Linear
    /// The width of each stage, the data's resolution first.
    let widths: [Int]
    let blocksPerStage: Int

    init(channels: Int, widths: StageWidths, blocksPerStage: Int, expansion: Int, groupSize: Int, generator rng: inout RandomGenerator) {
        let stages = Array(widths.stages.reversed()), total = stages.count * blocksPerStage
        input = R3GANLayers.conv(channels, stages[0], kernel: 1, gain: 1, generator: &rng)
        blocks = stages.flatMap { width in
            (0..<blocksPerStage).map { _ in R3GANBlock(width: width, expansion: expansion, groupSize: groupSize, blocksInNetwork: total, generator: &rng) }
        }
        transitions = zip(stages, stages.dropFirst()).filter { $0 != $1 }.map { R3GANLayers.conv($0, $1, kernel: 1, gain: 1, generator: &rng) }
        let last = stages.last!
        basis = Conv2d(last, last, kernel: 4, groups: last, bias: false, initializer: .normal(mean: 0, std: 0.25), generator: &rng)
        output = R3GANLayers.linear(last, 1, generator: &rng)
        (self.widths, self.blocksPerStage) = (stages, blocksPerStage)
    }

    /// One score per image of `x [N, channels, R, R]`, `[N, 1]`.
    func callAsFunction(_ x: Tensor) -> Tensor {
        var h = input(x)
        var transition = transitions.makeIterator()
        for stage in widths.indices {
            for block in blocks[(stage * blocksPerStage)..<((stage + 1) * blocksPerStage)] { h = block(h) }
            if stage < widths.count - 1 {
                h = FIRResampling.downsample(h)
                if widths[stage] != widths[stage + 1] { h = transition.next()!(h) }
            }
        }
        return output(basis(h).reshape([h.shape[0], h.shape[1]]))
    }
}
