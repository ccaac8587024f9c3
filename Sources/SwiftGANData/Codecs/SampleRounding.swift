/// How [0, 1] values become integer samples when images are written.
enum SampleRounding {
    /// `floor(clamp(value, 0, 1) * maximum + 0.5)`, as torchvision's `save_image` rounds (NaN gives 0).
    static func quantize(_ value: Float, maximum: Int) -> UInt16 {
        let clamped = value.isNaN ? 0 : min(max(value, 0), 1)
        return UInt16((clamped * Float(maximum) + 0.5).rounded(.down))
    }

    /// The first `kept` channels of each pixel of `image` as 8-bit samples.
    static func bytes(of image: Image, keepingChannels kept: Int) -> [UInt8] {
        var out = [UInt8](repeating: 0, count: image.width * image.height * kept)
        for pixel in 0..<(image.width * image.height) {
            for c in 0..<kept {
                out[pixel * kept + c] = UInt8(quantize(image.samples[pixel * image.channels + c], maximum: 255))
            }
        }
        return out
    }
}
