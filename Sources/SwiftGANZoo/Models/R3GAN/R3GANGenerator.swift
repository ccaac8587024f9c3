import SwiftGANAutograd
import SwiftGANKernels
import SwiftGANNN

/// R3GAN's generator: the noise mapped linearly to one value per channel,
/// each scaling a learned 4x4 basis; then per stage a 1x1 transition where
/// the width changes, a [1, 3, 3, 1] upsampling and `blocks` residual blocks;
/// a 1x1 convolution to the image's channels, with no activation (the output
/// is not squashed).
final class R3GANGenerator: Module, Layer {
    let input: Linear
    let basis: Parameter
    let blocks: [R3GANBlock]
    /// The 1x1 transitions, one for each stage whose width differs from the previous one's.
    let transitions: [Conv2d]
    let output: Conv2d
    let widths: [Int]
    let blocksPerStage: Int

    init(latent: Int, channels: Int, widths: StageWidths, blocksPerStage: Int, expansion: Int, groupSize: Int, generator rng: inout RandomGenerator) {
        let stages = widths.stages, total = stages.count * blocksPerStage
        input = R3GANLayers.linear(latent, stages[0], generator: &rng)
        basis = Parameter(rng.normal([stages[0], 4, 4]))
        transitions = zip(stages, stages.dropFirst()).filter { $0 != $1 }.map { R3GANLayers.conv($0, $1, kernel: 1, gain: 1, generator: &rng) }
        blocks = stages.flatMap { width in
            (0..<blocksPerStage).map { _ in R3GANBlock(width: width, expansion: expansion, groupSize: groupSize, blocksInNetwork: total, generator: &rng) }
        }
        output = R3GANLayers.conv(stages.last!, channels, kernel: 1, gain: 1, generator: &rng)
        (self.widths, self.blocksPerStage) = (stages, blocksPerStage)
    }

    /// Images `[N, channels, R, R]` from noise `[N, latent]`.
    func callAsFunction(_ z: Tensor) -> Tensor {
        var x = input(z).reshape([z.shape[0], widths[0], 1, 1]) * basis.tensor.unsqueeze(0)
        var transition = transitions.makeIterator()
        for stage in widths.indices {
            if stage > 0 {
                if widths[stage] != widths[stage - 1] { x = transition.next()!(x) }
                x = FIRResampling.upsample(x)
            }
            for block in blocks[(stage * blocksPerStage)..<((stage + 1) * blocksPerStage)] { x = block(x) }
        }
        return output(x)
    }
}
