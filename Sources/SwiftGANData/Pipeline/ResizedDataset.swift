import SwiftGANKernels

/// Another dataset's images resized to `resolution` pixels square (bilinear,
/// as PyTorch's `interpolate` with `align_corners: false`), labels kept.
public struct ResizedDataset: Dataset {
    public let base: any Dataset
    public let resolution: Int

    public init(_ base: any Dataset, resolution: Int) {
        precondition(resolution > 0, "ResizedDataset: resolution must be positive, got \(resolution)")
        (self.base, self.resolution) = (base, resolution)
    }

    public var count: Int { base.count }
    public var classCount: Int? { base.classCount }

    public func example(at index: Int) throws -> Example {
        var example = try base.example(at: index)
        example.image = Resampling.bilinear(example.image, height: resolution, width: resolution)
        return example
    }
}
