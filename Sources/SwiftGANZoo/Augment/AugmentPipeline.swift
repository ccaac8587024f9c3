import Foundation
import SwiftGANAutograd
import SwiftGANKernels

/// The augmentations of StyleGAN2-ADA (Karras et al. 2020) that need no
/// resampling, each applied to an image with probability `p`, in ADA's order:
/// horizontal flip, a rotation by a multiple of 90°, an integer translation of
/// up to 1/8 of the side (reflected at the border), then brightness (+N(0, 0.2)),
/// contrast (×lognormal(0, 0.5 ln 2)) and, for RGB, saturation about the gray
/// axis (×lognormal(0, ln 2)). Geometry is one gather per image, so gradients
/// reach the generator through it. ADA's fractional warps (scaling, arbitrary
/// rotation) and hue rotation are not among them.
public struct AugmentPipeline: Sendable {
    /// The probability with which each augmentation is applied to each image.
    public var probability: Float

    /// A pipeline applying each augmentation with probability `probability`.
    public init(probability: Float) {
        precondition((0...1).contains(probability), "AugmentPipeline: probability must be in [0, 1], got \(probability)")
        self.probability = probability
    }

    /// A draw of one image's geometry: flip, quarter turns and shift.
    struct Geometry: Equatable {
        var flip = false
        var quarterTurns = 0
        var shiftY = 0
        var shiftX = 0

        var isIdentity: Bool { self == Geometry() }
    }

    /// Augments `x [N, C, H, W]` with randomness from `random`; `p == 0` returns `x` itself.
    public func callAsFunction(_ x: Tensor, random: inout RandomGenerator) -> Tensor {
        precondition(x.rank == 4, "AugmentPipeline: expected [N, C, H, W], got \(x.shape)")
        guard probability > 0 else { return x }
        let geometries = (0..<x.shape[0]).map { _ in drawGeometry(side: min(x.shape[2], x.shape[3]), random: &random) }
        return color(geometry(x, geometries), random: &random)
    }

    private func happens(_ random: inout RandomGenerator) -> Bool {
        random.nextUnitFloat() < probability
    }

    private func drawGeometry(side: Int, random: inout RandomGenerator) -> Geometry {
        var g = Geometry()
        if happens(&random) { g.flip = true }
        if happens(&random) { g.quarterTurns = 1 + Int(random.next() % 3) }
        if happens(&random) {
            let reach = Float(side) * 0.125
            let draw = { (r: inout RandomGenerator) in Int(((r.nextUnitFloat() * 2 - 1) * reach).rounded()) }
            (g.shiftY, g.shiftX) = (draw(&random), draw(&random))
        }
        return g
    }

    /// `x` with each image moved by its geometry, in one gather.
    private func geometry(_ x: Tensor, _ geometries: [Geometry]) -> Tensor {
        guard geometries.contains(where: { !$0.isIdentity }) else { return x }
        let (n, c, h, w) = (x.shape[0], x.shape[1], x.shape[2], x.shape[3])
        precondition(h == w || geometries.allSatisfy { $0.quarterTurns % 2 == 0 }, "AugmentPipeline: quarter turns need square images, got \(h)x\(w)")
        var index = [Float](repeating: 0, count: n * c * h * w)
        for (i, g) in geometries.enumerated() {
            let map = Self.sourceIndices(g, height: h, width: w)
            for k in 0..<c {
                let base = (i * c + k) * h * w
                for p in 0..<(h * w) { index[base + p] = Float(map[p]) }
            }
        }
        return x.reshape([n, c, h * w]).gather(axis: 2, index: NDArray(index, shape: [n, c, h * w])).reshape(x.shape)
    }

    /// For each output pixel (row-major) of an `height`x`width` image, the
    /// input pixel it reads: the output shifted back, turned back, flipped back,
    /// reflected into the image where it falls outside.
    static func sourceIndices(_ g: Geometry, height h: Int, width w: Int) -> [Int] {
        var indices = [Int](repeating: 0, count: h * w)
        for y in 0..<h {
            for x in 0..<w {
                var (sy, sx) = (reflect(y - g.shiftY, h), reflect(x - g.shiftX, w))
                for _ in 0..<g.quarterTurns { (sy, sx) = (sx, w - 1 - sy) }
                if g.flip { sx = w - 1 - sx }
                indices[y * w + x] = sy * w + sx
            }
        }
        return indices
    }

    /// `i` reflected into `0..<n` (…, 2, 1, 0, 1, 2, …, n-1, n-2, …).
    static func reflect(_ i: Int, _ n: Int) -> Int {
        guard n > 1 else { return 0 }
        let period = 2 * (n - 1)
        let m = ((i % period) + period) % period
        return m < n ? m : period - m
    }

    /// Brightness, contrast and (RGB) saturation, each drawn per image and left at identity where it does not happen.
    private func color(_ x: Tensor, random: inout RandomGenerator) -> Tensor {
        let n = x.shape[0]
        var (brightness, contrast, saturation) = ([Float](repeating: 0, count: n), [Float](repeating: 1, count: n), [Float](repeating: 1, count: n))
        for i in 0..<n {
            if happens(&random) { brightness[i] = random.normal([1], std: 0.2).elements[0] }
            if happens(&random) { contrast[i] = exp(random.normal([1], std: 0.5 * log(2)).elements[0]) }
            if x.shape[1] == 3, happens(&random) { saturation[i] = exp(random.normal([1], std: log(2)).elements[0]) }
        }
        let perImage = { (values: [Float]) in Tensor(NDArray(values, shape: [n, 1, 1, 1])) }
        var y = (x + perImage(brightness)) * perImage(contrast)
        if x.shape[1] == 3 {
            let gray = y.mean(axes: [1], keepDims: true)
            y = gray + (y - gray) * perImage(saturation)
        }
        return y
    }
}
