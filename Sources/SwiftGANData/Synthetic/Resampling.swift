import SwiftGANKernels

/// Resizing of images `[C, H, W]` or `[H, W]`, channel by channel.
public enum Resampling {
    /// Area averaging by an integer `factor`: each output pixel is the mean of
    /// a `factor x factor` block. Height and width must be multiples of `factor`.
    public static func areaDownsample(_ image: NDArray, factor: Int) -> NDArray {
        precondition(factor > 0, "Resampling.areaDownsample: factor \(factor) must be positive")
        let (height, width) = planeSize(image, op: "Resampling.areaDownsample")
        precondition(
            height % factor == 0 && width % factor == 0,
            "Resampling.areaDownsample: size \(height)x\(width) is not a multiple of factor \(factor)")
        return map(image, height: height / factor, width: width / factor, op: "Resampling.areaDownsample") { p, r, c in
            var sum: Float = 0
            for dr in 0..<factor {
                for dc in 0..<factor { sum += p.values[(r * factor + dr) * p.width + c * factor + dc] }
            }
            return sum / Float(factor * factor)
        }
    }

    /// Bilinear interpolation to `height x width` with pixel centers aligned as
    /// PyTorch's `interpolate(mode: "bilinear", align_corners: false)`: output
    /// pixel `o` samples the input at `(o + 0.5) * in / out - 0.5`, clamped to the image.
    public static func bilinear(_ image: NDArray, height: Int, width: Int) -> NDArray {
        precondition(height > 0 && width > 0, "Resampling.bilinear: size \(height)x\(width) must be positive")
        return map(image, height: height, width: width, op: "Resampling.bilinear") { p, r, c in
            let (r0, r1, wr) = source(r, from: p.height, to: height)
            let (c0, c1, wc) = source(c, from: p.width, to: width)
            let top = p.values[r0 * p.width + c0] * (1 - wc) + p.values[r0 * p.width + c1] * wc
            let bottom = p.values[r1 * p.width + c0] * (1 - wc) + p.values[r1 * p.width + c1] * wc
            return top * (1 - wr) + bottom * wr
        }
    }

    /// The two input positions around output position `o` and the weight of the second.
    private static func source(_ o: Int, from size: Int, to outSize: Int) -> (Int, Int, Float) {
        let x = max(0, (Float(o) + 0.5) * Float(size) / Float(outSize) - 0.5)
        let low = min(Int(x), size - 1)
        return (low, min(low + 1, size - 1), x - Float(low))
    }

    /// The height and width of `image`, which must be a non-empty `[C, H, W]` or `[H, W]`.
    private static func planeSize(_ image: NDArray, op: String) -> (Int, Int) {
        precondition(
            (image.rank == 2 || image.rank == 3) && image.count > 0,
            "\(op): image must be a non-empty [C, H, W] or [H, W], got \(image.shape)")
        return (image.shape[image.rank - 2], image.shape[image.rank - 1])
    }

    private static func map(
        _ image: NDArray, height: Int, width: Int, op: String, _ pixel: (GrayPlane, Int, Int) -> Float
    ) -> NDArray {
        let (inHeight, inWidth) = planeSize(image, op: op)
        let elements = image.elements
        var result = [Float]()
        result.reserveCapacity(elements.count / (inHeight * inWidth) * height * width)
        for start in stride(from: 0, to: elements.count, by: inHeight * inWidth) {
            let plane = GrayPlane(width: inWidth, height: inHeight, values: Array(elements[start..<start + inHeight * inWidth]))
            for r in 0..<height {
                for c in 0..<width { result.append(pixel(plane, r, c)) }
            }
        }
        return NDArray(result, shape: Array(image.shape.dropLast(2)) + [height, width])
    }
}
