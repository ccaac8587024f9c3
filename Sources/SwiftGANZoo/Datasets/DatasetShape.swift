/// What a dataset's samples look like, known without loading them: what
/// networks are built for.
public struct DatasetShape: Sendable, Equatable {
    /// How translation data's targets relate to its inputs.
    public enum Targets: String, Sendable, Equatable {
        /// Each target is its input's counterpart (pix2pix's aligned data).
        case paired
        /// Targets are drawn from the other domain, unrelated to the input (CycleGAN's unaligned data).
        case unpaired
    }

    /// `[D]` for points, `[C, H, W]` for images: the inputs of translation data.
    public let sampleShape: [Int]
    /// The classes of labeled data, nil when unlabeled.
    public let classCount: Int?
    /// The shape of the targets of translation data (`[C, H, W]`); nil for other data.
    public let targetShape: [Int]?
    /// Whether the targets are paired with their inputs; nil without targets.
    public let targets: Targets?

    public init(sampleShape: [Int], classCount: Int?, targetShape: [Int]? = nil, targets: Targets? = nil) {
        precondition((targetShape == nil) == (targets == nil), "DatasetShape: a target shape needs its pairing and the reverse")
        (self.sampleShape, self.classCount, self.targetShape, self.targets) = (sampleShape, classCount, targetShape, targets)
    }

    public var isPoints: Bool { sampleShape.count == 1 }
    /// The channels of images, the dimension of points.
    public var channels: Int { sampleShape[0] }
    /// The side of square images; nil for points.
    public var resolution: Int? { isPoints ? nil : sampleShape[1] }
    /// The channels of the targets of translation data.
    public var targetChannels: Int? { targetShape?.first }
}
