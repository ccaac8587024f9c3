import SwiftGANAutograd
import SwiftGANKernels
import SwiftGANNN

/// Iizuka et al.'s colorization network, narrowed: shared low-level blocks
/// down to an eighth of the side; mid-level blocks there; a global branch
/// (two more strided blocks, average pooling over the image, two fully
/// connected layers) whose vector is fused into every mid-level pixel by a
/// 1x1 convolution; and a colorization decoder up to half the side ending in
/// tanh on a and b (over 110). A classification head on the global vector
/// learns the image's class (its source photo) beside the colors. The a and
/// b are upsampled bilinearly to the full size; they are trained by MSE at
/// half size plus `classificationWeight` times the class cross-entropy.
public final class FusionColorizationNetwork: Module, ColorizationNetwork {
    public let low: Sequential
    public let mid: Sequential
    public let global: Sequential
    public let globalLayers: Sequential
    public let classifier: Linear?
    public let fusion: Sequential
    public let decoder: Sequential
    public let classificationWeight: Float

    public init(width: Int, classes: Int, classificationWeight: Float, generator rng: inout RandomGenerator) {
        let w = width
        low = ColorizationLayers.stack([(1, w, 2, 1), (w, 2 * w, 1, 1), (2 * w, 2 * w, 2, 1), (2 * w, 4 * w, 1, 1), (4 * w, 4 * w, 2, 1)], &rng)
        mid = ColorizationLayers.stack([(4 * w, 4 * w, 1, 1), (4 * w, 4 * w, 1, 1)], &rng)
        global = ColorizationLayers.stack([(4 * w, 4 * w, 2, 1), (4 * w, 4 * w, 1, 1), (4 * w, 4 * w, 2, 1), (4 * w, 4 * w, 1, 1)], &rng)
        globalLayers = Sequential([Linear(4 * w, 8 * w, generator: &rng), Activation(.relu), Linear(8 * w, 4 * w, generator: &rng), Activation(.relu)])
        classifier = classes > 1 ? Linear(4 * w, classes, generator: &rng) : nil
        fusion = Sequential([Conv2d(8 * w, 4 * w, kernel: 1, generator: &rng), Activation(.relu)])
        decoder = Sequential(
            ColorizationLayers.block(4 * w, 2 * w, &rng) + [Upsample(scale: 2)] + ColorizationLayers.block(2 * w, w, &rng)
                + ColorizationLayers.block(w, w, &rng) + [Upsample(scale: 2)] + ColorizationLayers.block(w, max(w / 2, 1), &rng)
                + [Conv2d(max(w / 2, 1), 2, kernel: 3, padding: 1, generator: &rng), Activation(.tanh)])
        self.classificationWeight = classificationWeight
    }

    public var sideMultiple: Int { 8 }
    public var takesHints: Bool { false }

    /// a and b over 110 at half size `[N, 2, H/2, W/2]`, and the class logits when the network has a classification head.
    public func forward(_ input: Tensor) -> (ab: Tensor, classes: Tensor?) {
        let features = low(input)
        let vector = globalLayers(global(features).mean(axes: [2, 3]))
        let local = mid(features)
        let broadcast = vector.reshape([vector.shape[0], vector.shape[1], 1, 1]).expand(to: [vector.shape[0], vector.shape[1], local.shape[2], local.shape[3]])
        let ab = decoder(fusion(Tensor.concat([local, broadcast], axis: 1)))
        return (ab, classifier.map { $0(vector) })
    }

    public func ab(_ input: Tensor) -> Tensor {
        (forward(input).ab * abScale).upsampleBilinear(size: (input.shape[2], input.shape[3]))
    }

    public func loss(_ input: Tensor, targetAB: NDArray, labels: [Int]?) throws -> (loss: Tensor, metrics: [String: Float]) {
        let (ab, classes) = forward(input)
        let target = targetAB.blockAveraged(2).map(.affine(scale: 1 / abScale, shift: 0))
        let colorLoss = (ab - Tensor(target)).square().mean()
        guard let classes, let labels else { return (colorLoss, ["ab_mse": colorLoss.scalarValue]) }
        let classLoss = ClassLabels.crossEntropy(logits: classes, labels: labels)
        return (colorLoss + classLoss * classificationWeight, ["ab_mse": colorLoss.scalarValue, "class_cross_entropy": classLoss.scalarValue])
    }
}
