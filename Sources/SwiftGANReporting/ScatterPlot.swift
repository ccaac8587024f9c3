import SwiftGANData
import SwiftGANKernels

/// 2-D points drawn as dots on a square image, for samples of point datasets.
public struct ScatterPlot: Sendable {
    public var size: Int
    /// The square of data coordinates shown.
    public var range: ClosedRange<Float>

    public init(size: Int = 256, range: ClosedRange<Float> = -3...3) {
        precondition(size >= 16 && range.upperBound > range.lowerBound, "ScatterPlot: size \(size) or range \(range) too small")
        (self.size, self.range) = (size, range)
    }

    /// The image of `points` `[N, 2]`; points outside the range, or not finite
    /// (a diverged generator's), are left out.
    public func image(_ points: NDArray) -> Image {
        precondition(points.rank == 2 && points.shape[1] == 2, "ScatterPlot: expected [N, 2] points, got \(points.shape)")
        var canvas = Canvas(width: size, height: size)
        canvas.line(from: (size / 2, 0), to: (size / 2, size - 1), color: (0.85, 0.85, 0.85))
        canvas.line(from: (0, size / 2), to: (size - 1, size / 2), color: (0.85, 0.85, 0.85))
        let values = points.elements, span = range.upperBound - range.lowerBound
        for index in 0..<points.shape[0] where range.contains(values[2 * index]) && range.contains(values[2 * index + 1]) {
            let x = Int((values[2 * index] - range.lowerBound) / span * Float(size - 1))
            let y = size - 1 - Int((values[2 * index + 1] - range.lowerBound) / span * Float(size - 1))
            for (dx, dy) in [(0, 0), (1, 0), (0, 1), (1, 1)] { canvas.set(x + dx, y + dy, (0.12, 0.47, 0.71)) }
        }
        return canvas.image
    }
}
