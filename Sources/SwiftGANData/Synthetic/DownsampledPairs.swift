/// Super-resolution pairs from a dataset of images: example `i` is the
/// base's image shrunk by `factor` (`Degradation.bicubicDownsample`) as
/// input, with the image as its target and the base's label.
public struct DownsampledPairs: Dataset {
    public let base: any Dataset
    public let factor: Int

    public init(_ base: any Dataset, factor: Int) {
        precondition(factor > 1, "DownsampledPairs: factor \(factor) must exceed 1")
        (self.base, self.factor) = (base, factor)
    }

    public var count: Int { base.count }
    public var classCount: Int? { base.classCount }

    public func example(at index: Int) throws -> Example {
        var example = try base.example(at: index)
        example.target = example.image
        example.image = Degradation.bicubicDownsample(example.image, factor: factor)
        return example
    }
}
