import Foundation
import SwiftGANKernels

/// Gray images of filled convex polygons, the data set of Lucic et al. 2018
/// ("Are GANs created equal?"), generated as compare_gan does, with its vertex
/// parameters kept for precision and recall.
///
/// Sampling of example `i` (its own generator, keyed by `(seed, i)`):
/// - the vertices lie on a circle of diameter `scale * size` pixels (compare_gan's
///   `grid_length = raster_dim * scale`: the polygon fits in `scale` of the canvas);
/// - a rotation φ ~ U[0, 2π) is drawn and vertex `k` is placed at angle
///   `φ + 2π (k + u_k) / vertexCount`, u_k ~ U[0, 1): one vertex per segment;
/// - polygons with an interior angle below `minimumAngle` degrees are redrawn
///   (compare_gan bounds the central angle between vertices instead, which for
///   triangles allows interior angles down to a quarter of the bound; here the
///   bound holds for the interior angles themselves);
/// - the vertices are shifted so their mean is the canvas center (compare_gan's
///   `shift_to_mean`).
///
/// Rendering: the polygon is 1 on a 0 background (compare_gan stores the
/// inverse), supersampled `supersampling` times per axis and average-pooled, so
/// a pixel holds the fraction of its subpixel centers inside the polygon and
/// the pixel sum approximates the polygon's area in square pixels.
/// Vertices are `(x, y) = (column, row)` in pixels, pixel `(r, c)` covering
/// `[c, c + 1) x [r, r + 1)`. `Example.image` is `[1, size, size]`.
public struct ConvexPolygons: Dataset {
    /// The number of examples.
    public let count: Int
    /// The seed the examples derive from.
    public let seed: UInt64
    /// The side of the square images, in pixels.
    public let size: Int
    /// Subpixels per pixel along each axis.
    public let supersampling: Int
    /// The diameter of the circumscribed circle as a fraction of `size`.
    public let scale: Double
    /// The smallest interior angle allowed, in degrees.
    public let minimumAngle: Double
    /// The number of vertices (3: triangles).
    public let vertexCount: Int

    /// Polygons as in the paper by default: 28x28 triangles, scale 0.75,
    /// minimum angle 20 degrees, 8x supersampling.
    public init(
        count: Int, seed: UInt64, size: Int = 28, supersampling: Int = 8, scale: Double = 0.75,
        minimumAngle: Double = 20, vertexCount: Int = 3
    ) {
        precondition(count >= 0, "ConvexPolygons: count \(count) must be non-negative")
        precondition(size > 0 && supersampling > 0, "ConvexPolygons: size \(size) and supersampling \(supersampling) must be positive")
        precondition(scale > 0 && scale <= 1, "ConvexPolygons: scale \(scale) is not in (0, 1]")
        precondition(vertexCount >= 3, "ConvexPolygons: vertexCount \(vertexCount) must be at least 3")
        let largest = 180 * Double(vertexCount - 2) / Double(vertexCount)
        precondition(
            minimumAngle >= 0 && minimumAngle < 0.9 * largest,
            "ConvexPolygons: minimumAngle \(minimumAngle) must be in [0, \(0.9 * largest)) for \(vertexCount) vertices")
        (self.count, self.seed, self.size, self.supersampling) = (count, seed, size, supersampling)
        (self.scale, self.minimumAngle, self.vertexCount) = (scale, minimumAngle, vertexCount)
    }

    /// The vertices of example `index`, counterclockwise in angle, in pixels.
    public func vertices(at index: Int) -> [SIMD2<Double>] {
        precondition(index >= 0 && index < count, "ConvexPolygons: index \(index) is not in 0..<\(count)")
        var generator = SyntheticSeed.generator(seed: seed, index: index)
        let radius = scale * Double(size) / 2
        let n = Double(vertexCount)
        while true {
            let rotation = 2 * Double.pi * SyntheticSeed.unit(&generator)
            let points = (0..<vertexCount).map { k -> SIMD2<Double> in
                let angle = rotation + 2 * Double.pi * (Double(k) + SyntheticSeed.unit(&generator)) / n
                return SIMD2(radius * cos(angle), radius * sin(angle))
            }
            let shift = SIMD2(repeating: Double(size) / 2) - points.reduce(.zero, +) / n
            let shifted = points.map { $0 + shift }
            if Self.interiorAngles(shifted).allSatisfy({ $0 >= minimumAngle }) { return shifted }
        }
    }

    /// The image `[1, size, size]` of example `index`.
    public func example(at index: Int) -> Example {
        let pixels = PolygonRasterizer.coverage(vertices(at: index), size: size, supersampling: supersampling)
        return Example(image: NDArray(pixels, shape: [1, size, size]))
    }

    /// The interior angle at each vertex of a convex polygon, in degrees.
    public static func interiorAngles(_ vertices: [SIMD2<Double>]) -> [Double] {
        vertices.indices.map { k in
            let a = vertices[(k + vertices.count - 1) % vertices.count] - vertices[k]
            let b = vertices[(k + 1) % vertices.count] - vertices[k]
            let cosine = (a * b).sum() / ((a * a).sum() * (b * b).sum()).squareRoot()
            return acos(Swift.max(-1, Swift.min(1, cosine))) * 180 / Double.pi
        }
    }
}
