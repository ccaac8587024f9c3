import SwiftGANKernels

extension Tensor {
    /// Nearest-neighbour resampling of `[N, C, H, W]` to `size` (PyTorch's `nearest`).
    public func upsampleNearest(size: (Int, Int)) -> Tensor {
        precondition(rank == 4 && size.0 > 0 && size.1 > 0, "upsampleNearest: input \(shape) to size \(size)")
        let (h, w) = (shape[2], shape[3])
        if h > 0 && w > 0 && size.0 % h == 0 && size.1 % w == 0 { return upsampleNearest(wholeFactors: (size.0 / h, size.1 / w)) }
        let rows = (0..<size.0).map { Swift.min(Int(Double($0) * Double(h) / Double(size.0)), h - 1) }
        let columns = (0..<size.1).map { Swift.min(Int(Double($0) * Double(w) / Double(size.1)), w - 1) }
        return indexSelect(axis: 2, rows).indexSelect(axis: 3, columns)
    }

    /// Nearest-neighbour upsampling by an integer factor.
    public func upsampleNearest(scale: Int) -> Tensor {
        upsampleNearest(size: (shape[2] * scale, shape[3] * scale))
    }

    /// Each element repeated into a block of `factors`; the gradient sums each block (an average pool times its size).
    private func upsampleNearest(wholeFactors factors: (Int, Int)) -> Tensor {
        if factors == (1, 1) { return self }
        let out = value.upsampledNearest(scaleH: factors.0, scaleW: factors.1)
        return Tensor.record(out, operation: "upsampleNearest", inputs: [self]) { g, _ in
            [g.avgPool2d(kernel: factors) * Float(factors.0 * factors.1)]
        }
    }

    /// Bilinear resampling of `[N, C, H, W]` to `size`, as PyTorch's `bilinear`
    /// with or without `alignCorners`: two matrix products with interpolation matrices.
    public func upsampleBilinear(size: (Int, Int), alignCorners: Bool = false) -> Tensor {
        precondition(rank == 4 && size.0 > 0 && size.1 > 0, "upsampleBilinear: input \(shape) to size \(size)")
        let rows = Tensor(Self.interpolationMatrix(from: shape[2], to: size.0, alignCorners: alignCorners))
        let columns = Tensor(Self.interpolationMatrix(from: shape[3], to: size.1, alignCorners: alignCorners))
        let widened = Tensor.matmul(self, columns, transposeA: false, transposeB: true)  // [N, C, H, W']
        return Tensor.matmul(rows, widened)  // [N, C, H', W']
    }

    /// `[N, C·r², H, W]` to `[N, C, H·r, W·r]`.
    public func pixelShuffle(_ r: Int) -> Tensor {
        precondition(r > 0 && rank == 4 && shape[1] % (r * r) == 0, "pixelShuffle: channels of \(shape) not divisible by \(r) * \(r)")
        let (n, c, h, w) = (shape[0], shape[1] / (r * r), shape[2], shape[3])
        return reshape([n, c, r, r, h, w]).permute([0, 1, 4, 2, 5, 3]).reshape([n, c, h * r, w * r])
    }

    /// `[N, C, H·r, W·r]` to `[N, C·r², H, W]`.
    public func pixelUnshuffle(_ r: Int) -> Tensor {
        precondition(r > 0 && rank == 4 && shape[2] % r == 0 && shape[3] % r == 0, "pixelUnshuffle: \(shape) not divisible by \(r)")
        let (n, c, h, w) = (shape[0], shape[1], shape[2] / r, shape[3] / r)
        return reshape([n, c, h, r, w, r]).permute([0, 1, 3, 5, 2, 4]).reshape([n, c * r * r, h, w])
    }

    /// The `[out, in]` matrix of 1-D linear interpolation weights.
    static func interpolationMatrix(from input: Int, to output: Int, alignCorners: Bool) -> NDArray {
        var weights = [Float](repeating: 0, count: output * input)
        for o in 0..<output {
            let source: Double
            if alignCorners {
                source = output > 1 ? Double(o) * Double(input - 1) / Double(output - 1) : 0
            } else {
                source = Swift.max((Double(o) + 0.5) * Double(input) / Double(output) - 0.5, 0)
            }
            let i0 = Swift.min(Int(source), input - 1)
            let i1 = Swift.min(i0 + 1, input - 1)
            let t = Float(source - Double(i0))
            weights[o * input + i0] += 1 - t
            weights[o * input + i1] += t
        }
        return NDArray(weights, shape: [output, input])
    }
}
