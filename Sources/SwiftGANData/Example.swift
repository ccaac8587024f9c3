import SwiftGANKernels

/// One example of a dataset: an image `[C, H, W]` with values in [0, 1] (or a
/// point, for 2-D sets), an optional class label, and for paired translation
/// data the target image.
public struct Example: Sendable {
    /// The input: `[C, H, W]` in [0, 1] for images, `[D]` for points.
    public var image: NDArray
    /// The class, when the dataset has classes.
    public var label: Int?
    /// The paired target (`B` of an `A -> B` translation pair).
    public var target: NDArray?

    public init(image: NDArray, label: Int? = nil, target: NDArray? = nil) {
        self.image = image
        self.label = label
        self.target = target
    }
}
