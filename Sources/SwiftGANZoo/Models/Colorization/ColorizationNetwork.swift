import SwiftGANAutograd
import SwiftGANKernels
import SwiftGANNN

/// A colorizer's network: from the lightness of gray images, normalized as
/// `L / 50 - 1` (`[N, 1, H, W]`, with color hints appended as three more
/// channels when it takes them), the a and b of Lab, in their own units.
public protocol ColorizationNetwork: Module {
    /// What input sides must be a multiple of (its poolings and strides); others are padded.
    var sideMultiple: Int { get }
    /// Whether the input carries color hints (`ColorHints.channels`) after the lightness.
    var takesHints: Bool { get }
    /// The predicted a and b `[N, 2, H, W]` of `input`, decoded as the method decodes them.
    func ab(_ input: Tensor) -> Tensor
    /// The method's training loss for `input` against the true a and b
    /// `[N, 2, H, W]`; `labels` are the images' classes (their source photo)
    /// when the data has them. Also named figures to log.
    func loss(_ input: Tensor, targetAB: NDArray, labels: [Int]?) throws -> (loss: Tensor, metrics: [String: Float])
}

/// The scale a and b are divided by where networks read or write them (Zhang et al.'s `ab_norm`).
let abScale: Float = 110

extension NDArray {
    /// Channels `1` and `2` (a and b) of Lab images `[N, 3, H, W]`.
    var abChannels: NDArray { slice(axis: 1, start: 1, end: 3) }

    /// Images `[N, C, H, W]` averaged over `factor x factor` blocks (the side must divide).
    func blockAveraged(_ factor: Int) -> NDArray {
        guard factor > 1 else { return self }
        return withoutGrad { Tensor(self).avgPool2d(kernel: (factor, factor)).value }
    }
}
