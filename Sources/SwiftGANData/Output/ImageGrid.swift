import SwiftGANKernels

/// Lays out a batch of images `[N, C, H, W]` in a grid, as
/// `torchvision.utils.make_grid` then `save_image`: `columns` images per row
/// (`nrow`), `padding` pixels of `padValue` around and between them, values
/// mapped from `range` to [0, 1] (clamped) before padding; written as PNG
/// with `floor(x * 255 + 0.5)`. Unlike torchvision, 1-channel batches stay
/// gray (same pixel values, a gray PNG).
public struct ImageGrid: Sendable {
    /// Images per row.
    public var columns: Int
    /// Pixels between images and around the grid.
    public var padding: Int
    /// The padding's value, in [0, 1] (after `range` is applied).
    public var padValue: Float
    /// The range of the images' values, mapped to [0, 1]; `nil` maps the
    /// batch's own minimum and maximum (torchvision's `normalize=True`).
    public var range: ClosedRange<Float>?

    /// A grid layout (torchvision's defaults: 8 columns, 2 pixels of padding 0), for values in `range`.
    public init(columns: Int = 8, padding: Int = 2, padValue: Float = 0, range: ClosedRange<Float>? = -1...1) {
        precondition(columns > 0 && padding >= 0, "ImageGrid: columns \(columns) or padding \(padding) out of range")
        (self.columns, self.padding, self.padValue, self.range) = (columns, padding, padValue, range)
    }

    /// The grid of `batch` `[N, C, H, W]` (1-4 channels).
    public func image(_ batch: NDArray) -> Image {
        image(batch, cells: Array(0..<batch.shape[0]), columns: min(columns, max(batch.shape[0], 1)))
    }

    /// A grid whose cell `k` holds image `cells[k]` of `batch` (`nil`: left as padding), `columns` cells a row.
    func image(_ batch: NDArray, cells: [Int?], columns: Int) -> Image {
        precondition(batch.rank == 4 && (1...4).contains(batch.shape[1]) && batch.shape[0] > 0,
                     "ImageGrid: expected a non-empty [N, C, H, W] batch with 1-4 channels, got \(batch.shape)")
        let (c, h, w) = (batch.shape[1], batch.shape[2], batch.shape[3])
        let rows = (cells.count + columns - 1) / columns
        let gridWidth = columns * (w + padding) + padding, gridHeight = rows * (h + padding) + padding
        let values = batch.elements
        let (low, high) = range.map { ($0.lowerBound, $0.upperBound) } ?? (values.min()!, values.max()!)
        let scale = 1 / max(high - low, 1e-5)
        var out = [Float](repeating: min(max(padValue, 0), 1), count: gridWidth * gridHeight * c)
        for (cell, source) in cells.enumerated() {
            guard let n = source else { continue }
            let top = cell / columns * (h + padding) + padding, left = cell % columns * (w + padding) + padding
            for y in 0..<h {
                for x in 0..<w {
                    for k in 0..<c {
                        let value = (values[((n * c + k) * h + y) * w + x] - low) * scale
                        out[((top + y) * gridWidth + left + x) * c + k] = value.isNaN ? 0 : min(max(value, 0), 1)
                    }
                }
            }
        }
        return Image(width: gridWidth, height: gridHeight, channels: c, samples: out)
    }

    /// Writes the grid of `batch` to `path` as an 8-bit PNG.
    public func writePNG(_ batch: NDArray, to path: String) throws {
        try ImageCodec.writePNG(image(batch), to: path)
    }
}
