import SwiftGANAutograd
import SwiftGANKernels

/// The pyramid operations of LAPGAN: `down` averages 2x2 blocks, `up`
/// doubles the side bilinearly. Level 0 is the coarsest, at a quarter of the
/// data's side; level `k`'s coarse image is `up` of level `k − 1`'s and its
/// residual the difference between its image and that coarse image.
enum LAPGANPyramid {
    /// The number of levels.
    static let levels = 3

    static func down(_ x: Tensor) -> Tensor { x.avgPool2d(kernel: (2, 2)) }

    static func up(_ x: Tensor) -> Tensor { x.upsampleBilinear(size: (x.shape[2] * 2, x.shape[3] * 2)) }

    /// Real images `[N, C, R, R]` at `level`: the coarse image it is conditioned on
    /// (for level 0, the image itself) and the residual it generates (level 0: none).
    static func level(_ level: Int, of images: Tensor) -> (coarse: Tensor, residual: Tensor?) {
        var image = images
        for _ in 0..<(levels - 1 - level) { image = down(image) }
        guard level > 0 else { return (image, nil) }
        let coarse = up(down(image))
        return (coarse, image - coarse)
    }
}
