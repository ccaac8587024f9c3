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

    /// For reflect and replicate padding of `shape` on its last `widths.count`
    /// axes: each padded axis with the source index of every output position
    /// (applied with `indexSelect`, axis by axis).
    public func indexPlan(shape: [Int], widths: [(Int, Int)]) -> [(axis: Int, indices: [Int])] {
        precondition(self != .zero, "pad: zero padding has no index plan")
        precondition(widths.count <= shape.count, "pad: \(widths.count) padded axes for shape \(shape)")
        precondition(widths.allSatisfy { $0.0 >= 0 && $0.1 >= 0 }, "pad: negative width in \(widths)")
        let first = shape.count - widths.count
        return widths.enumerated().compactMap { i, w in
            guard w.0 > 0 || w.1 > 0 else { return nil }
            let size = shape[first + i]
            precondition(
                self != .reflect || (w.0 < size && w.1 < size),
                "pad: reflect padding \(w) must be smaller than dimension \(size) of shape \(shape)")
            precondition(size > 0, "pad: cannot \(rawValue)-pad an empty dimension of shape \(shape)")
            return (first + i, sourceIndices(size: size, before: w.0, after: w.1))
        }
    }
}
