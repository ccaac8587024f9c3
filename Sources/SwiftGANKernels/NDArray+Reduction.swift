import CVectorKernels
import Foundation

extension NDArray {
    /// Whether no element is infinite or NaN (one vectorized pass).
    public var isAllFinite: Bool { sg_all_finite(storage.pointer, count) }

    /// Sum over `axes` (all when `nil`), keeping reduced axes as size 1 when `keepDims`.
    public func sum(axes: [Int]? = nil, keepDims: Bool = false) -> NDArray {
        reduceByRuns(axes, keepDims: keepDims, op: "sum") { layout, out in Reduction.sum(layout, into: out) }
    }

    /// Mean over `axes`.
    public func mean(axes: [Int]? = nil, keepDims: Bool = false) -> NDArray {
        let n = reducedCount(axes, op: "mean")
        return sum(axes: axes, keepDims: keepDims).map(.affine(scale: 1 / Float(n), shift: 0))
    }

    /// Variance over `axes` with `correction` (1: unbiased, PyTorch's default; 0: population).
    public func variance(axes: [Int]? = nil, correction: Int = 1, keepDims: Bool = false) -> NDArray {
        let n = reducedCount(axes, op: "variance")
        let centered = self - mean(axes: axes, keepDims: true)
        let squares = centered.map(.square).sum(axes: axes, keepDims: keepDims)
        return squares.map(.affine(scale: 1 / Float(Swift.max(n - correction, 0)), shift: 0))
    }

    /// Maximum over `axes`.
    public func max(axes: [Int]? = nil, keepDims: Bool = false) -> NDArray {
        extremum(axes: axes, keepDims: keepDims, op: "max", Binary.Greater())
    }

    /// Minimum over `axes`.
    public func min(axes: [Int]? = nil, keepDims: Bool = false) -> NDArray {
        extremum(axes: axes, keepDims: keepDims, op: "min", Binary.Less())
    }

    /// `log(sum(exp(x)))` over `axes`, computed stably.
    public func logSumExp(axes: [Int]? = nil, keepDims: Bool = false) -> NDArray {
        let m = max(axes: axes, keepDims: true).map(.clamp(low: -Float.greatestFiniteMagnitude, high: .greatestFiniteMagnitude))
        let s = (self - m).map(.exp).sum(axes: axes, keepDims: true).map(.log) + m
        return keepDims ? s : s.reshaped(sum(axes: axes).shape)
    }

    /// Index of the largest element of the flattened array (first one on ties), as a rank-0 float.
    public func argmax() -> NDArray {
        reshaped([count]).argmax(axis: 0)
    }

    /// Index of the largest element along `axis` (first one on ties), as floats.
    public func argmax(axis: Int, keepDims: Bool = false) -> NDArray {
        let a = Shape.normalizeAxis(axis, rank: rank, op: "argmax")
        precondition(shape[a] > 0, "argmax: axis \(axis) of shape \(shape) is empty")
        let layout = ReductionLayout(self, run: [a])
        var outShape = layout.keptShape
        if !keepDims { outShape.remove(at: a) }
        let out = NDArray(uninitializedShape: outShape)
        let src = storage.pointer, dst = out.storage.pointer
        let (reduced, inner) = (layout.reduced, layout.inner)
        for o in 0..<layout.outer {
            for i in 0..<inner {
                var best = src[o * reduced * inner + i], bestIndex = 0
                for r in 1..<reduced {
                    let v = src[(o * reduced + r) * inner + i]
                    if v > best || (!best.isNaN && v.isNaN) { best = v; bestIndex = r }
                }
                dst[o * inner + i] = Float(bestIndex)
            }
        }
        return out
    }

    /// Reduces a broadcast result back to `shape` by summing the broadcast axes
    /// (the adjoint of expanding `shape` to `self.shape`).
    public func sum(toShape target: [Int]) -> NDArray {
        if shape == target { return self }
        let offset = rank - target.count
        precondition(offset >= 0, "sum(toShape:): cannot reduce \(shape) to \(target)")
        var axes: [Int] = Array(0..<offset)
        for (i, d) in target.enumerated() where d != shape[i + offset] {
            precondition(d == 1, "sum(toShape:): cannot reduce \(shape) to \(target)")
            axes.append(i + offset)
        }
        return sum(axes: axes, keepDims: true).reshaped(target)
    }

    /// `better(a, b) != 0` when `a` should replace `b`; NaN always wins, as in PyTorch.
    private func extremum<Better: BinaryKernel>(axes: [Int]?, keepDims: Bool, op: String, _ better: Better) -> NDArray {
        reduceByRuns(axes, keepDims: keepDims, op: op) { layout, dst in
            precondition(layout.reduced > 0, "\(op): empty reduction over shape \(layout.source.shape)")
            let src = layout.source.storage.pointer
            let (reduced, inner) = (layout.reduced, layout.inner)
            Parallel.forEachChunk(layout.outer, costPerElement: reduced * inner) { rows in
                for o in rows {
                    let base = src + o * reduced * inner, row = dst + o * inner
                    for i in 0..<inner { row[i] = base[i] }
                    for r in 1..<reduced {
                        let slice = base + r * inner
                        for i in 0..<inner where better(slice[i], row[i]) != 0 || slice[i].isNaN { row[i] = slice[i] }
                    }
                }
            }
        }
    }

    /// The number of elements folded into each result of a reduction over `axes`.
    private func reducedCount(_ axes: [Int]?, op: String) -> Int {
        Shape.normalizeAxes(axes, rank: rank, op: op).reduce(1) { $0 * shape[$1] }
    }

    /// Applies `kernel` to each run of adjacent reduced axes, last run first.
    private func reduceByRuns(
        _ axes: [Int]?, keepDims: Bool, op: String,
        _ kernel: (ReductionLayout, UnsafeMutablePointer<Float>) -> Void
    ) -> NDArray {
        let normalized = Shape.normalizeAxes(axes, rank: rank, op: op)
        var result = self
        for run in ReductionLayout.runs(normalized).reversed() {
            let layout = ReductionLayout(result, run: run)
            let out = NDArray(uninitializedShape: layout.keptShape)
            kernel(layout, out.storage.pointer)
            result = out
        }
        if keepDims { return result }
        return result.reshaped(shape.enumerated().filter { !normalized.contains($0.offset) }.map(\.element))
    }
}
