import SwiftGANData
import SwiftGANKernels

/// Sparse color hints for user-guided colorization: at each hinted pixel the
/// a and b it should have (Lab units), elsewhere zero, and a mask of the
/// hinted pixels. A network reads them as three channels: `a / 110`,
/// `b / 110` and the mask.
public struct ColorHints: Sendable {
    /// The hinted a and b `[N, 2, H, W]`, zero where no hint is given.
    public var ab: NDArray
    /// 1 where a hint is given, else 0, `[N, 1, H, W]`.
    public var mask: NDArray

    /// The channels a network reads them as.
    public static let channels = 3

    /// No hint at all for `count` images of `height x width`: automatic colorization.
    public static func none(count: Int, height: Int, width: Int) -> ColorHints {
        ColorHints(ab: NDArray(zeros: [count, 2, height, width]), mask: NDArray(zeros: [count, 1, height, width]))
    }

    /// Hints drawn from the true a and b `[N, 2, H, W]` as Zhang et al. (2017)
    /// train: per image a number of hints drawn geometrically (`P(k) = p (1 - p)^k`,
    /// so an image gets none with probability `p`), each a square of side drawn
    /// uniformly from `sides` around a Gaussian place (the center, a quarter
    /// of the side as deviation), revealing the square's mean color.
    public static func sampled(from ab: NDArray, stopProbability p: Double = 1.0 / 8, sides: ClosedRange<Int> = 1...9, limit: Int = 64, _ random: inout RandomGenerator) -> ColorHints {
        precondition(p > 0 && p <= 1, "ColorHints.sampled: stop probability \(p) must be in (0, 1]")
        var hints = Revealing(ab)
        let (height, width) = (ab.shape[2], ab.shape[3])
        for n in 0..<ab.shape[0] {
            var count = 0
            while count < limit && Double(random.nextUnitFloat()) >= p { count += 1 }
            for _ in 0..<count {
                let side = min(sides.lowerBound + Int(random.next() % UInt64(sides.count)), height, width)
                func place(_ extent: Int) -> Int {
                    let center = Double(extent - side) / 2, spread = Double(extent - side + 1) / 4
                    return min(max(Int((center + spread * Double(random.normal([1]).elements[0])).rounded()), 0), extent - side)
                }
                let (top, left) = (place(height), place(width))
                hints.reveal(image: n, top: top, left: left, side: side)
            }
        }
        return hints.hints
    }

    /// `count` hints per image at seeded uniform places, each the mean color of
    /// a `side x side` square of the true a and b `[N, 2, H, W]`: how
    /// user-guided colorization is measured.
    public static func uniform(from ab: NDArray, count: Int, side: Int, seed: UInt64) -> ColorHints {
        var random = RandomGenerator(seed: seed)
        let (height, width) = (ab.shape[2], ab.shape[3])
        precondition(side <= height && side <= width, "ColorHints.uniform: hint side \(side) exceeds the image \(height)x\(width)")
        var hints = Revealing(ab)
        for n in 0..<ab.shape[0] {
            for _ in 0..<count {
                let top = Int(random.next() % UInt64(height - side + 1)), left = Int(random.next() % UInt64(width - side + 1))
                hints.reveal(image: n, top: top, left: left, side: side)
            }
        }
        return hints.hints
    }

    /// Hints from a painted image `[1, 4, H, W]` in [0, 1]: every pixel whose
    /// alpha is at least 1/2 hints its own color's a and b.
    public static func painted(_ rgba: NDArray) -> ColorHints {
        precondition(rgba.rank == 4 && rgba.shape[1] == 4, "ColorHints.painted: expected RGBA [N, 4, H, W], got \(rgba.shape)")
        let lab = ColorConversion.lab(fromRGB: rgba.slice(axis: 1, start: 0, end: 3))
        let alpha = rgba.slice(axis: 1, start: 3, end: 4)
        let mask = NDArray(alpha.elements.map { $0 >= 0.5 ? 1 : 0 }, shape: alpha.shape)
        let plane = rgba.shape[2] * rgba.shape[3], marks = mask.elements
        let ab = lab.abChannels.elements.enumerated().map { index, value in marks[index / (2 * plane) * plane + index % plane] * value }
        return ColorHints(ab: NDArray(ab, shape: [rgba.shape[0], 2, rgba.shape[2], rgba.shape[3]]), mask: mask)
    }

    /// The three channels a network reads, `[N, 3, H, W]`.
    public var channels: NDArray {
        NDArray.concatenate([ab.map(.affine(scale: 1 / abScale, shift: 0)), mask], axis: 1)
    }

    /// Hints being revealed from the true a and b, square by square.
    private struct Revealing {
        let truth: [Float]
        let shape: [Int]
        var values: [Float], marks: [Float]

        init(_ ab: NDArray) {
            (truth, shape) = (ab.elements, ab.shape)
            values = [Float](repeating: 0, count: ab.count)
            marks = [Float](repeating: 0, count: ab.count / 2)
        }

        /// Marks the square at `(top, left)` of image `n` hinted with the truth's mean over it.
        mutating func reveal(image n: Int, top: Int, left: Int, side: Int) {
            let width = shape[3], plane = shape[2] * width
            for channel in 0..<2 {
                var sum: Float = 0
                for y in top..<top + side { for x in left..<left + side { sum += truth[(2 * n + channel) * plane + y * width + x] } }
                for y in top..<top + side { for x in left..<left + side { values[(2 * n + channel) * plane + y * width + x] = sum / Float(side * side) } }
            }
            for y in top..<top + side { for x in left..<left + side { marks[n * plane + y * width + x] = 1 } }
        }

        var hints: ColorHints {
            ColorHints(ab: NDArray(values, shape: shape), mask: NDArray(marks, shape: [shape[0], 1, shape[2], shape[3]]))
        }
    }
}
