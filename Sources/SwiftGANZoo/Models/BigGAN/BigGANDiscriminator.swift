import SwiftGANAutograd
import SwiftGANKernels
import SwiftGANNN

/// The discriminator of the BigGAN family: SNGAN's residual down-blocks to
/// 8x8 and two blocks at 8x8, self-attention after the block that reaches
/// `attentionResolution`, ReLU and a sum over space give the features `h`;
/// the score is `linear(h)` plus, for class-conditional models, the
/// projection term `⟨embed(y), h⟩` (Miyato & Koyama). Optional linear heads
/// read the same features: rotation (4 logits, SS-GAN) and classes (S3GAN).
/// Everything but the classifier head is spectrally normalized when asked
/// (a classifier's logits must be free to grow with its confidence); the
/// rotation and classifier heads read the features standardized over the batch. Keys: `blocks.K`,
/// `attention`, `linear`, `projection`, `rotation`, `classifier`.
final class BigGANDiscriminator: Module {
    let blocks: [ResidualDownBlock]
    let attention: SelfAttention?
    let attentionAfter: Int?
    let linear: any LayerModule
    /// The class embedding of the projection term, as a bias-free linear layer of one-hot labels.
    let projection: (any LayerModule)?
    let rotation: (any LayerModule)?
    let classifier: (any LayerModule)?
    let classes: Int?

    /// The down-blocks a discriminator of `resolution` has: to 8x8, then two more at 8x8.
    static func blockResolutions(_ resolution: Int) -> [Int] {
        var sides: [Int] = []
        var side = resolution
        while side > 8 { side /= 2; sides.append(side) }
        return sides + [8, 8]
    }

    init(
        channels: Int, width: Int, resolution: Int, attentionResolution: Int?, projectionClasses: Int?, rotationHead: Bool,
        classifierClasses: Int?, spectralNorm: Bool, generator rng: inout RandomGenerator
    ) {
        precondition(resolution >= 16 && resolution & (resolution - 1) == 0, "BigGANDiscriminator: the resolution \(resolution) must be a power of two from 16")
        let sides = Self.blockResolutions(resolution)
        var previous = resolution
        blocks = sides.enumerated().map { index, side in
            defer { previous = side }
            return ResidualDownBlock(index == 0 ? channels : width, width, first: index == 0, downsample: side < previous, spectralNorm: spectralNorm, generator: &rng)
        }
        let after = attentionResolution.flatMap { r in sides.firstIndex(of: r) }
        attentionAfter = after
        attention = after.map { _ in SelfAttention(width, spectralNorm: spectralNorm, generator: &rng) }
        func head(_ inputs: Int, _ outputs: Int, bias: Bool = true) -> any LayerModule {
            SpectralNorm.wrapping(Linear(inputs, outputs, bias: bias, initializer: .orthogonal(gain: 1), generator: &rng), when: spectralNorm, generator: &rng)
        }
        linear = head(width, 1)
        projection = projectionClasses.map { head($0, width, bias: false) }
        rotation = rotationHead ? head(width, 4) : nil
        classifier = classifierClasses.map { Linear(width, $0, initializer: .orthogonal(gain: 1), generator: &rng) }
        classes = projectionClasses
    }

    /// The features `[N, width]` of `x`.
    func features(_ x: Tensor) -> Tensor {
        var h = x
        for (index, block) in blocks.enumerated() {
            h = block(h)
            if index == attentionAfter, let attention { h = attention(h) }
        }
        return h.relu().sum(axes: [2, 3])
    }

    /// The score `[N, 1]` of features `h`, with the projection term of `labels` for a class-conditional discriminator.
    func score(_ h: Tensor, labels: [Int]?) -> Tensor {
        let plain = linear(h)
        guard let projection, let classes else { return plain }
        guard let labels, labels.count == h.shape[0] else { preconditionFailure("BigGANDiscriminator: a projection discriminator needs one label per sample") }
        let embedded = projection(Tensor(ClassLabels.oneHot(labels, classes: classes)))
        return plain + (embedded * h).sum(axes: [1], keepDims: true)
    }

    /// The rotation logits `[N, 4]` of a batch's features `h`, read after standardizing them over the batch (see `standardized`).
    func rotationLogits(_ h: Tensor) -> Tensor {
        guard let rotation else { preconditionFailure("BigGANDiscriminator: built without a rotation head") }
        return rotation(standardized(h, head: "rotation"))
    }

    /// The class logits `[N, classes]` of a batch's features `h`, read after standardizing them over the batch (see `standardized`).
    func classLogits(_ h: Tensor) -> Tensor {
        guard let classifier else { preconditionFailure("BigGANDiscriminator: built without a classifier head") }
        return classifier(standardized(h, head: "classifier"))
    }

    /// Each feature of `h` standardized over the batch, as the rotation and
    /// classifier heads read them: the summed features share a large common
    /// part that leaves a linear head on them at chance (one prediction for
    /// every image) for hundreds of steps, while on standardized ones it learns from the first.
    private func standardized(_ h: Tensor, head: String) -> Tensor {
        precondition(h.shape[0] >= 2, "BigGANDiscriminator: the \(head) head standardizes over the batch and needs two rows or more, got \(h.shape[0])")
        let centered = h - h.mean(axes: [0], keepDims: true)
        return centered / ((centered * centered).mean(axes: [0], keepDims: true) + 1e-5).sqrt()
    }
}

extension BigGANDiscriminator: Layer {
    /// The features `[N, width]` of `x` (what BigBiGAN's joint discriminator reads).
    func callAsFunction(_ x: Tensor) -> Tensor {
        features(x)
    }
}
