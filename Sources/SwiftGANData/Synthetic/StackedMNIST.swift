import SwiftGANKernels

/// Stacked MNIST (Metz et al. 2017, VEEGAN, PacGAN): three independently drawn
/// digits stacked as the R, G and B channels, 1,000 modes.
///
/// Built from caller-supplied digits `[N, 1, H, W]` and their labels 0-9.
/// Example `i` draws three source indices uniformly from its own generator,
/// keyed by `(seed, i)`, and is assembled lazily: `Example.image` is
/// `[3, H, W]` and `Example.label` is `100 d1 + 10 d2 + d3` for the digits of
/// the R, G and B channels.
public struct StackedMNIST: Dataset {
    /// The source digits `[N, 1, H, W]`.
    public let images: NDArray
    /// The source labels, 0-9.
    public let labels: [Int]
    /// The number of examples.
    public let count: Int
    /// The seed the examples derive from.
    public let seed: UInt64

    /// 1,000 modes: every triple of digits.
    public var classCount: Int? { 1000 }

    /// `count` stacked examples drawn from `images` `[N, 1, H, W]` with `labels`.
    public init(images: NDArray, labels: [Int], count: Int, seed: UInt64) {
        precondition(
            images.rank == 4 && images.shape[1] == 1 && images.shape[0] > 0,
            "StackedMNIST: images must be [N, 1, H, W] with N > 0, got \(images.shape)")
        precondition(labels.count == images.shape[0], "StackedMNIST: \(labels.count) labels for \(images.shape[0]) images")
        if let bad = labels.first(where: { !(0...9).contains($0) }) {
            preconditionFailure("StackedMNIST: label \(bad) is not a digit 0-9")
        }
        precondition(count >= 0, "StackedMNIST: count \(count) must be non-negative")
        (self.images, self.labels, self.count, self.seed) = (images, labels, count, seed)
    }

    /// The source indices of the R, G and B channels of example `index`.
    public func sourceIndices(at index: Int) -> [Int] {
        precondition(index >= 0 && index < count, "StackedMNIST: index \(index) is not in 0..<\(count)")
        var generator = SyntheticSeed.generator(seed: seed, index: index)
        return (0..<3).map { _ in SyntheticSeed.below(images.shape[0], &generator) }
    }

    /// The label of example `index` without assembling its image.
    public func label(at index: Int) -> Int {
        sourceIndices(at: index).reduce(0) { $0 * 10 + labels[$1] }
    }

    /// The stacked digits `[3, H, W]` of example `index` and their label.
    public func example(at index: Int) -> Example {
        let sources = sourceIndices(at: index)
        let channels = sources.map { images.slice(axis: 0, start: $0, end: $0 + 1) }
        let image = NDArray.concatenate(channels, axis: 1)
        return Example(
            image: image.reshaped(Array(image.shape.dropFirst())),
            label: sources.reduce(0) { $0 * 10 + labels[$1] })
    }

    /// The channel digits `[d1, d2, d3]` of a stacked label `100 d1 + 10 d2 + d3`.
    public static func channelLabels(of label: Int) -> [Int] {
        precondition((0..<1000).contains(label), "StackedMNIST.channelLabels: label \(label) is not in 0..<1000")
        return [label / 100, label / 10 % 10, label % 10]
    }
}
