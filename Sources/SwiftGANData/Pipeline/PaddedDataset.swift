import SwiftGANKernels

/// Another dataset's images centered on a larger square canvas of zeros
/// (MNIST's 28x28 digits at 32x32, as LeNet and the StyleGAN family read
/// them), labels kept.
public struct PaddedDataset: Dataset {
    public let base: any Dataset
    /// The side of the padded images.
    public let size: Int

    public init(_ base: any Dataset, size: Int) {
        precondition(size > 0, "PaddedDataset: size must be positive, got \(size)")
        (self.base, self.size) = (base, size)
    }

    public var count: Int { base.count }
    public var classCount: Int? { base.classCount }

    public func example(at index: Int) throws -> Example {
        var example = try base.example(at: index)
        example.image = Self.pad(example.image, size: size)
        return example
    }

    /// `image` `[C, H, W]` centered on a `[C, size, size]` canvas of zeros (the
    /// extra row or column, when the margin is odd, goes to the bottom and right).
    public static func pad(_ image: NDArray, size: Int) -> NDArray {
        precondition(image.rank == 3, "PaddedDataset.pad: image must be [C, H, W], got \(image.shape)")
        let (channels, height, width) = (image.shape[0], image.shape[1], image.shape[2])
        precondition(height <= size && width <= size, "PaddedDataset.pad: a \(height)x\(width) image does not fit in \(size)x\(size)")
        let (top, left) = ((size - height) / 2, (size - width) / 2)
        let source = image.elements
        var pixels = [Float](repeating: 0, count: channels * size * size)
        for c in 0..<channels {
            for row in 0..<height {
                let from = (c * height + row) * width, to = (c * size + top + row) * size + left
                pixels.replaceSubrange(to..<(to + width), with: source[from..<(from + width)])
            }
        }
        return NDArray(pixels, shape: [channels, size, size])
    }
}
