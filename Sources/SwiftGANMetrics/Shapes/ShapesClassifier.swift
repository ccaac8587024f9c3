import SwiftGANAutograd
import SwiftGANData
import SwiftGANKernels
import SwiftGANNN

/// The project's `shapes` factor classifier: the feature network of the
/// shapes-domain metrics (`fid_shapes`, KID, precision/recall) and the judge of
/// style mixing, latent axes and attribute edits. Three 3x3 conv + ReLU + 2x2
/// max-pool stages (32, 64 and 64 channels), a 256-unit hidden layer whose
/// activations are the features, and one linear head per `ShapeFactor`. Input
/// `[N, 3, 32, 32]` in [-1, 1]; 64x64 images are averaged over 2x2 blocks first
/// (which is how the data draws them at 32). Its numbers are not comparable
/// with Inception-based metrics.
public final class ShapesClassifier: Module, Layer {
    public let conv1: Conv2d
    public let conv2: Conv2d
    public let conv3: Conv2d
    public let hidden: Linear
    /// One head per factor, in `ShapeFactor.allCases` order.
    public let heads: [Linear]

    public init(generator rng: inout RandomGenerator) {
        conv1 = Conv2d(3, 32, kernel: 3, padding: 1, generator: &rng)
        conv2 = Conv2d(32, 64, kernel: 3, padding: 1, generator: &rng)
        conv3 = Conv2d(64, 64, kernel: 3, padding: 1, generator: &rng)
        hidden = Linear(64 * 4 * 4, 256, generator: &rng)
        heads = ShapeFactor.allCases.map { Linear(256, $0.levels, generator: &rng) }
    }

    /// The 256 features of the hidden layer of `x` `[N, 3, 32, 32]` or `[N, 3, 64, 64]`.
    public func features(_ x: Tensor) -> Tensor {
        precondition(
            x.rank == 4 && [[3, 32, 32], [3, 64, 64]].contains(Array(x.shape.dropFirst())),
            "ShapesClassifier: expected [N, 3, 32, 32] or [N, 3, 64, 64], got \(x.shape)")
        let input = x.shape[2] == 64 ? x.avgPool2d(kernel: (2, 2)) : x
        let h1 = conv1(input).relu().maxPool2d(kernel: (2, 2))  // [N, 32, 16, 16]
        let h2 = conv2(h1).relu().maxPool2d(kernel: (2, 2))     // [N, 64, 8, 8]
        let h3 = conv3(h2).relu().maxPool2d(kernel: (2, 2))     // [N, 64, 4, 4]
        return hidden(h3.flatten()).relu()
    }

    /// The logits of every factor, `[N, levels]` each, in `ShapeFactor.allCases` order.
    public func factorLogits(_ x: Tensor) -> [Tensor] {
        let h = features(x)
        return heads.map { $0(h) }
    }

    /// The logits of all factors side by side, `[N, 44]`.
    public func callAsFunction(_ x: Tensor) -> Tensor {
        Tensor.concat(factorLogits(x), axis: 1)
    }

    /// The predicted factors of each image, in batches (no gradients).
    public func predict(_ images: NDArray, batchSize: Int = 500) -> [ShapeFactors] {
        withoutGrad {
            stride(from: 0, to: images.shape[0], by: batchSize).flatMap { start -> [ShapeFactors] in
                let end = Swift.min(start + batchSize, images.shape[0])
                let levels = factorLogits(Tensor(images.slice(axis: 0, start: start, end: end))).map { logits in
                    logits.value.argmax(axis: 1).elements.map { Int($0) }
                }
                return (0..<(end - start)).map { row in ShapeFactors(levels.map { $0[row] }) }
            }
        }
    }
}
