extension NDArray {
    /// The axes reordered: result axis `i` is this array's axis `order[i]`.
    public func permuted(_ order: [Int]) -> NDArray {
        precondition(
            order.count == rank && Set(order) == Set(0..<rank),
            "permute: \(order) is not a permutation of the axes of shape \(shape)")
        if order == Array(0..<rank) { return self }
        let strides = Shape.strides(shape)
        return StridedCopy.gather(
            storage.pointer, offset: 0, strides: order.map { strides[$0] }, shape: order.map { shape[$0] })
    }

    /// Broadcast to `target` (NumPy rules), materialized.
    public func expanded(to target: [Int]) -> NDArray {
        if shape == target { return self }
        return StridedCopy.gather(
            storage.pointer, offset: 0, strides: Shape.broadcastStrides(shape, to: target), shape: target)
    }

    /// Elements `start, start + step, ...` below `end` along `axis`.
    public func slice(axis: Int, start: Int, end: Int, step: Int = 1) -> NDArray {
        let a = Shape.normalizeAxis(axis, rank: rank, op: "slice")
        let length = SliceGeometry.length(start: start, end: end, step: step, size: shape[a], shape: shape)
        var outShape = shape
        outShape[a] = length
        var strides = Shape.strides(shape)
        let offset = start * strides[a]
        strides[a] *= step
        return StridedCopy.gather(storage.pointer, offset: offset, strides: strides, shape: outShape)
    }

    /// The adjoint of `slice`: this array placed at `start, start + step, ...` along `axis`
    /// of a zero array of `fullShape`.
    public func unsliced(into fullShape: [Int], axis: Int, start: Int, step: Int = 1) -> NDArray {
        let a = Shape.normalizeAxis(axis, rank: rank, op: "unslice")
        precondition(step > 0, "unslice: step \(step) must be positive")
        precondition(
            fullShape.count == rank && (0..<rank).allSatisfy { $0 == a || fullShape[$0] == shape[$0] },
            "unslice: shape \(shape) does not fit \(fullShape) outside axis \(axis)")
        let out = NDArray(zeros: fullShape)
        var strides = Shape.strides(fullShape)
        let offset = start * strides[a]
        strides[a] *= step
        precondition(
            start >= 0 && (shape[a] == 0 || start + (shape[a] - 1) * step < fullShape[a]),
            "unslice: \(shape) at start \(start) step \(step) does not fit \(fullShape)")
        StridedCopy.scatter(self, into: out.storage.pointer, offset: offset, strides: strides, accumulate: false)
        return out
    }

    /// The arrays joined along `axis`; other extents must agree.
    public static func concatenate(_ arrays: [NDArray], axis: Int) -> NDArray {
        precondition(!arrays.isEmpty, "concat: no arrays")
        let first = arrays[0]
        let a = Shape.normalizeAxis(axis, rank: first.rank, op: "concat")
        for x in arrays {
            precondition(
                x.rank == first.rank && (0..<x.rank).allSatisfy { $0 == a || x.shape[$0] == first.shape[$0] },
                "concat: shapes \(arrays.map(\.shape)) differ outside axis \(axis)")
        }
        var outShape = first.shape
        outShape[a] = arrays.reduce(0) { $0 + $1.shape[a] }
        let out = NDArray(uninitializedShape: outShape)
        let outer = Shape.count(Array(first.shape[..<a]))
        let inner = Shape.count(Array(first.shape[(a + 1)...]))
        let rowLength = outShape[a] * inner
        var column = 0
        for x in arrays {
            let block = x.shape[a] * inner
            let src = x.storage.pointer, dst = out.storage.pointer + column
            for o in 0..<outer { (dst + o * rowLength).update(from: src + o * block, count: block) }
            column += block
        }
        return out
    }

    /// The elements reversed along each of `axes`.
    public func flipped(axes: [Int]) -> NDArray {
        let axes = Shape.normalizeAxes(axes, rank: rank, op: "flip")
        var strides = Shape.strides(shape)
        var offset = 0
        for a in axes where shape[a] > 0 {
            offset += (shape[a] - 1) * strides[a]
            strides[a] = -strides[a]
        }
        return StridedCopy.gather(storage.pointer, offset: offset, strides: strides, shape: shape)
    }

    /// Padded on the last `widths.count` axes; `widths[i]` is (before, after) for axis `rank - widths.count + i`.
    public func padded(_ widths: [(Int, Int)], mode: PaddingMode = .zero) -> NDArray {
        precondition(widths.count <= rank, "pad: \(widths.count) padded axes for shape \(shape)")
        precondition(widths.allSatisfy { $0.0 >= 0 && $0.1 >= 0 }, "pad: negative width in \(widths)")
        let first = rank - widths.count
        if mode == .zero {
            var outShape = shape
            var offset = 0
            let outStrides = Shape.strides(outShape.enumerated().map { i, d in
                i >= first ? d + widths[i - first].0 + widths[i - first].1 : d
            })
            for (i, w) in widths.enumerated() {
                outShape[first + i] += w.0 + w.1
                offset += w.0 * outStrides[first + i]
            }
            let out = NDArray(zeros: outShape)
            StridedCopy.scatter(self, into: out.storage.pointer, offset: offset, strides: outStrides, accumulate: false)
            return out
        }
        return mode.indexPlan(shape: shape, widths: widths).reduce(self) { $0.indexSelect(axis: $1.axis, $1.indices) }
    }
}
