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
        if m == 0 || n == 0 || k == 0 || Shape.count(batch) == 0 { return NDArray(zeros: batch + [m, n]) }
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

extension NDArray {
    /// `x Wᵀ + b` for `x [..., in]`, `weight [out, in]`, `bias [out]`, optionally
    /// rectified in the same pass (`rectifierSlope` 0: ReLU; s > 0: leaky ReLU
    /// with slope s): one GEMM, then one pass that adds the bias and rectifies.
    public static func linear(_ x: NDArray, weight: NDArray, bias: NDArray, rectifierSlope: Float? = nil) -> NDArray {
        precondition(weight.rank == 2 && x.rank >= 1, "linear: weight must be [out, in], got \(weight.shape) for input \(x.shape)")
        let (outFeatures, inFeatures) = (weight.shape[0], weight.shape[1])
        precondition(x.shape.last == inFeatures, "linear: input \(x.shape) does not end in \(inFeatures) features of weight \(weight.shape)")
        precondition(bias.shape == [outFeatures], "linear: bias \(bias.shape) does not match weight \(weight.shape)")
        precondition(rectifierSlope.map { $0 >= 0 } ?? true, "linear: a rectifier slope must not be negative, got \(rectifierSlope!)")
        let rows = Shape.count(Array(x.shape.dropLast()))
        let out = NDArray(uninitializedShape: Array(x.shape.dropLast()) + [outFeatures])
        let pb = bias.storage.pointer, po = out.storage.pointer
        if rows == 0 || outFeatures == 0 { return out }
        if inFeatures == 0 {
            po.update(repeating: 0, count: rows * outFeatures)
        } else {
            DNNL.sgemm(
                transposeA: false, transposeB: true, m: rows, n: outFeatures, k: inFeatures, alpha: 1,
                a: x.storage.pointer, lda: inFeatures, b: weight.storage.pointer, ldb: inFeatures, beta: 0, c: po, ldc: outFeatures)
        }
        Parallel.forEachChunk(rows, costPerElement: outFeatures) { range in
            for r in range {
                let row = po + r * outFeatures
                switch rectifierSlope {
                case nil: for c in 0..<outFeatures { row[c] += pb[c] }
                case 0?:
                    for c in 0..<outFeatures {
                        let value = row[c] + pb[c]
                        row[c] = value > 0 ? value : 0
                    }
                case let slope?:
                    for c in 0..<outFeatures {
                        let value = row[c] + pb[c]
                        row[c] = value > 0 ? value : value * slope
                    }
                }
            }
        }
        return out
    }
}
