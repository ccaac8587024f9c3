import SwiftGANKernels

/// Paired image-to-image translation data made from caller-supplied images:
/// example `i` is `Example(image: input(x_i), label: label_i, target: target(x_i))`,
/// computed lazily when read.
public struct TranslationPairs: Dataset {
    /// A transform of one image `[C, H, W]`.
    public typealias Transform = @Sendable (NDArray) -> NDArray

    private let source: SourceImages
    private let input: Transform
    private let target: Transform

    /// Pairs `(input(x), target(x))` of each image of `images` `[N, C, H, W]`.
    public init(images: NDArray, labels: [Int]? = nil, input: @escaping Transform, target: @escaping Transform) {
        source = SourceImages(images: images, labels: labels, op: "TranslationPairs")
        (self.input, self.target) = (input, target)
    }

    /// The number of pairs: one per image.
    public var count: Int { source.count }

    /// The pair made from image `index`.
    public func example(at index: Int) -> Example {
        precondition(index >= 0 && index < count, "TranslationPairs: index \(index) is not in 0..<\(count)")
        let x = source.image(index)
        return Example(image: input(x), label: source.labels?[index], target: target(x))
    }

    /// Edges to digits: the edge map of each digit (`method`) as input, the digit as target.
    public static func edgesToDigits(images: NDArray, labels: [Int]? = nil, method: EdgeMethod = .sobel) -> TranslationPairs {
        TranslationPairs(images: images, labels: labels, input: { method.apply($0) }, target: { $0 })
    }

    /// Thin to thick strokes: each digit eroded (disk of `erosionRadius`) as
    /// input and dilated (disk of `dilationRadius`) as target.
    public static func thinToThick(
        images: NDArray, labels: [Int]? = nil, erosionRadius: Int = 1, dilationRadius: Int = 1
    ) -> TranslationPairs {
        TranslationPairs(
            images: images, labels: labels,
            input: { Morphology.erode($0, radius: erosionRadius) },
            target: { Morphology.dilate($0, radius: dilationRadius) })
    }
}
