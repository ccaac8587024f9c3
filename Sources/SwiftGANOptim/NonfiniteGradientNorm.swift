/// The total gradient norm was NaN or infinite while clipping with
/// `errorIfNonfinite`; no gradient was changed.
public struct NonfiniteGradientNorm: Error, Equatable, CustomStringConvertible {
    /// The norm that was found.
    public let norm: Float

    /// A one-line explanation with the norm.
    public var description: String {
        "clipGradientNorm: the total norm of the gradients is \(norm); no gradient was clipped"
    }
}
