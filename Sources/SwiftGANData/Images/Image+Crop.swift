import SwiftGANKernels

extension Image {
    /// The `width x height` region whose top-left pixel is `(x, y)`; it must lie inside the image.
    public func cropped(x: Int, y: Int, width newWidth: Int, height newHeight: Int) -> Image {
        precondition(x >= 0 && y >= 0 && newWidth > 0 && newHeight > 0 && x + newWidth <= width && y + newHeight <= height,
                     "Image.cropped: \(newWidth)x\(newHeight) at (\(x), \(y)) is not inside \(width)x\(height)")
        if newWidth == width && newHeight == height { return self }
        var out: [Float] = []
        out.reserveCapacity(newWidth * newHeight * channels)
        for row in y..<(y + newHeight) {
            let start = (row * width + x) * channels
            out += samples[start..<(start + newWidth * channels)]
        }
        return Image(width: newWidth, height: newHeight, channels: channels, samples: out)
    }

    /// The centred `width x height` region, offsets rounded half to even as
    /// torchvision's `CenterCrop` (`round((W - w) / 2)`).
    public func centerCropped(width newWidth: Int, height newHeight: Int) -> Image {
        let left = (Double(width - newWidth) / 2).rounded(.toNearestOrEven)
        let top = (Double(height - newHeight) / 2).rounded(.toNearestOrEven)
        return cropped(x: Int(left), y: Int(top), width: newWidth, height: newHeight)
    }

    /// A `width x height` region at a uniformly random position drawn from
    /// `generator` (left, then top), as torchvision's `RandomCrop`.
    public func randomCropped(width newWidth: Int, height newHeight: Int, using generator: inout RandomGenerator) -> Image {
        precondition(newWidth <= width && newHeight <= height,
                     "Image.randomCropped: \(newWidth)x\(newHeight) is larger than \(width)x\(height)")
        let left = Int(generator.next() % UInt64(width - newWidth + 1))
        let top = Int(generator.next() % UInt64(height - newHeight + 1))
        return cropped(x: left, y: top, width: newWidth, height: newHeight)
    }
}
