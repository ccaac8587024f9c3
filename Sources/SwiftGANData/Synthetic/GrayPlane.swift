import SwiftGANKernels

/// One channel of an image, row-major, with edge-replicating reads: the
/// working form of the edge and morphology filters.
struct GrayPlane {
    let width: Int
    let height: Int
    var values: [Float]

    init(width: Int, height: Int, values: [Float]) {
        precondition(values.count == width * height, "GrayPlane: \(values.count) values for \(width)x\(height)")
        (self.width, self.height, self.values) = (width, height, values)
    }

    init(width: Int, height: Int, repeating value: Float = 0) {
        self.init(width: width, height: height, values: [Float](repeating: value, count: width * height))
    }

    /// The value at `(row, column)`, reading the nearest edge pixel outside the plane.
    subscript(row: Int, column: Int) -> Float {
        values[min(max(row, 0), height - 1) * width + min(max(column, 0), width - 1)]
    }

    /// `body` applied to each channel of `image`, `[C, H, W]` or `[H, W]`; the
    /// result has the same shape.
    static func map(_ image: NDArray, op: String, _ body: (GrayPlane) -> GrayPlane) -> NDArray {
        precondition(
            (image.rank == 2 || image.rank == 3) && image.count > 0,
            "\(op): image must be a non-empty [C, H, W] or [H, W], got \(image.shape)")
        let (height, width) = (image.shape[image.rank - 2], image.shape[image.rank - 1])
        let elements = image.elements
        var result = [Float]()
        result.reserveCapacity(elements.count)
        for start in stride(from: 0, to: elements.count, by: width * height) {
            let plane = GrayPlane(width: width, height: height, values: Array(elements[start..<start + width * height]))
            result += body(plane).values
        }
        return NDArray(result, shape: image.shape)
    }
}
