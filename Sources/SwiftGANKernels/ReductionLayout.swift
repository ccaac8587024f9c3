/// An array seen as `[outer, reduced, inner]` for a reduction over some axes:
/// the reduced axes are moved next to each other first when they are not.
struct ReductionLayout {
    let source: NDArray
    let outer: Int
    let reduced: Int
    let inner: Int
    /// The result shape with reduced axes kept as 1.
    let keptShape: [Int]
    /// The result shape with reduced axes removed.
    let droppedShape: [Int]

    init(_ x: NDArray, axes: [Int]?, op: String) {
        let axes = Shape.normalizeAxes(axes, rank: x.rank, op: op)
        var kept = x.shape
        for a in axes { kept[a] = 1 }
        keptShape = kept
        droppedShape = x.shape.enumerated().filter { !axes.contains($0.offset) }.map(\.element)
        let reducedCount = axes.reduce(1) { $0 * x.shape[$1] }
        precondition(reducedCount > 0 || axes.isEmpty, "\(op): cannot reduce over empty axes of shape \(x.shape)")
        if axes.isEmpty {
            source = x; outer = x.count; reduced = 1; inner = 1
        } else if axes.last! - axes.first! + 1 == axes.count {
            source = x
            outer = Shape.count(Array(x.shape[..<axes.first!]))
            reduced = reducedCount
            inner = Shape.count(Array(x.shape[(axes.last! + 1)...]))
        } else {
            let keptAxes = (0..<x.rank).filter { !axes.contains($0) }
            source = x.permuted(keptAxes + axes)
            outer = x.count / reducedCount
            reduced = reducedCount
            inner = 1
        }
    }
}
