/// The loops behind every element-wise kernel: a contiguous map, and a
/// broadcasting zip over two or three operands. They are generic over the
/// element function's type, so each kernel gets its own specialized,
/// vectorizable loop.
enum ElementwiseLoops {
    static func map<F: UnaryKernel>(_ x: NDArray, cost: Int = 1, _ f: F) -> NDArray {
        let out = NDArray(uninitializedShape: x.shape)
        let src = x.storage.pointer
        let dst = out.storage.pointer
        Parallel.forEachChunk(x.count, costPerElement: cost) { range in
            for i in range { dst[i] = f(src[i]) }
        }
        return out
    }

    static func zip<F: BinaryKernel>(_ a: NDArray, _ b: NDArray, op: String, cost: Int = 1, _ f: F) -> NDArray {
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
            layout.forEachRow(in: rows) { row, oa, ob, _ in
                let ra = pa + oa, rb = pb + ob, ro = po + row * inner
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

    static func zip3<F: TernaryKernel>(_ a: NDArray, _ b: NDArray, _ c: NDArray, op: String, _ f: F) -> NDArray {
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
            layout.forEachRow(in: rows) { row, oa, ob, oc in
                let ra = pa + oa, rb = pb + ob, rc = pc + oc, ro = po + row * inner
                for i in 0..<inner { ro[i] = f(ra[i * sa], rb[i * sb], rc[i * sc]) }
            }
        }
        return out
    }
}
