/// How `pad` fills the new border.
public enum PaddingMode: String, Sendable {
    /// Zeros.
    case zero
    /// Mirror without repeating the edge (PyTorch's `reflect`).
    case reflect
    /// Repeat the edge value.
    case replicate

    /// For each output position along an axis of `size` padded by `before`/`after`,
    /// the source index (reflect and replicate only).
    public func sourceIndices(size: Int, before: Int, after: Int) -> [Int] {
        (0..<(size + before + after)).map { position in
            var i = position - before
            switch self {
            case .zero:
                preconditionFailure("pad: zero padding has no source indices")
            case .replicate:
                i = Swift.min(Swift.max(i, 0), size - 1)
            case .reflect:
                if size == 1 { return 0 }
                let period = 2 * (size - 1)
                i = ((i % period) + period) % period
                if i >= size { i = period - i }
            }
            return i
        }
    }
}
