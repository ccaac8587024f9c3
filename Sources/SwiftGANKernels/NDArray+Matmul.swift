extension NDArray {
    /// Matrix product over the last two axes, with NumPy broadcasting of the
    /// leading (batch) axes; `transposeA`/`transposeB` use the transposed
    /// last two axes of an operand without copying it.
    public static func matmul(_ a: NDArray, _ b: NDArray, transposeA: Bool = false, transposeB: Bool = false) -> NDArray {
        precondition(a.rank >= 2 && b.rank >= 2, "matmul: operands must have rank >= 2, got \(a.shape) and \(b.shape)")
        let (ar, ac) = (a.shape[a.rank - 2], a.shape[a.rank - 1])
        let (br, bc) = (b.shape[b.rank - 2], b.shape[b.rank - 1])
        let (m, k) = transposeA ? (ac, ar) : (ar, ac)
        let (kb, n) = transposeB ? (bc, br) : (br, bc)
        precondition(
            k == kb,
            "matmul: inner dimensions differ: \(a.shape)\(transposeA ? "ᵀ" : "") x \(b.shape)\(transposeB ? "ᵀ" : "")")
        let aBatch = Array(a.shape.dropLast(2)), bBatch = Array(b.shape.dropLast(2))
        let batch = Shape.broadcast(aBatch, bBatch, op: "matmul")
        let out = NDArray(uninitializedShape: batch + [m, n])
        let pa = a.storage.pointer, pb = b.storage.pointer, pc = out.storage.pointer
        if bBatch.allSatisfy({ $0 == 1 }) && !transposeA {
            let rows = Shape.count(batch) * m
            if aBatch == batch || Shape.count(aBatch) == Shape.count(batch) {
                DNNL.sgemm(
                    transposeA: false, transposeB: transposeB, m: rows, n: n, k: k, alpha: 1,
                    a: pa, lda: ac, b: pb, ldb: bc, beta: 0, c: pc, ldc: n)
                return out
            }
        }
        let aStrides = Shape.broadcastStrides(aBatch, to: batch), bStrides = Shape.broadcastStrides(bBatch, to: batch)
        let batchStrides = Shape.strides(batch)
        for i in 0..<Shape.count(batch) {
            var rest = i, ai = 0, bi = 0
            for axis in 0..<batch.count {
                let index = rest / batchStrides[axis]
                rest %= batchStrides[axis]
                ai += index * aStrides[axis]
                bi += index * bStrides[axis]
            }
            DNNL.sgemm(
                transposeA: transposeA, transposeB: transposeB, m: m, n: n, k: k, alpha: 1,
                a: pa + ai * ar * ac, lda: ac, b: pb + bi * br * bc, ldb: bc, beta: 0, c: pc + i * m * n, ldc: n)
        }
        return out
    }
}
