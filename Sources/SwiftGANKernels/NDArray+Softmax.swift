import CVectorKernels

extension NDArray {
    /// Softmax along `axis`: one fused pass per row (largest value, e^x and its
    /// sum, division) on contiguous rows of the last axis; other axes are
    /// moved last and back.
    public func softmax(axis: Int = -1) -> NDArray {
        let a = Shape.normalizeAxis(axis, rank: rank, op: "softmax")
        guard a == rank - 1 else {
            var order = Array(0..<rank)
            order.swapAt(a, rank - 1)
            return permuted(order).softmax(axis: -1).permuted(order)
        }
        let columns = shape[a]
        let out = NDArray(uninitializedShape: shape)
        guard count > 0 else { return out }
        let rows = count / columns
        let src = storage.pointer, dst = out.storage.pointer
        Parallel.forEachChunk(rows, costPerElement: columns * 8) { range in
            sg_softmax_rows(src + range.lowerBound * columns, dst + range.lowerBound * columns, range.count, columns)
        }
        return out
    }
}
