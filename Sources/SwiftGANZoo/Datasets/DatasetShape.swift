/// What a dataset's samples look like, known without loading them: what
/// networks are built for.
public struct DatasetShape: Sendable, Equatable {
    /// `[D]` for points, `[C, H, W]` for images.
    public let sampleShape: [Int]
    /// The classes of labeled data, nil when unlabeled.
    public let classCount: Int?

    public init(sampleShape: [Int], classCount: Int?) {
        (self.sampleShape, self.classCount) = (sampleShape, classCount)
    }

    public var isPoints: Bool { sampleShape.count == 1 }
    /// The channels of images, the dimension of points.
    public var channels: Int { sampleShape[0] }
    /// The side of square images; nil for points.
    public var resolution: Int? { isPoints ? nil : sampleShape[1] }
}
