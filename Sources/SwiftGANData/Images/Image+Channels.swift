extension Image {
    /// PIL's ITU-R 601 luma weights for `convert("L")` (19595, 38470 and 7471 / 65536).
    static let lumaWeights: (Float, Float, Float) = (19595 / 65536, 38470 / 65536, 7471 / 65536)

    /// The image with `channels` channels (1 gray, 2 gray+alpha, 3 RGB, 4 RGBA):
    /// gray is replicated to RGB; RGB becomes gray by PIL's `L` luma
    /// (`0.299 R + 0.587 G + 0.114 B`); an alpha channel that is not kept is
    /// handled by `alpha`, and one that is added is opaque.
    public func converted(toChannels target: Int, alpha handling: AlphaHandling = .drop) -> Image {
        precondition((1...4).contains(target), "Image.converted: \(target) channels is not 1-4")
        if target == channels { return self }
        let sourceAlpha = channels % 2 == 0, targetAlpha = target % 2 == 0
        let (wr, wg, wb) = Image.lumaWeights
        var out = [Float](repeating: 0, count: width * height * target)
        for pixel in 0..<(width * height) {
            let s = pixel * channels, o = pixel * target
            let a: Float = sourceAlpha ? samples[s + channels - 1] : 1
            var color: (Float, Float, Float) = channels <= 2
                ? (samples[s], samples[s], samples[s]) : (samples[s], samples[s + 1], samples[s + 2])
            if sourceAlpha, !targetAlpha, case .composite(let background) = handling {
                let b = background * (1 - a)
                color = (color.0 * a + b, color.1 * a + b, color.2 * a + b)
            }
            if target <= 2 {
                out[o] = channels <= 2 ? color.0 : wr * color.0 + wg * color.1 + wb * color.2
            } else {
                (out[o], out[o + 1], out[o + 2]) = color
            }
            if targetAlpha { out[o + target - 1] = a }
        }
        return Image(width: width, height: height, channels: target, samples: out)
    }
}
