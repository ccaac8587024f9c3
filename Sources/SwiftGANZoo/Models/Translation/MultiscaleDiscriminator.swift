import SwiftGANAutograd
import SwiftGANKernels
import SwiftGANNN

/// pix2pixHD's multi-scale discriminator (Wang et al. 2018): PatchGANs of
/// one architecture judging the image at full resolution, then halved by
/// 2x2 average pooling for each further scale, so coarse ones see global
/// layout and fine ones detail. One scale is pix2pix's discriminator.
public final class MultiscaleDiscriminator: Module {
    /// The discriminators, finest first.
    public let scales: [PatchDiscriminator]

    public init(scales count: Int, make: (inout RandomGenerator) -> PatchDiscriminator, generator rng: inout RandomGenerator) {
        precondition(count > 0, "MultiscaleDiscriminator: \(count) scales")
        scales = (0..<count).map { _ in make(&rng) }
    }

    /// Each scale's activations and logits (`PatchDiscriminator.features`), finest first.
    public func features(_ x: Tensor) -> [[Tensor]] {
        var h = x
        return scales.enumerated().map { index, scale in
            if index > 0 { h = h.avgPool2d(kernel: (2, 2)) }
            return scale.features(h)
        }
    }
}
