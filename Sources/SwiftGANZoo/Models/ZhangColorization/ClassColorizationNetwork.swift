import SwiftGANAutograd
import SwiftGANKernels
import SwiftGANNN

/// Zhang et al.'s colorization network, narrowed: blocks of convolutions
/// (ReLU, BatchNorm) down to a quarter of the side, dilated blocks there, and
/// a 1x1 convolution to a distribution over the quantized ab cells per
/// pixel, trained with the rebalanced cross-entropy and decoded by the
/// annealed mean, upsampled bilinearly to the full size. The pixel counts per
/// cell that the rebalancing weights come from are counted over the training
/// pixels seen, and kept in `counts` (Zhang et al. counted ImageNet's).
public final class ClassColorizationNetwork: Module, ColorizationNetwork {
    public let body: Sequential
    public let classifier: Conv2d
    /// Training pixels seen per ab cell.
    public let counts: Buffer
    public let bins: ABQuantization
    public let temperature: Float
    public let mixing: Double

    public init(width: Int, bins: ABQuantization, temperature: Float, mixing: Double, generator rng: inout RandomGenerator) {
        let w = width
        body = ColorizationLayers.stack([
            (1, w, 1, 1), (w, w, 2, 1), (w, 2 * w, 1, 1), (2 * w, 2 * w, 2, 1),
            (2 * w, 4 * w, 1, 1), (4 * w, 4 * w, 1, 2), (4 * w, 4 * w, 1, 2), (4 * w, 4 * w, 1, 1),
        ], &rng)
        classifier = Conv2d(4 * w, bins.count, kernel: 1, generator: &rng)
        counts = Buffer(NDArray(zeros: [bins.count]))
        (self.bins, self.temperature, self.mixing) = (bins, temperature, mixing)
    }

    public var sideMultiple: Int { 4 }
    public var takesHints: Bool { false }

    /// The logits over the ab cells, `[N, Q, H/4, W/4]`.
    public func logits(_ input: Tensor) -> Tensor { classifier(body(input)) }

    public func ab(_ input: Tensor) -> Tensor {
        let small = AnnealedMean.decode(logits(input).value, bins: bins, temperature: temperature)
        return Tensor(small).upsampleBilinear(size: (input.shape[2], input.shape[3]))
    }

    public func loss(_ input: Tensor, targetAB: NDArray, labels: [Int]?) throws -> (loss: Tensor, metrics: [String: Float]) {
        count(targetAB)
        let weights = ColorRebalancing.weights(counts: counts.value.elements.map(Double.init), bins: bins, mixing: mixing)
        let loss = RebalancedColorLoss.loss(logits(input), targetAB: targetAB.blockAveraged(4), bins: bins, weights: weights)
        return (loss, ["rebalanced_cross_entropy": loss.scalarValue])
    }

    /// Adds the nearest cell of every pixel of `ab` `[N, 2, H, W]` to `counts`.
    private func count(_ ab: NDArray) {
        let plane = ab.shape[2] * ab.shape[3], values = ab.elements
        var tally = [Int](repeating: 0, count: bins.count)
        for image in 0..<ab.shape[0] {
            for p in 0..<plane { tally[bins.nearest(a: values[image * 2 * plane + p], b: values[(image * 2 + 1) * plane + p])] += 1 }
        }
        // Added per batch, so that single pixels are not lost to float rounding once a cell's count is large.
        counts.value = NDArray(zip(counts.value.elements, tally).map { $0 + Float($1) }, shape: counts.shape)
    }
}
