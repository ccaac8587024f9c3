import Foundation
import SwiftGANAutograd
import SwiftGANKernels
import SwiftGANNN

/// The standard FID feature network: Inception-v3 with weights from a
/// safetensors file (made from pytorch-fid's weights by
/// `scripts/convert_inception_weights.py`), a resize to 299x299, and gray
/// images repeated to three channels. BatchNorm is folded into the convolutions.
public final class InceptionFeatureNetwork: FeatureNetwork {
    public let network: InceptionV3
    public let resize: InceptionResize

    public var name: String { "inception_v3_fid" }

    /// The network with weights read from `weights`; a file for another network is refused, naming what does not fit.
    public init(weights: URL, resize: InceptionResize = .bilinear) throws {
        var random = RandomGenerator(seed: 0)
        network = InceptionV3(generator: &random)
        let state = try StateDict(SafetensorsFile(contentsOf: weights))
        if let mismatch = network.mismatch(with: state) {
            throw MetricError("\(weights.path) does not hold the FID Inception-v3 weights (convert pytorch-fid's file with scripts/convert_inception_weights.py): \(mismatch.summary)")
        }
        try network.load(state)
        self.resize = resize
        network.eval()
        network.fuseBatchNorm()
    }

    /// A network with the weights already in `network` (e.g. for tests).
    public init(network: InceptionV3, resize: InceptionResize = .bilinear) {
        (self.network, self.resize) = (network, resize)
        network.eval()
        network.fuseBatchNorm()
    }

    /// One or three channels, at least 1x1.
    public func validate(sampleShape: [Int]) throws {
        guard sampleShape.count == 3, [1, 3].contains(sampleShape[0]), sampleShape[1] > 0, sampleShape[2] > 0 else {
            throw MetricError("inception_v3_fid: images of shape \(sampleShape); expected [1 or 3, H, W]")
        }
    }

    /// At 299x299 a larger batch's activations (about 60 MB per image) outgrow
    /// the reused buffers: 10 images at a time ran twice as fast as 50.
    public var largestBatch: Int { 10 }

    public func outputs(_ images: NDArray) throws -> (features: NDArray, logits: NDArray) {
        try validate(sampleShape: Array(images.shape.dropFirst()))
        var input = resize.apply(images)
        if input.shape[1] == 1 { input = NDArray.concatenate([input, input, input], axis: 1) }
        return withoutGrad {
            let features = network.features(Tensor(input))
            return (features.value, network.fc(features).value)
        }
    }
}
