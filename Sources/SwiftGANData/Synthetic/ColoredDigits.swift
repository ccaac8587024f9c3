import SwiftGANKernels

/// Gray digits painted in color: each example gets its own seeded foreground
/// and background colors, the digit's gray level blending between them, labels
/// kept (`colored_mnist32`).
///
/// Example `i` draws from its own generator, keyed by `(seed, i)`: a foreground
/// hue uniform in [0, 360), saturation in [0.6, 1] and value in [0.8, 1]; a
/// background hue 90 to 270 degrees away, saturation in [0.3, 0.8] and value
/// in [0.1, 0.4], so the foreground's largest channel stands at least 0.4
/// above the background's there. `Example.image` is `[3, H, W]`.
public struct ColoredDigits: Dataset {
    /// The gray digits, one channel.
    public let base: any Dataset
    /// The seed the colors derive from.
    public let seed: UInt64

    public init(_ base: any Dataset, seed: UInt64) {
        (self.base, self.seed) = (base, seed)
    }

    public var count: Int { base.count }
    public var classCount: Int? { base.classCount }

    /// The foreground and background colors of example `index`.
    public func colors(at index: Int) -> (foreground: SIMD3<Float>, background: SIMD3<Float>) {
        var generator = SyntheticSeed.generator(seed: seed, index: index)
        func uniform(_ low: Double, _ high: Double) -> Double { low + (high - low) * SyntheticSeed.unit(&generator) }
        let hue = uniform(0, 360)
        let foreground = ColorConversion.rgb(hue: hue, saturation: uniform(0.6, 1), value: uniform(0.8, 1))
        let background = ColorConversion.rgb(hue: hue + uniform(90, 270), saturation: uniform(0.3, 0.8), value: uniform(0.1, 0.4))
        return (foreground, background)
    }

    public func example(at index: Int) throws -> Example {
        var example = try base.example(at: index)
        precondition(example.image.rank == 3 && example.image.shape[0] == 1, "ColoredDigits: expected gray images [1, H, W], got \(example.image.shape)")
        let (foreground, background) = colors(at: index)
        let gray = example.image.elements
        var pixels = [Float](repeating: 0, count: 3 * gray.count)
        for channel in 0..<3 {
            let (low, high) = (background[channel], foreground[channel])
            for (i, a) in gray.enumerated() { pixels[channel * gray.count + i] = low + (high - low) * a }
        }
        example.image = NDArray(pixels, shape: [3] + Array(example.image.shape.dropFirst()))
        return example
    }
}
