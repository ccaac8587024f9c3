/// Checks a slice's bounds and counts its elements.
enum SliceGeometry {
    static func length(start: Int, end: Int, step: Int, size: Int, shape: [Int]) -> Int {
        precondition(step > 0, "slice: step \(step) must be positive")
        precondition(
            start >= 0 && start <= end && end <= size,
            "slice: range \(start)..<\(end) is out of bounds for dimension of size \(size) in shape \(shape)")
        return (end - start + step - 1) / step
    }
}
