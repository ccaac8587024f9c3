/// 2-D pooling as two 1-D passes over each plane, rows then columns: the
/// window reductions (max, sum) are separable, so each output costs
/// `kernelH + kernelW` reads instead of `kernelH * kernelW`.
enum SeparablePooling {
    /// The input range `lo..<hi` that window `o` covers along one axis, clipped to the input.
    @inline(__always)
    static func window(_ o: Int, stride: Int, padding: Int, kernel: Int, extent: Int) -> Range<Int> {
        let start = o * stride - padding
        return max(start, 0)..<min(start + kernel, extent)
    }

    /// Reduces every window of `input` (`[N, C, H, W]`) into `output` with
    /// `R` (generic, so the reduction is inlined), times `scale`; padding contributes nothing.
    static func reduce<R: PoolingReduction>(_ input: NDArray, _ geometry: PoolingGeometry, into output: NDArray, _: R.Type, scale: Float = 1) {
        let initial = R.initial
        let (h, w, oh, ow) = (input.shape[2], input.shape[3], output.shape[2], output.shape[3])
        let src = input.storage.pointer, dst = output.storage.pointer
        let columns = (0..<ow).map { window($0, stride: geometry.strideW, padding: geometry.paddingW, kernel: geometry.kernelW, extent: w) }
        let rows = (0..<oh).map { window($0, stride: geometry.strideH, padding: geometry.paddingH, kernel: geometry.kernelH, extent: h) }
        Parallel.forEachChunk(input.shape[0] * input.shape[1], costPerElement: h * w) { planes in
            let across = UnsafeMutablePointer<Float>.allocate(capacity: h * ow)
            defer { across.deallocate() }
            for p in planes {
                let s = src + p * h * w, d = dst + p * oh * ow
                for y in 0..<h {
                    let row = s + y * w, target = across + y * ow
                    for x in 0..<ow {
                        var value = initial
                        for ix in columns[x] { value = R.combine(value, row[ix]) }
                        target[x] = value
                    }
                }
                for y in 0..<oh {
                    let target = d + y * ow
                    for x in 0..<ow { target[x] = initial }
                    for iy in rows[y] {
                        let source = across + iy * ow
                        for x in 0..<ow { target[x] = R.combine(target[x], source[x]) }
                    }
                    if scale != 1 { for x in 0..<ow { target[x] *= scale } }
                }
            }
        }
    }
}

/// A window reduction of `SeparablePooling`.
protocol PoolingReduction {
    static var initial: Float { get }
    static func combine(_ a: Float, _ b: Float) -> Float
}

/// The largest value; NaN wins, as in PyTorch.
struct MaximumReduction: PoolingReduction {
    static var initial: Float { -.infinity }
    @inline(__always) static func combine(_ a: Float, _ b: Float) -> Float { b > a || b.isNaN ? b : a }
}

/// The sum.
struct SumReduction: PoolingReduction {
    static var initial: Float { 0 }
    @inline(__always) static func combine(_ a: Float, _ b: Float) -> Float { a + b }
}
