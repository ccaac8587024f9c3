import SwiftGANAutograd
import SwiftGANData
import SwiftGANKernels
import SwiftGANNN

/// The `scenes` segmentation network: reads a photo back into a label map,
/// the judge of label-to-photo translators (pix2pix's "FCN score"). A small
/// U-Net: two 3x3 conv + ReLU stages at each of three scales (24, 48 and 96
/// channels, 2x2 max-pooling between them), nearest upsampling with skip
/// connections back to full resolution, and a 1x1 conv to one logit per
/// `SceneClass` at every pixel. Input `[N, 3, S, S]` in [-1, 1], S a multiple of 4.
public final class SceneSegmenter: Module, Layer {
    /// The two convolutions of each encoder stage, full resolution first.
    public let encoder: [Conv2d]
    /// The convolution after each upsampling and skip connection, half resolution first.
    public let decoder: [Conv2d]
    /// The 1x1 convolution to the class logits.
    public let classify: Conv2d
    static let widths = [24, 48, 96]

    public init(generator rng: inout RandomGenerator) {
        let w = Self.widths
        encoder = [
            Conv2d(3, w[0], kernel: 3, padding: 1, generator: &rng), Conv2d(w[0], w[0], kernel: 3, padding: 1, generator: &rng),
            Conv2d(w[0], w[1], kernel: 3, padding: 1, generator: &rng), Conv2d(w[1], w[1], kernel: 3, padding: 1, generator: &rng),
            Conv2d(w[1], w[2], kernel: 3, padding: 1, generator: &rng), Conv2d(w[2], w[2], kernel: 3, padding: 1, generator: &rng),
        ]
        decoder = [
            Conv2d(w[2] + w[1], w[1], kernel: 3, padding: 1, generator: &rng),
            Conv2d(w[1] + w[0], w[0], kernel: 3, padding: 1, generator: &rng),
        ]
        classify = Conv2d(w[0], SceneClass.allCases.count, kernel: 1, generator: &rng)
    }

    /// The class logits `[N, 7, S, S]` of photos `x` `[N, 3, S, S]`.
    public func callAsFunction(_ x: Tensor) -> Tensor {
        precondition(x.rank == 4 && x.shape[1] == 3 && x.shape[2] == x.shape[3] && x.shape[2] % 4 == 0,
                     "SceneSegmenter: expected [N, 3, S, S] with S a multiple of 4, got \(x.shape)")
        func stage(_ h: Tensor, _ k: Int) -> Tensor { encoder[2 * k + 1](encoder[2 * k](h).relu()).relu() }
        let full = stage(x, 0)
        let half = stage(full.maxPool2d(kernel: (2, 2)), 1)
        let quarter = stage(half.maxPool2d(kernel: (2, 2)), 2)
        let upHalf = decoder[0](Tensor.concat([quarter.upsampleNearest(scale: 2), half], axis: 1)).relu()
        let upFull = decoder[1](Tensor.concat([upHalf.upsampleNearest(scale: 2), full], axis: 1)).relu()
        return classify(upFull)
    }

    /// The mean cross-entropy over every pixel of `logits` `[N, 7, S, S]` against the label maps `classes` (one per image, row-major).
    public static func loss(logits: Tensor, classes: [[SceneClass]]) -> Tensor {
        -logits.logSoftmax(axis: 1).gather(axis: 1, index: indexMap(classes, like: logits)).mean()
    }

    /// The predicted class of every pixel of each photo, in batches (no gradients).
    public func predict(_ photos: NDArray, batchSize: Int = 64) -> [[Int]] {
        withoutGrad {
            stride(from: 0, to: photos.shape[0], by: batchSize).flatMap { start -> [[Int]] in
                let end = Swift.min(start + batchSize, photos.shape[0])
                let best = self(Tensor(photos.slice(axis: 0, start: start, end: end))).value.argmax(axis: 1)
                let plane = photos.shape[2] * photos.shape[3]
                return (0..<(end - start)).map { row in best.elements[(row * plane)..<((row + 1) * plane)].map { Int($0) } }
            }
        }
    }

    /// The class indices of `classes` as `[N, 1, S, S]` to gather logits of the shape of `logits` with.
    static func indexMap(_ classes: [[SceneClass]], like logits: Tensor) -> NDArray {
        let (n, side) = (logits.shape[0], logits.shape[2])
        precondition(classes.count == n && classes.allSatisfy { $0.count == side * side }, "SceneSegmenter: \(classes.count) label maps for logits \(logits.shape)")
        return NDArray(classes.flatMap { $0.map { Float($0.rawValue) } }, shape: [n, 1, side, side])
    }
}
