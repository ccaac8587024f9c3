import SwiftGANKernels

extension Image {
    /// The image as `[channels, height, width]` with [0, 1] mapped linearly
    /// onto `range` (e.g. `-1...1` for a generator with a tanh output).
    public func array(range: ClosedRange<Float>) -> NDArray {
        array.map(.affine(scale: range.upperBound - range.lowerBound, shift: range.lowerBound))
    }
}
