/// Window, stride and zero padding of a 2-D pooling, as PyTorch's
/// `avg_pool2d` / `max_pool2d` (floor mode).
public struct PoolingGeometry: Hashable, Sendable {
    /// Window height and width.
    public var kernelH: Int, kernelW: Int
    /// Step between windows.
    public var strideH: Int, strideW: Int
    /// Implicit padding on each side (never selected by max pooling, counted as zeros by average pooling).
    public var paddingH: Int, paddingW: Int

    /// A geometry; the stride defaults to the kernel size.
    public init(kernel: (Int, Int), stride: (Int, Int)? = nil, padding: (Int, Int) = (0, 0)) {
        (kernelH, kernelW) = kernel
        (strideH, strideW) = stride ?? kernel
        (paddingH, paddingW) = padding
        precondition(kernelH > 0 && kernelW > 0 && strideH > 0 && strideW > 0, "pool2d: kernel \(kernel) and stride must be positive")
        precondition(
            paddingH >= 0 && paddingW >= 0 && 2 * paddingH <= kernelH && 2 * paddingW <= kernelW,
            "pool2d: padding \(padding) must be at most half of kernel \(kernel)")
    }

    /// `[N, C, H', W']` for `input`, or a precondition failure naming the shapes.
    public func outputShape(_ input: [Int], op: String) -> [Int] {
        precondition(input.count == 4, "\(op): input must be [N, C, H, W], got \(input)")
        let h = (input[2] + 2 * paddingH - kernelH) / strideH + 1
        let w = (input[3] + 2 * paddingW - kernelW) / strideW + 1
        precondition(
            input[2] + 2 * paddingH >= kernelH && input[3] + 2 * paddingW >= kernelW,
            "\(op): window \(kernelH)x\(kernelW) does not fit input \(input)")
        return [input[0], input[1], h, w]
    }

    /// Calls `body(outputIndex, inputIndex)` for every window position of one plane.
    @inline(__always)
    func forEachTap(inputH: Int, inputW: Int, outputH: Int, outputW: Int, _ body: (Int, Int) -> Void) {
        for oy in 0..<outputH {
            for ox in 0..<outputW {
                for ky in 0..<kernelH {
                    let iy = oy * strideH - paddingH + ky
                    if iy < 0 || iy >= inputH { continue }
                    for kx in 0..<kernelW {
                        let ix = ox * strideW - paddingW + kx
                        if ix < 0 || ix >= inputW { continue }
                        body(oy * outputW + ox, iy * inputW + ix)
                    }
                }
            }
        }
    }
}
