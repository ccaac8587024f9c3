import SwiftGANAutograd
import SwiftGANKernels

/// StyleGAN2's modulated convolution: the weight is scaled per sample by a
/// style (an equalized linear map of `w`, bias starting at 1), optionally
/// demodulated to unit norm per output channel, and applied as one grouped
/// convolution over the batch. With `upsample`, a stride-2 transposed
/// convolution followed by a [1, 3, 3, 1] blur doubles the resolution.
public final class ModulatedConv2d: Module {
    public let weight: Parameter
    public let affine: EqualizedLinear
    public let inChannels: Int, outChannels: Int, kernel: Int
    public let demodulate: Bool
    public let upsample: Bool

    public init(
        _ inChannels: Int, _ outChannels: Int, kernel: Int, styleDimension: Int, demodulate: Bool = true,
        upsample: Bool = false, generator: inout RandomGenerator
    ) {
        precondition(inChannels > 0 && outChannels > 0, "ModulatedConv2d: bad channels \(inChannels) -> \(outChannels)")
        precondition(kernel % 2 == 1 && kernel > 0 && (!upsample || kernel <= 5), "ModulatedConv2d: kernel \(kernel) must be odd (and at most 5 when upsampling)")
        weight = Parameter(generator.normal([outChannels, inChannels, kernel, kernel]))
        affine = EqualizedLinear(styleDimension, inChannels, biasInit: 1, generator: &generator)
        (self.inChannels, self.outChannels, self.kernel) = (inChannels, outChannels, kernel)
        (self.demodulate, self.upsample) = (demodulate, upsample)
    }

    /// The convolution of `x [N, in, H, W]` modulated by styles `w [N, styleDimension]`.
    public func callAsFunction(_ x: Tensor, style w: Tensor) -> Tensor {
        precondition(x.rank == 4 && x.shape[1] == inChannels && w.shape[0] == x.shape[0], "ModulatedConv2d: input \(x.shape), style \(w.shape)")
        let n = x.shape[0]
        let styles = affine(w).reshape([n, 1, inChannels, 1, 1])
        let scale = 1 / Float(inChannels * kernel * kernel).squareRoot()
        var weights = weight.tensor.unsqueeze(0) * styles * scale                 // [N, out, in, k, k]
        if demodulate {
            weights = weights * (weights.square().sum(axes: [2, 3, 4], keepDims: true) + 1e-8).rsqrt()
        }
        let batched = x.reshape([1, n * inChannels, x.shape[2], x.shape[3]])
        if !upsample {
            let y = Tensor.conv2d(
                batched, weight: weights.reshape([n * outChannels, inChannels, kernel, kernel]),
                padding: (kernel / 2, kernel / 2), groups: n)
            return y.reshape([n, outChannels, y.shape[2], y.shape[3]])
        }
        let transposedWeights = weights.transpose(1, 2).reshape([n * inChannels, outChannels, kernel, kernel])
        let y = Tensor.convTranspose2d(batched, weight: transposedWeights, stride: (2, 2), groups: n)
        // The transposed convolution gives 2H + k - 2 rows; the 4-tap blur brings them to 2H.
        return FIRResampling.blur(y.reshape([n, outChannels, y.shape[2], y.shape[3]]), padding: (5 - kernel) / 2, gain: 4)
    }
}
