extension NDArray {
    /// Nearest-neighbour upsampling of `[N, C, H, W]` by whole factors: each
    /// element (times `factor`) repeated into a `scaleH × scaleW` block, row by row.
    public func upsampledNearest(scaleH: Int, scaleW: Int, times factor: Float = 1) -> NDArray {
        precondition(rank == 4 && scaleH > 0 && scaleW > 0, "upsampleNearest: input \(shape) by \(scaleH)x\(scaleW)")
        let (h, w) = (shape[2], shape[3])
        let (oh, ow) = (h * scaleH, w * scaleW)
        let out = NDArray(uninitializedShape: [shape[0], shape[1], oh, ow])
        guard out.count > 0 else { return out }
        let src = storage.pointer, dst = out.storage.pointer
        Parallel.forEachChunk(shape[0] * shape[1] * h, costPerElement: ow * scaleH) { rows in
            for row in rows {
                let input = src + row * w, first = dst + row * scaleH * ow
                for x in 0..<w {
                    let v = input[x] * factor
                    for k in 0..<scaleW { first[x * scaleW + k] = v }
                }
                for copy in 1..<scaleH { (first + copy * ow).update(from: first, count: ow) }
            }
        }
        return out
    }

    /// Whether `geometry` cuts planes of `inputShape` into disjoint whole windows (stride = kernel, no padding, no remainder).
    func tilesExactly(_ geometry: PoolingGeometry, inputShape: [Int]) -> Bool {
        geometry.strideH == geometry.kernelH && geometry.strideW == geometry.kernelW && geometry.paddingH == 0
            && geometry.paddingW == 0 && inputShape[2] % geometry.kernelH == 0 && inputShape[3] % geometry.kernelW == 0
    }
}
