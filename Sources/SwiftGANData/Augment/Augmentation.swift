import SwiftGANKernels

/// Random per-example augmentations for `[C, H, W]` images in [0, 1], drawn from a
/// seeded generator; a paired target gets the same geometric changes.
public struct Augmentation: Sendable {
    /// Probability of a horizontal flip.
    public var horizontalFlip: Float
    /// Zero padding on each side before a random crop back to the original size (0: none).
    public var cropPadding: Int
    /// Largest shift, as a fraction of the side, of a random translation filled with zeros.
    public var translation: Float
    /// Brightness, contrast and saturation jitter strengths (0: none), as torchvision's ColorJitter.
    public var brightness: Float, contrast: Float, saturation: Float
    /// Side of a zeroed square at a random place, as a fraction of the side (0: none).
    public var cutout: Float

    public init(
        horizontalFlip: Float = 0, cropPadding: Int = 0, translation: Float = 0, brightness: Float = 0, contrast: Float = 0,
        saturation: Float = 0, cutout: Float = 0
    ) {
        precondition((0...1).contains(horizontalFlip), "Augmentation: horizontalFlip \(horizontalFlip) is not a probability")
        precondition(cropPadding >= 0 && translation >= 0 && translation < 1 && cutout >= 0 && cutout <= 1, "Augmentation: bad crop, translation or cutout")
        precondition(brightness >= 0 && contrast >= 0 && saturation >= 0, "Augmentation: jitter strengths must not be negative")
        (self.horizontalFlip, self.cropPadding, self.translation) = (horizontalFlip, cropPadding, translation)
        (self.brightness, self.contrast, self.saturation, self.cutout) = (brightness, contrast, saturation, cutout)
    }

    /// The example with augmentations applied (images must be `[C, H, W]`).
    public func apply(to example: Example, generator: inout RandomGenerator) -> Example {
        var result = example
        precondition(example.image.rank == 3, "Augmentation: images must be [C, H, W], got \(example.image.shape)")
        let (h, w) = (example.image.shape[1], example.image.shape[2])
        if horizontalFlip > 0 && generator.nextUnitFloat() < horizontalFlip {
            result.image = result.image.flipped(axes: [2])
            result.target = result.target?.flipped(axes: [2])
        }
        var shiftY = 0, shiftX = 0
        if cropPadding > 0 {
            shiftY = Int(generator.next() % UInt64(2 * cropPadding + 1)) - cropPadding
            shiftX = Int(generator.next() % UInt64(2 * cropPadding + 1)) - cropPadding
        }
        if translation > 0 {
            let maxY = Int(Float(h) * translation), maxX = Int(Float(w) * translation)
            shiftY += Int(generator.next() % UInt64(2 * maxY + 1)) - maxY
            shiftX += Int(generator.next() % UInt64(2 * maxX + 1)) - maxX
        }
        if shiftY != 0 || shiftX != 0 {
            result.image = Self.shifted(result.image, dy: shiftY, dx: shiftX)
            result.target = result.target.map { Self.shifted($0, dy: shiftY, dx: shiftX) }
        }
        if brightness > 0 || contrast > 0 || saturation > 0 {
            result.image = jitter(result.image, &generator)
        }
        if cutout > 0 {
            let side = (Int(Float(h) * cutout), Int(Float(w) * cutout))
            let top = Int(generator.next() % UInt64(h)) - side.0 / 2, left = Int(generator.next() % UInt64(w)) - side.1 / 2
            result.image = Self.cut(result.image, top: top, left: left, size: side)
        }
        return result
    }

    /// Moves the image content by (dy, dx), filling with zeros.
    static func shifted(_ x: NDArray, dy: Int, dx: Int) -> NDArray {
        let (c, h, w) = (x.shape[0], x.shape[1], x.shape[2])
        let source = x.elements
        var out = [Float](repeating: 0, count: source.count)
        for k in 0..<c {
            for y in 0..<h where (0..<h).contains(y - dy) {
                for xx in 0..<w where (0..<w).contains(xx - dx) {
                    out[(k * h + y) * w + xx] = source[(k * h + y - dy) * w + xx - dx]
                }
            }
        }
        return NDArray(out, shape: x.shape)
    }

    /// Zeroes a rectangle (clipped to the image).
    static func cut(_ x: NDArray, top: Int, left: Int, size: (Int, Int)) -> NDArray {
        let (c, h, w) = (x.shape[0], x.shape[1], x.shape[2])
        var out = x.elements
        for k in 0..<c {
            for y in max(top, 0)..<max(min(top + size.0, h), max(top, 0)) {
                for xx in max(left, 0)..<max(min(left + size.1, w), max(left, 0)) { out[(k * h + y) * w + xx] = 0 }
            }
        }
        return NDArray(out, shape: x.shape)
    }

    private func jitter(_ x: NDArray, _ generator: inout RandomGenerator) -> NDArray {
        func factor(_ strength: Float) -> Float { max(0, 1 + strength * (2 * generator.nextUnitFloat() - 1)) }
        var y = x
        if brightness > 0 { y = y.map(.affine(scale: factor(brightness), shift: 0)) }
        if contrast > 0 {
            let f = factor(contrast)
            let mean = Self.luma(y).mean().scalarValue
            y = y.map(.affine(scale: f, shift: (1 - f) * mean))
        }
        if saturation > 0 && x.shape[0] == 3 {
            let f = factor(saturation)
            let gray = Self.luma(y)
            y = y.map(.affine(scale: f, shift: 0)) + gray.map(.affine(scale: 1 - f, shift: 0))
        }
        return y.map(.clamp(low: 0, high: 1))
    }

    /// ITU-R 601 luma `[1, H, W]` of a 3-channel image (the image itself when gray).
    static func luma(_ x: NDArray) -> NDArray {
        guard x.shape[0] == 3 else { return x }
        let weights = NDArray([0.299, 0.587, 0.114], shape: [3, 1, 1])
        return (x * weights).sum(axes: [0], keepDims: true)
    }
}
