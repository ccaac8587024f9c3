extension Image {
    /// The image resampled to `width x height` with `filter`, as PIL's
    /// `Image.resize`: separable (horizontal pass, then vertical), the filter
    /// widened by the reduction factor when shrinking (antialiasing), values
    /// clamped to [0, 1] after each pass, and colour premultiplied by alpha
    /// while resampling images with an alpha channel. Computed in floating
    /// point, so results differ from PIL's 8-bit images only by PIL's rounding
    /// of its fixed-point weights and of the intermediate image (at most 1/255
    /// in the tests).
    public func resized(width newWidth: Int, height newHeight: Int, filter: ResizeFilter = .bicubic) -> Image {
        precondition(newWidth > 0 && newHeight > 0, "Image.resized: size \(newWidth)x\(newHeight) is empty")
        if newWidth == width && newHeight == height { return self }
        let alpha = channels % 2 == 0
        var values = alpha ? premultipliedSamples() : samples
        var w = width
        if newWidth != width {
            values = Self.resampleRows(values, width: w, height: height, channels: channels,
                                       weights: ResizeWeights(from: w, to: newWidth, filter: filter))
            w = newWidth
        }
        if newHeight != height {
            values = Self.resampleColumns(values, width: w, height: height, channels: channels,
                                          weights: ResizeWeights(from: height, to: newHeight, filter: filter))
        }
        let result = Image(width: w, height: newHeight, channels: channels, samples: values)
        return alpha ? result.unpremultiplied() : result
    }

    /// The image resized so that its shorter side is `size`, the longer one
    /// scaled in proportion and truncated (torchvision's `Resize(size)`).
    public func resized(shorterSide size: Int, filter: ResizeFilter = .bicubic) -> Image {
        precondition(size > 0, "Image.resized: shorter side \(size) is not positive")
        if width <= height { return resized(width: size, height: max(1, size * height / width), filter: filter) }
        return resized(width: max(1, size * width / height), height: size, filter: filter)
    }

    /// Resamples each row to `weights.starts.count` pixels (clamped to [0, 1]).
    private static func resampleRows(_ input: [Float], width: Int, height: Int, channels: Int, weights: ResizeWeights) -> [Float] {
        let outWidth = weights.starts.count
        var out = [Float](repeating: 0, count: outWidth * height * channels)
        for y in 0..<height {
            for x in 0..<outWidth {
                let start = weights.starts[x], taps = weights.weights[x]
                for c in 0..<channels {
                    var sum = 0.0
                    for (k, weight) in taps.enumerated() { sum += Double(input[(y * width + start + k) * channels + c]) * weight }
                    out[(y * outWidth + x) * channels + c] = Float(min(max(sum, 0), 1))
                }
            }
        }
        return out
    }

    /// Resamples each column to `weights.starts.count` pixels (clamped to [0, 1]).
    private static func resampleColumns(_ input: [Float], width: Int, height: Int, channels: Int, weights: ResizeWeights) -> [Float] {
        let outHeight = weights.starts.count, rowLength = width * channels
        var out = [Float](repeating: 0, count: outHeight * rowLength)
        for y in 0..<outHeight {
            let start = weights.starts[y], taps = weights.weights[y]
            for i in 0..<rowLength {
                var sum = 0.0
                for (k, weight) in taps.enumerated() { sum += Double(input[(start + k) * rowLength + i]) * weight }
                out[y * rowLength + i] = Float(min(max(sum, 0), 1))
            }
        }
        return out
    }
}
