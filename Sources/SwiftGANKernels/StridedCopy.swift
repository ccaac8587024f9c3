/// Copies between a contiguous array and a strided view of another buffer:
/// the one loop behind permute, expand, slice, flip and their adjoints.
enum StridedCopy {
    /// A contiguous array of `shape` read from `base + offset` with per-dimension `strides`.
    static func gather(_ base: UnsafePointer<Float>, offset: Int, strides: [Int], shape: [Int]) -> NDArray {
        let out = NDArray(uninitializedShape: shape)
        let dst = out.storage.pointer
        walk(strides: strides, shape: shape) { row, rowOffset, inner, innerStride in
            let s = base + offset + rowOffset, d = dst + row * inner
            if innerStride == 1 {
                d.update(from: s, count: inner)
            } else {
                for i in 0..<inner { d[i] = s[i * innerStride] }
            }
        }
        return out
    }

    /// Writes the contiguous `source` of `shape` into `base + offset` with per-dimension `strides`,
    /// adding to what is there when `accumulate`.
    static func scatter(
        _ source: NDArray, into base: UnsafeMutablePointer<Float>, offset: Int, strides: [Int], accumulate: Bool
    ) {
        let src = source.storage.pointer
        walk(strides: strides, shape: source.shape) { row, rowOffset, inner, innerStride in
            let d = base + offset + rowOffset, s = src + row * inner
            if accumulate {
                for i in 0..<inner { d[i * innerStride] += s[i] }
            } else {
                for i in 0..<inner { d[i * innerStride] = s[i] }
            }
        }
    }

    /// Visits each row (all dimensions but the last, coalesced) with its offset.
    @inline(__always)
    private static func walk(strides: [Int], shape: [Int], _ body: (Int, Int, Int, Int) -> Void) {
        if Shape.count(shape) == 0 { return }
        var dims: [Int] = [], st: [Int] = []
        for (d, s) in zip(shape, strides) where d != 1 {
            if let last = dims.last, st.last! == s * d {
                dims[dims.count - 1] = last * d
                st[st.count - 1] = s
            } else {
                dims.append(d); st.append(s)
            }
        }
        if dims.isEmpty { dims = [1]; st = [1] }
        let inner = dims.removeLast(), innerStride = st.removeLast()
        let rows = Shape.count(dims)
        var index = [Int](repeating: 0, count: dims.count)
        var rowOffset = 0
        for row in 0..<rows {
            body(row, rowOffset, inner, innerStride)
            var axis = dims.count - 1
            while axis >= 0 {
                index[axis] += 1
                rowOffset += st[axis]
                if index[axis] < dims[axis] { break }
                rowOffset -= st[axis] * dims[axis]
                index[axis] = 0
                axis -= 1
            }
        }
    }
}
