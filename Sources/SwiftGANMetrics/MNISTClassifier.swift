import SwiftGANAutograd
import SwiftGANKernels
import SwiftGANNN

/// The project's MNIST classifier: the feature network of MNIST-domain
/// metrics (class accuracy of conditional generators, InfoGAN purity, feature
/// distances). Two 3x3 conv + ReLU + 2x2 max-pool stages, a 128-unit hidden
/// layer whose activations are the features, and 10 logits. Input `[N, 1, 28, 28]`
/// in [-1, 1] (`[N, 3, 28, 28]` for the judge of MNIST-M-style digits).
/// Its numbers are not comparable with Inception-based metrics.
public final class MNISTClassifier: Module, Layer {
    public let conv1: Conv2d
    public let conv2: Conv2d
    public let fc1: Linear
    public let fc2: Linear

    /// The channels of the images it reads.
    public let channels: Int

    public init(channels: Int = 1, generator rng: inout RandomGenerator) {
        self.channels = channels
        conv1 = Conv2d(channels, 16, kernel: 3, padding: 1, generator: &rng)
        conv2 = Conv2d(16, 32, kernel: 3, padding: 1, generator: &rng)
        fc1 = Linear(32 * 7 * 7, 128, generator: &rng)
        fc2 = Linear(128, 10, generator: &rng)
    }

    /// The 128 features of the hidden layer.
    public func features(_ x: Tensor) -> Tensor {
        precondition(x.rank == 4 && Array(x.shape.dropFirst()) == [channels, 28, 28], "MNISTClassifier: expected [N, \(channels), 28, 28], got \(x.shape)")
        let h1 = conv1(x).relu().maxPool2d(kernel: (2, 2))   // [N, 16, 14, 14]
        let h2 = conv2(h1).relu().maxPool2d(kernel: (2, 2))  // [N, 32, 7, 7]
        return fc1(h2.flatten()).relu()                      // [N, 128]
    }

    /// Class logits `[N, 10]`.
    public func callAsFunction(_ x: Tensor) -> Tensor {
        fc2(features(x))
    }

    /// The predicted digit of each image, in batches (no gradients).
    public func predict(_ images: NDArray, batchSize: Int = 500) -> [Int] {
        withoutGrad {
            stride(from: 0, to: images.shape[0], by: batchSize).flatMap { start -> [Int] in
                let end = Swift.min(start + batchSize, images.shape[0])
                let logits = self(Tensor(images.slice(axis: 0, start: start, end: end))).value
                return logits.argmax(axis: 1).elements.map { Int($0) }
            }
        }
    }
}
