/// The premultiplied (associated) alpha that libpng's simplified API uses
/// for 16-bit data, undone on reading and made on writing.
enum PNGSamples {
    /// 16-bit samples with premultiplied colour, as [0, 1] values with the colour divided back out.
    static func unpremultiplied(_ samples: [UInt16], channels: Int) -> [Float] {
        var out = [Float](repeating: 0, count: samples.count)
        for pixel in stride(from: 0, to: samples.count, by: channels) {
            let alpha = Float(samples[pixel + channels - 1])
            for c in 0..<(channels - 1) where alpha > 0 {
                out[pixel + c] = min((Float(samples[pixel + c]) * 65535 / alpha).rounded(), 65535) / 65535
            }
            out[pixel + channels - 1] = alpha / 65535
        }
        return out
    }

    /// 16-bit samples with the colour multiplied by alpha (unchanged without an alpha channel).
    static func premultiplied(_ samples: [UInt16], channels: Int) -> [UInt16] {
        guard channels % 2 == 0 else { return samples }
        var out = samples
        for pixel in stride(from: 0, to: samples.count, by: channels) {
            let alpha = UInt32(samples[pixel + channels - 1])
            for c in 0..<(channels - 1) {
                out[pixel + c] = UInt16((UInt32(samples[pixel + c]) * alpha + 32767) / 65535)
            }
        }
        return out
    }
}
