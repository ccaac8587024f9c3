import SwiftGANKernels

/// One domain of unpaired image-to-image translation data: a transform of a
/// subset of caller-supplied images, computed lazily when read. Example `i` is
/// `Example(image: transform(x_j), label: label_j)` for `j = sourceIndices[i]`.
public struct TranslationDomain: Dataset {
    private let source: SourceImages
    private let transform: TranslationPairs.Transform
    /// The images of the source that make up this domain, in order.
    public let sourceIndices: [Int]

    /// The domain of `transform` applied to `images[sourceIndices]` (`[N, C, H, W]`).
    public init(
        images: NDArray, labels: [Int]? = nil, sourceIndices: [Int], transform: @escaping TranslationPairs.Transform
    ) {
        let source = SourceImages(images: images, labels: labels, op: "TranslationDomain")
        if let bad = sourceIndices.first(where: { $0 < 0 || $0 >= source.count }) {
            preconditionFailure("TranslationDomain: source index \(bad) is not in 0..<\(source.count)")
        }
        (self.source, self.sourceIndices, self.transform) = (source, sourceIndices, transform)
    }

    /// The number of examples in this domain.
    public var count: Int { sourceIndices.count }

    /// The transformed image `sourceIndices[index]`.
    public func example(at index: Int) -> Example {
        precondition(index >= 0 && index < count, "TranslationDomain: index \(index) is not in 0..<\(count)")
        let j = sourceIndices[index]
        return Example(image: transform(source.image(j)), label: source.labels?[j])
    }

    /// Unpaired thin and thick strokes: a seeded permutation of the images is
    /// split in two disjoint halves, the first eroded (`thin`, disk of
    /// `erosionRadius`), the second dilated (`thick`, disk of `dilationRadius`),
    /// so no digit appears in both domains.
    public static func thinAndThick(
        images: NDArray, labels: [Int]? = nil, seed: UInt64, erosionRadius: Int = 1, dilationRadius: Int = 1
    ) -> (thin: TranslationDomain, thick: TranslationDomain) {
        precondition(images.rank == 4, "TranslationDomain.thinAndThick: images must be [N, C, H, W], got \(images.shape)")
        var generator = RandomGenerator(seed: seed)
        let order = generator.permutation(images.shape[0])
        let half = order.count / 2
        let thin = TranslationDomain(
            images: images, labels: labels, sourceIndices: Array(order[..<half]),
            transform: { Morphology.erode($0, radius: erosionRadius) })
        let thick = TranslationDomain(
            images: images, labels: labels, sourceIndices: Array(order[half...]),
            transform: { Morphology.dilate($0, radius: dilationRadius) })
        return (thin, thick)
    }
}
