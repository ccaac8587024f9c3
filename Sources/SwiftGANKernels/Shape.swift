/// Shape arithmetic shared by the kernels: element counts, strides,
/// broadcasting and axis normalization.
public enum Shape {
    /// The number of elements of `shape`.
    @inlinable public static func count(_ shape: [Int]) -> Int {
        var n = 1
        for d in shape {
            let (product, overflow) = n.multipliedReportingOverflow(by: d)
            precondition(!overflow, "shape \(shape) has more elements than an Int can count")
            n = product
        }
        return n
    }

    /// Row-major strides, in elements.
    public static func strides(_ shape: [Int]) -> [Int] {
        var strides = [Int](repeating: 1, count: shape.count)
        var running = 1
        for axis in stride(from: shape.count - 1, through: 0, by: -1) {
            strides[axis] = running
            running *= shape[axis]
        }
        return strides
    }

    /// The NumPy broadcast of two shapes, or a precondition failure naming `op`.
    public static func broadcast(_ a: [Int], _ b: [Int], op: String) -> [Int] {
        let rank = max(a.count, b.count)
        var out = [Int](repeating: 1, count: rank)
        for i in 0..<rank {
            let da = i < rank - a.count ? 1 : a[i - (rank - a.count)]
            let db = i < rank - b.count ? 1 : b[i - (rank - b.count)]
            precondition(
                da == db || da == 1 || db == 1,
                "\(op): shapes \(a) and \(b) cannot be broadcast together (dimension \(i): \(da) vs \(db))")
            out[i] = da == 1 ? db : da
        }
        return out
    }

    /// Strides that read an array of `shape` as if it had `target` shape
    /// (zero stride on broadcast dimensions).
    public static func broadcastStrides(_ shape: [Int], to target: [Int]) -> [Int] {
        let own = strides(shape)
        let offset = target.count - shape.count
        precondition(offset >= 0, "broadcast: shape \(shape) has more dimensions than \(target)")
        var result = [Int](repeating: 0, count: target.count)
        for i in 0..<shape.count {
            precondition(
                shape[i] == target[i + offset] || shape[i] == 1,
                "broadcast: shape \(shape) cannot be expanded to \(target)")
            result[i + offset] = shape[i] == 1 && target[i + offset] != 1 ? 0 : own[i]
        }
        return result
    }

    /// A non-negative axis for `axis` (negative counts from the end), or a precondition failure naming `op`.
    public static func normalizeAxis(_ axis: Int, rank: Int, op: String) -> Int {
        let a = axis < 0 ? axis + rank : axis
        precondition(a >= 0 && a < rank, "\(op): axis \(axis) is out of range for rank \(rank)")
        return a
    }

    /// Sorted, distinct, non-negative axes; `nil` means all axes.
    public static func normalizeAxes(_ axes: [Int]?, rank: Int, op: String) -> [Int] {
        guard let axes else { return Array(0..<rank) }
        let normalized = Set(axes.map { normalizeAxis($0, rank: rank, op: op) })
        precondition(normalized.count == axes.count, "\(op): repeated axis in \(axes)")
        return normalized.sorted()
    }
}
