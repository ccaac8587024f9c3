import SwiftGANKernels

extension Optional where Wrapped == NDArray {
    /// Write access to the elements of the array when `used`, creating zeros of
    /// `shape` if there is none yet; `nil` to `body` when not `used`.
    mutating func withMutableBuffer<R>(
        when used: Bool, zerosOf shape: [Int], _ body: (UnsafeMutableBufferPointer<Float>?) -> R
    ) -> R {
        guard used else { return body(nil) }
        if self == nil { self = NDArray(zeros: shape) }
        return self!.withUnsafeMutableBufferPointer { body($0) }
    }
}
