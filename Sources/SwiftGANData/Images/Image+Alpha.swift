extension Image {
    /// The samples with colour multiplied by alpha (PIL's `RGBa` / `La` modes).
    func premultipliedSamples() -> [Float] {
        var out = samples
        for pixel in stride(from: 0, to: out.count, by: channels) {
            let alpha = out[pixel + channels - 1]
            for c in 0..<(channels - 1) { out[pixel + c] *= alpha }
        }
        return out
    }

    /// The image with premultiplied colour divided by alpha again (colour 0
    /// under alpha 0, as PIL), clamped to [0, 1].
    func unpremultiplied() -> Image {
        var out = samples
        for pixel in stride(from: 0, to: out.count, by: channels) {
            let alpha = out[pixel + channels - 1]
            for c in 0..<(channels - 1) { out[pixel + c] = alpha > 0 ? min(out[pixel + c] / alpha, 1) : 0 }
        }
        return Image(width: width, height: height, channels: channels, samples: out)
    }
}
