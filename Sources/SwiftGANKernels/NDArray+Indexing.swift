extension NDArray {
    /// The entries `indices` along `axis`, in that order (repeats allowed).
    public func indexSelect(axis: Int, _ indices: [Int]) -> NDArray {
        let a = Shape.normalizeAxis(axis, rank: rank, op: "indexSelect")
        let size = shape[a]
        precondition(
            indices.allSatisfy { $0 >= 0 && $0 < size },
            "indexSelect: an index in \(indices.prefix(8))\(indices.count > 8 ? "..." : "") is out of range for axis \(axis) of shape \(shape)")
        var outShape = shape
        outShape[a] = indices.count
        let out = NDArray(uninitializedShape: outShape)
        let outer = Shape.count(Array(shape[..<a])), inner = Shape.count(Array(shape[(a + 1)...]))
        let src = storage.pointer, dst = out.storage.pointer
        for o in 0..<outer {
            for (j, i) in indices.enumerated() {
                (dst + (o * indices.count + j) * inner).update(from: src + (o * size + i) * inner, count: inner)
            }
        }
        return out
    }

    /// The adjoint of `indexSelect`: entries added at `indices` along `axis` of a zero array of extent `size`.
    public func indexAdd(axis: Int, _ indices: [Int], size: Int) -> NDArray {
        let a = Shape.normalizeAxis(axis, rank: rank, op: "indexAdd")
        precondition(indices.count == shape[a], "indexAdd: \(indices.count) indices for axis \(axis) of shape \(shape)")
        precondition(indices.allSatisfy { $0 >= 0 && $0 < size }, "indexAdd: an index is out of range 0..<\(size)")
        var outShape = shape
        outShape[a] = size
        let out = NDArray(zeros: outShape)
        let outer = Shape.count(Array(shape[..<a])), inner = Shape.count(Array(shape[(a + 1)...]))
        let src = storage.pointer, dst = out.storage.pointer
        for o in 0..<outer {
            for (j, i) in indices.enumerated() {
                let d = dst + (o * size + i) * inner, s = src + (o * indices.count + j) * inner
                for k in 0..<inner { d[k] += s[k] }
            }
        }
        return out
    }

    /// PyTorch's `gather`: `out[..., j, ...] = self[..., index[..., j, ...], ...]` along `axis`.
    /// `index` holds integral values and matches this shape except along `axis`.
    public func gather(axis: Int, index: NDArray) -> NDArray {
        let a = Shape.normalizeAxis(axis, rank: rank, op: "gather")
        checkIndexShape(index, axis: a, op: "gather")
        let size = shape[a], width = index.shape[a]
        let outer = Shape.count(Array(shape[..<a])), inner = Shape.count(Array(shape[(a + 1)...]))
        let out = NDArray(uninitializedShape: index.shape)
        let src = storage.pointer, idx = index.storage.pointer, dst = out.storage.pointer
        for o in 0..<outer {
            for j in 0..<width {
                for k in 0..<inner {
                    let position = (o * width + j) * inner + k
                    let i = Self.checkedIndex(idx[position], size: size, op: "gather")
                    dst[position] = src[(o * size + i) * inner + k]
                }
            }
        }
        return out
    }

    /// The adjoint of `gather`: this array's entries added at `index` along `axis` of zeros of `shape`.
    public func scatterAdd(axis: Int, index: NDArray, shape target: [Int]) -> NDArray {
        let a = Shape.normalizeAxis(axis, rank: rank, op: "scatterAdd")
        precondition(index.shape == shape, "scatterAdd: index shape \(index.shape) differs from source \(shape)")
        let out = NDArray(zeros: target)
        out.checkIndexShape(index, axis: a, op: "scatterAdd")
        let size = target[a], width = shape[a]
        let outer = Shape.count(Array(target[..<a])), inner = Shape.count(Array(target[(a + 1)...]))
        let src = storage.pointer, idx = index.storage.pointer, dst = out.storage.pointer
        for o in 0..<outer {
            for j in 0..<width {
                for k in 0..<inner {
                    let position = (o * width + j) * inner + k
                    let i = Self.checkedIndex(idx[position], size: size, op: "scatterAdd")
                    dst[(o * size + i) * inner + k] += src[position]
                }
            }
        }
        return out
    }

    private func checkIndexShape(_ index: NDArray, axis a: Int, op: String) {
        precondition(
            index.rank == rank && (0..<rank).allSatisfy { $0 == a || index.shape[$0] == shape[$0] },
            "\(op): index shape \(index.shape) must match \(shape) except along axis \(a)")
    }

    @inline(__always)
    private static func checkedIndex(_ value: Float, size: Int, op: String) -> Int {
        guard value.isFinite, let i = Int(exactly: value), i >= 0, i < size else {
            preconditionFailure("\(op): index \(value) is out of range 0..<\(size)")
        }
        return i
    }
}
