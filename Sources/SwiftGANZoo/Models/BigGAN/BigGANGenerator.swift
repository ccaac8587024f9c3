import SwiftGANAutograd
import SwiftGANKernels
import SwiftGANNN

/// The generator of the BigGAN family (SAGAN, BigGAN, SS-GAN, S3GAN,
/// BigBiGAN): a linear layer to 4x4, residual up-blocks of constant width to
/// the image's size, self-attention after the block that reaches
/// `attentionResolution`, BN, ReLU, 3x3 conv, tanh. Class-conditional
/// generators batch-normalize every block from a shared class embedding;
/// hierarchical ones split z into one chunk for the linear layer and one per
/// block, appended to the embedding (BigGAN's skip-z). Weights start
/// orthogonal and are spectrally normalized when asked. Keys: `shared`,
/// `linear`, `blocks.K`, `attention`, `bn`, `out`.
final class BigGANGenerator: Module {
    let latentDimension: Int
    let width: Int
    let classes: Int?
    let hierarchical: Bool
    /// The shared class embedding (conditional generators).
    let shared: Embedding?
    let linear: any LayerModule
    let blocks: [BigGANGeneratorBlock]
    let attention: SelfAttention?
    /// The block after which attention runs.
    let attentionAfter: Int?
    let bn: BatchNorm
    let out: any LayerModule

    /// The blocks a generator of `resolution` has: one per doubling from 4x4.
    static func blockCount(resolution: Int) -> Int {
        resolution.trailingZeroBitCount - 2
    }

    /// The width of z's chunks: the whole of z, or an equal share per block and for the linear layer.
    var chunk: Int { hierarchical ? latentDimension / (blocks.count + 1) : latentDimension }

    init(
        latent: Int, classes: Int?, embedding: Int, width: Int, channels: Int, resolution: Int, attentionResolution: Int?,
        hierarchical: Bool, spectralNorm: Bool, generator rng: inout RandomGenerator
    ) {
        let count = Self.blockCount(resolution: resolution)
        precondition(count > 0 && resolution == 4 << count, "BigGANGenerator: the resolution \(resolution) must be a power of two from 8")
        precondition(!hierarchical || latent % (count + 1) == 0, "BigGANGenerator: a hierarchical latent of \(latent) does not split into \(count + 1) chunks")
        (latentDimension, self.width, self.classes, self.hierarchical) = (latent, width, classes, hierarchical)
        let chunk = hierarchical ? latent / (count + 1) : latent
        let conditioning = (classes == nil ? 0 : embedding) + (hierarchical ? chunk : 0)
        shared = classes.map { Embedding($0, embedding, generator: &rng) }
        let ortho = Initializer.orthogonal(gain: 1)
        linear = SpectralNorm.wrapping(Linear(chunk, 16 * width, initializer: ortho, generator: &rng), when: spectralNorm, generator: &rng)
        blocks = (0..<count).map { _ in BigGANGeneratorBlock(width, width, conditioning: conditioning, spectralNorm: spectralNorm, generator: &rng) }
        let after = attentionResolution.flatMap { r in (0..<count).first { 8 << $0 == r } }
        attentionAfter = after
        attention = after.map { _ in SelfAttention(width, spectralNorm: spectralNorm, generator: &rng) }
        bn = BatchNorm(width)
        out = SpectralNorm.wrapping(Conv2d(width, channels, kernel: 3, padding: 1, initializer: ortho, generator: &rng), when: spectralNorm, generator: &rng)
    }

    /// Images `[N, C, R, R]` for `z [N, latentDimension]` and, for conditional generators, one label per sample.
    func callAsFunction(_ z: Tensor, labels: [Int]?) -> Tensor {
        forward(z, labels: labels).images
    }

    /// The images and the attention weights `[N, P, P]` of the attention block (nil without one).
    func forward(_ z: Tensor, labels: [Int]?) -> (images: Tensor, attention: Tensor?) {
        precondition(z.rank == 2 && z.shape[1] == latentDimension, "BigGANGenerator: z must be [N, \(latentDimension)], got \(z.shape)")
        let n = z.shape[0], chunk = chunk
        var embedded: Tensor?
        if let shared {
            guard let labels, labels.count == n else { preconditionFailure("BigGANGenerator: a conditional generator needs one label per sample") }
            embedded = shared(labels)
        }
        func conditioning(_ block: Int) -> Tensor? {
            let piece = hierarchical ? z.slice(axis: 1, start: (block + 1) * chunk, end: (block + 2) * chunk) : nil
            switch (embedded, piece) {
            case let (e?, p?): return Tensor.concat([e, p], axis: 1)
            case let (e, p): return e ?? p
            }
        }
        var h = linear(hierarchical ? z.slice(axis: 1, start: 0, end: chunk) : z).reshape([n, width, 4, 4])
        var map: Tensor?
        for (index, block) in blocks.enumerated() {
            h = block(h, conditioning: conditioning(index))
            if index == attentionAfter, let attention { (h, map) = attention.attend(h) }
        }
        return (out(bn(h).relu()).tanh(), map)
    }
}

extension BigGANGenerator: Layer {
    /// The images of an unconditional generator for `z`.
    func callAsFunction(_ z: Tensor) -> Tensor {
        precondition(classes == nil, "BigGANGenerator: a class-conditional generator needs labels; call it with labels:")
        return forward(z, labels: nil).images
    }
}
