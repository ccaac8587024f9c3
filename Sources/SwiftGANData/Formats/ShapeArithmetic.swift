/// Overflow-checked sizes of shapes read from file headers.
enum ShapeArithmetic {
    /// The number of elements of `shape` times `elementSize`, or `nil` when the
    /// product of its nonzero extents (times the element size) does not fit in
    /// an `Int`. Shapes that pass can be handed to `NDArray` and its stride
    /// arithmetic without overflow, even when an extent is zero.
    static func byteCount(_ shape: [Int], elementSize: Int) -> Int? {
        var bound = elementSize
        var isEmpty = false
        for extent in shape {
            guard extent >= 0 else { return nil }
            if extent == 0 { isEmpty = true }
            let (product, overflow) = bound.multipliedReportingOverflow(by: max(extent, 1))
            if overflow { return nil }
            bound = product
        }
        return isEmpty ? 0 : bound
    }

    /// The shape as text: `60000 x 28 x 28`.
    static func describe(_ shape: [Int]) -> String {
        shape.isEmpty ? "a scalar" : shape.map(String.init).joined(separator: " x ")
    }
}
