import Foundation
import SwiftGANKernels

/// The `shapes` data, in the spirit of dSprites and 3dshapes: one colored
/// object on a colored background, RGB, with every factor of variation known
/// and kept as a label (`factors(at:)`): shape, hue, scale, x and y position,
/// rotation and background hue (see `ShapeFactor` for their levels).
///
/// Example `i` draws each factor's level uniformly from its own generator,
/// keyed by `(seed, i)`, and is rendered at `size` pixels square: the object's
/// coverage of each pixel is measured on a grid of at least 256x256 subpixels
/// per image (`supersampling` per pixel axis), and the pixel is the background
/// color blended towards the object's by that coverage. The factors are
/// fractions of the side, so the same example at 64 pixels, averaged over 2x2
/// blocks, is the example at 32 pixels. `Example.label` is the level of `labelFactor`.
public struct Shapes: Dataset {
    /// The number of examples.
    public let count: Int
    /// The seed the examples derive from.
    public let seed: UInt64
    /// The side of the square images, in pixels.
    public let size: Int
    /// The factor `Example.label` holds.
    public let labelFactor: ShapeFactor

    /// `count` examples at `size` pixels (at least 8), labeled by `labelFactor`.
    public init(count: Int, seed: UInt64, size: Int = 32, labelFactor: ShapeFactor = .shape) {
        precondition(count >= 0, "Shapes: count \(count) must be non-negative")
        precondition(size >= 8, "Shapes: size \(size) must be at least 8")
        (self.count, self.seed, self.size, self.labelFactor) = (count, seed, size, labelFactor)
    }

    public var classCount: Int? { labelFactor.levels }

    /// Subpixels per pixel axis: at least 256 per image side.
    public var supersampling: Int { max(1, (256 + size - 1) / size) }

    /// The factors of example `index`.
    public func factors(at index: Int) -> ShapeFactors {
        precondition(index >= 0 && index < count, "Shapes: index \(index) is not in 0..<\(count)")
        var generator = SyntheticSeed.generator(seed: seed, index: index)
        return ShapeFactors(ShapeFactor.allCases.map { SyntheticSeed.below($0.levels, &generator) })
    }

    /// The image `[3, size, size]` of example `index` and the level of its label factor.
    public func example(at index: Int) -> Example {
        let factors = factors(at: index)
        return Example(image: Self.render(factors, size: size, supersampling: supersampling), label: factors[labelFactor])
    }

    /// The image `[3, size, size]` in [0, 1] that `factors` describe.
    public static func render(_ factors: ShapeFactors, size: Int, supersampling: Int) -> NDArray {
        let side = Double(size)
        let radius = (0.16 + 0.04 * Double(factors[.scale])) * side
        let center = SIMD2(0.3 + 0.08 * Double(factors[.x]), 0.3 + 0.08 * Double(factors[.y])) * side
        let angle = Double(factors[.rotation]) * 15 * Double.pi / 180
        let vertices = factors.shape.outline.map { center + ShapeKind.rotate($0, by: angle) * radius }
        let coverage = PolygonRasterizer.evenOddCoverage(vertices, size: size, supersampling: supersampling)
        let object = ColorConversion.rgb(hue: 45 * Double(factors[.hue]), saturation: 0.85, value: 0.95)
        let background = ColorConversion.rgb(hue: 22.5 + 45 * Double(factors[.background]), saturation: 0.5, value: 0.35)
        var pixels = [Float](repeating: 0, count: 3 * size * size)
        for channel in 0..<3 {
            let (low, high) = (background[channel], object[channel])
            for (i, c) in coverage.enumerated() { pixels[channel * size * size + i] = low + (high - low) * c }
        }
        return NDArray(pixels, shape: [3, size, size])
    }
}

extension Shapes {
    /// Every image, `[count, 3, size, size]` in [0, 1], and every example's factors.
    public func renderedAll() -> (images: NDArray, factors: [ShapeFactors]) {
        let factors = (0..<count).map(factors(at:))
        let plane = 3 * size * size
        var pixels = [Float](repeating: 0, count: count * plane)
        for (index, example) in factors.enumerated() {
            let image = Self.render(example, size: size, supersampling: supersampling).elements
            pixels.replaceSubrange((index * plane)..<((index + 1) * plane), with: image)
        }
        return (NDArray(pixels, shape: [count, 3, size, size]), factors)
    }
}
