/// Summation loops over a `[outer, reduced, inner]` layout.
enum Reduction {
    static func sum(_ layout: ReductionLayout, into dst: UnsafeMutablePointer<Float>) {
        let src = layout.source.storage.pointer
        let (outer, reduced, inner) = (layout.outer, layout.reduced, layout.inner)
        if inner == 1 && outer == 1 {
            dst[0] = parallelSum(src, count: reduced)
            return
        }
        if inner == 1 {
            Parallel.forEachChunk(outer, costPerElement: reduced) { rows in
                for o in rows { dst[o] = contiguousSum(src + o * reduced, count: reduced) }
            }
            return
        }
        let blocks = (inner + columnBlock - 1) / columnBlock
        Parallel.forEachChunk(outer * blocks, costPerElement: reduced * columnBlock) { tasks in
            for task in tasks {
                let (o, block) = task.quotientAndRemainder(dividingBy: blocks)
                let base = src + o * reduced * inner + block * columnBlock
                columnSums(base, stride: inner, rows: reduced, columns: Swift.min(columnBlock, inner - block * columnBlock), into: dst + o * inner + block * columnBlock)
            }
        }
    }

    /// Columns summed together, in registers, on one pass down the rows.
    static let columnBlock = 16

    /// `dst[c] = Σ_r base[r * stride + c]` for `c < columns` (at most `columnBlock`),
    /// each column added in row order.
    @inline(__always)
    static func columnSums(_ base: UnsafePointer<Float>, stride: Int, rows: Int, columns: Int, into dst: UnsafeMutablePointer<Float>) {
        if columns == columnBlock {
            var acc = SIMD16<Float>()
            let raw = UnsafeRawPointer(base)
            for r in 0..<rows { acc += raw.loadUnaligned(fromByteOffset: r * stride * 4, as: SIMD16<Float>.self) }
            UnsafeMutableRawPointer(dst).storeBytes(of: acc, as: SIMD16<Float>.self)
            return
        }
        for c in 0..<columns { dst[c] = 0 }
        for r in 0..<rows {
            let row = base + r * stride
            for c in 0..<columns { dst[c] += row[c] }
        }
    }

    /// Elements per block of a long sum; blocks are fixed so the result does not depend on the thread count.
    static let blockLength = 16_384

    /// Sum of a long contiguous run: block sums (in parallel), then added in order.
    static func parallelSum(_ p: UnsafePointer<Float>, count: Int) -> Float {
        let blocks = (count + blockLength - 1) / blockLength
        if blocks <= 1 { return contiguousSum(p, count: count) }
        let partial = UnsafeMutablePointer<Float>.allocate(capacity: blocks)
        defer { partial.deallocate() }
        Parallel.forEachChunk(blocks, costPerElement: blockLength) { range in
            for b in range {
                let start = b * blockLength
                partial[b] = contiguousSum(p + start, count: Swift.min(blockLength, count - start))
            }
        }
        var total: Float = 0
        for b in 0..<blocks { total += partial[b] }
        return total
    }

    /// Sum of a contiguous run with 16-wide vector accumulators (pairwise-like accuracy).
    @inline(__always)
    static func contiguousSum(_ p: UnsafePointer<Float>, count: Int) -> Float {
        var acc0 = SIMD16<Float>(), acc1 = SIMD16<Float>()
        var i = 0
        let raw = UnsafeRawPointer(p)
        while i + 32 <= count {
            acc0 += raw.loadUnaligned(fromByteOffset: i * 4, as: SIMD16<Float>.self)
            acc1 += raw.loadUnaligned(fromByteOffset: (i + 16) * 4, as: SIMD16<Float>.self)
            i += 32
        }
        var total = (acc0 + acc1).sum()
        while i < count { total += p[i]; i += 1 }
        return total
    }
}
