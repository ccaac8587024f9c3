/// An array seen as `[outer, reduced, inner]` for a reduction over one run of
/// adjacent axes. Reductions over scattered axes are done run by run (see
/// `NDArray.reduceByRuns`), so no reduction ever copies its input.
struct ReductionLayout {
    let source: NDArray
    let outer: Int
    let reduced: Int
    let inner: Int
    /// The result shape with reduced axes kept as 1.
    let keptShape: [Int]

    /// `run` must be sorted, adjacent, non-negative axes.
    init(_ x: NDArray, run: [Int]) {
        var kept = x.shape
        for a in run { kept[a] = 1 }
        keptShape = kept
        source = x
        if run.isEmpty {
            outer = x.count; reduced = 1; inner = 1
        } else {
            outer = Shape.count(Array(x.shape[..<run.first!]))
            reduced = run.reduce(1) { $0 * x.shape[$1] }
            inner = Shape.count(Array(x.shape[(run.last! + 1)...]))
        }
    }

    /// Sorted axes split into runs of adjacent axes.
    static func runs(_ axes: [Int]) -> [[Int]] {
        var runs: [[Int]] = []
        for a in axes {
            if let last = runs.last?.last, last + 1 == a { runs[runs.count - 1].append(a) } else { runs.append([a]) }
        }
        return runs
    }
}
