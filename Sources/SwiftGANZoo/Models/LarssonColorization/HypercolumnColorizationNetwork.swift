import SwiftGANAutograd
import SwiftGANKernels
import SwiftGANNN

/// Larsson et al.'s colorization network, narrowed and trained from
/// scratch: four stages of blocks at full, half, quarter and eighth size;
/// each half-size pixel's hypercolumn (every stage's features there,
/// pooled or upsampled bilinearly) goes through two 1x1 convolutions to
/// histograms of chroma and hue. Chroma is trained by cross-entropy, hue by
/// cross-entropy weighted by the pixel's chroma over the histogram's range
/// (hue is undefined for grays) and `hueWeight` (the paper's λ = 5).
public final class HypercolumnColorizationNetwork: Module, ColorizationNetwork {
    public let stages: [Sequential]
    public let head: Sequential
    public let histograms: HueChromaHistograms
    public let hueWeight: Float

    public init(width: Int, hidden: Int, histograms: HueChromaHistograms, hueWeight: Float, generator rng: inout RandomGenerator) {
        let w = width
        stages = [
            ColorizationLayers.stack([(1, w, 1, 1), (w, w, 1, 1)], &rng),
            ColorizationLayers.stack([(w, 2 * w, 2, 1), (2 * w, 2 * w, 1, 1)], &rng),
            ColorizationLayers.stack([(2 * w, 4 * w, 2, 1), (4 * w, 4 * w, 1, 1)], &rng),
            ColorizationLayers.stack([(4 * w, 4 * w, 2, 1), (4 * w, 4 * w, 1, 2)], &rng),
        ]
        head = Sequential([
            Conv2d(11 * w, hidden, kernel: 1, generator: &rng), Activation(.relu),
            Conv2d(hidden, 2 * histograms.bins, kernel: 1, generator: &rng),
        ])
        (self.histograms, self.hueWeight) = (histograms, hueWeight)
    }

    public var sideMultiple: Int { 8 }
    public var takesHints: Bool { false }

    /// Chroma and hue logits at half size, `[N, bins, H/2, W/2]` each.
    public func logits(_ input: Tensor) -> (chroma: Tensor, hue: Tensor) {
        var features: [Tensor] = []
        var h = input
        for stage in stages {
            h = stage(h)
            features.append(h)
        }
        let size = (input.shape[2] / 2, input.shape[3] / 2)
        let column = Tensor.concat([
            features[0].avgPool2d(kernel: (2, 2)), features[1],
            features[2].upsampleBilinear(size: size), features[3].upsampleBilinear(size: size),
        ], axis: 1)
        let out = head(column)
        return (out.slice(axis: 1, start: 0, end: histograms.bins), out.slice(axis: 1, start: histograms.bins, end: 2 * histograms.bins))
    }

    public func ab(_ input: Tensor) -> Tensor {
        let (chroma, hue) = logits(input)
        let small = histograms.decode(chroma: chroma.softmax(axis: 1).value, hue: hue.softmax(axis: 1).value)
        return Tensor(small).upsampleBilinear(size: (input.shape[2], input.shape[3]))
    }

    public func loss(_ input: Tensor, targetAB: NDArray, labels: [Int]?) throws -> (loss: Tensor, metrics: [String: Float]) {
        let (chroma, hue) = logits(input)
        let target = targetAB.blockAveraged(2)
        let classes = histograms.classes(target)
        let shape = (n: target.shape[0], h: target.shape[2], w: target.shape[3])
        let hueWeights = classes.chromaValues.map { min($0 / histograms.maximumChroma, 1) }
        let chromaLoss = ColorClassLoss.crossEntropy(chroma, weightedTargets: ColorClassLoss.oneHot(classes.chroma, count: histograms.bins, shape: shape))
        let hueLoss = ColorClassLoss.crossEntropy(hue, weightedTargets: ColorClassLoss.oneHot(classes.hue, weights: hueWeights, count: histograms.bins, shape: shape))
        return (chromaLoss + hueLoss * hueWeight, ["chroma_cross_entropy": chromaLoss.scalarValue, "hue_cross_entropy_weighted": hueLoss.scalarValue])
    }
}
