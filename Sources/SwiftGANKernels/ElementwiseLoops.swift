/// The loops behind every element-wise kernel: a contiguous map, and a
/// broadcasting zip over two or three operands. They are inlined into each
/// kernel so that the per-element function is specialized and vectorized.
enum ElementwiseLoops {
    @inline(__always)
    static func map(_ x: NDArray, cost: Int = 1, _ f: (Float) -> Float) -> NDArray {
        let out = NDArray(uninitializedShape: x.shape)
        let src = x.storage.pointer
        let dst = out.storage.pointer
        Parallel.forEachChunk(x.count, costPerElement: cost) { range in
            for i in range { dst[i] = f(src[i]) }
        }
        return out
    }

    @inline(__always)
    static func zip(_ a: NDArray, _ b: NDArray, op: String, cost: Int = 1, _ f: (Float, Float) -> Float) -> NDArray {
        if a.shape == b.shape {
            let out = NDArray(uninitializedShape: a.shape)
            let pa = a.storage.pointer, pb = b.storage.pointer, po = out.storage.pointer
            Parallel.forEachChunk(a.count, costPerElement: cost) { range in
                for i in range { po[i] = f(pa[i], pb[i]) }
            }
            return out
        }
        if b.count == 1 {
            let s = b.storage.pointer[0]
            let shape = Shape.broadcast(a.shape, b.shape, op: op)
            let out = NDArray(uninitializedShape: shape)
            let pa = a.storage.pointer, po = out.storage.pointer
            Parallel.forEachChunk(a.count, costPerElement: cost) { range in
                for i in range { po[i] = f(pa[i], s) }
            }
            return out
        }
        if a.count == 1 {
            let s = a.storage.pointer[0]
            let shape = Shape.broadcast(a.shape, b.shape, op: op)
            let out = NDArray(uninitializedShape: shape)
            let pb = b.storage.pointer, po = out.storage.pointer
            Parallel.forEachChunk(b.count, costPerElement: cost) { range in
                for i in range { po[i] = f(s, pb[i]) }
            }
            return out
        }
        let shape = Shape.broadcast(a.shape, b.shape, op: op)
        let layout = BroadcastLayout(shape: shape, operands: [a.shape, b.shape])
        let out = NDArray(uninitializedShape: shape)
        let pa = a.storage.pointer, pb = b.storage.pointer, po = out.storage.pointer
        let inner = layout.innerCount
        let sa = layout.innerStrides[0], sb = layout.innerStrides[1]
        Parallel.forEachChunk(layout.rowCount, costPerElement: inner * cost) { rows in
            for row in rows {
                let offsets = layout.rowOffsets(row)
                let ra = pa + offsets[0], rb = pb + offsets[1], ro = po + row * inner
                if sa == 1 && sb == 1 {
                    for i in 0..<inner { ro[i] = f(ra[i], rb[i]) }
                } else if sa == 1 && sb == 0 {
                    let v = rb[0]
                    for i in 0..<inner { ro[i] = f(ra[i], v) }
                } else if sa == 0 && sb == 1 {
                    let v = ra[0]
                    for i in 0..<inner { ro[i] = f(v, rb[i]) }
                } else {
                    for i in 0..<inner { ro[i] = f(ra[i * sa], rb[i * sb]) }
                }
            }
        }
        return out
    }

    @inline(__always)
    static func zip3(
        _ a: NDArray, _ b: NDArray, _ c: NDArray, op: String, _ f: (Float, Float, Float) -> Float
    ) -> NDArray {
        if a.shape == b.shape && b.shape == c.shape {
            let out = NDArray(uninitializedShape: a.shape)
            let pa = a.storage.pointer, pb = b.storage.pointer, pc = c.storage.pointer, po = out.storage.pointer
            Parallel.forEachChunk(a.count) { range in
                for i in range { po[i] = f(pa[i], pb[i], pc[i]) }
            }
            return out
        }
        let shape = Shape.broadcast(Shape.broadcast(a.shape, b.shape, op: op), c.shape, op: op)
        let layout = BroadcastLayout(shape: shape, operands: [a.shape, b.shape, c.shape])
        let out = NDArray(uninitializedShape: shape)
        let pa = a.storage.pointer, pb = b.storage.pointer, pc = c.storage.pointer, po = out.storage.pointer
        let inner = layout.innerCount
        let sa = layout.innerStrides[0], sb = layout.innerStrides[1], sc = layout.innerStrides[2]
        Parallel.forEachChunk(layout.rowCount, costPerElement: inner) { rows in
            for row in rows {
                let offsets = layout.rowOffsets(row)
                let ra = pa + offsets[0], rb = pb + offsets[1], rc = pc + offsets[2], ro = po + row * inner
                for i in 0..<inner { ro[i] = f(ra[i * sa], rb[i * sb], rc[i * sc]) }
            }
        }
        return out
    }
}
