import SwiftGANAutograd
import SwiftGANKernels

extension ShapesClassifier: FeatureNetwork {
    public var name: String { "shapes_classifier" }

    /// `[3, 32, 32]` and `[3, 64, 64]` fit.
    public func validate(sampleShape: [Int]) throws {
        guard [[3, 32, 32], [3, 64, 64]].contains(sampleShape) else {
            throw MetricError("shapes_classifier: images of shape \(sampleShape); the shapes classifier's features need [3, 32, 32] or [3, 64, 64]")
        }
    }

    /// The 256 hidden-layer features and the shape head's 6 logits, without gradients.
    public func outputs(_ images: NDArray) throws -> (features: NDArray, logits: NDArray) {
        withoutGrad {
            let features = self.features(Tensor(images))
            return (features.value, heads[0](features).value)
        }
    }
}
