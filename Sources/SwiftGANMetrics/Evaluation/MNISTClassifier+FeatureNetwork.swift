import SwiftGANAutograd
import SwiftGANKernels

extension MNISTClassifier: FeatureNetwork {
    public var name: String { "mnist_classifier" }

    /// Only `[1, 28, 28]` fits.
    public func validate(sampleShape: [Int]) throws {
        guard sampleShape == [1, 28, 28] else {
            throw MetricError("mnist_classifier: images of shape \(sampleShape); the MNIST classifier's features need [1, 28, 28]")
        }
    }

    /// The 128 hidden-layer features and the 10 logits, without gradients.
    public func outputs(_ images: NDArray) throws -> (features: NDArray, logits: NDArray) {
        withoutGrad {
            let features = self.features(Tensor(images))
            return (features.value, fc2(features).value)
        }
    }
}
