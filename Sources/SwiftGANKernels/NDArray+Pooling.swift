extension NDArray {
    /// Average pooling; padded zeros count in the divisor (PyTorch's default).
    public func averagePool2d(_ geometry: PoolingGeometry) -> NDArray {
        let out = NDArray(uninitializedShape: geometry.outputShape(shape, op: "avgPool2d"))
        SeparablePooling.reduce(self, geometry, into: out, SumReduction.self, scale: 1 / Float(geometry.kernelH * geometry.kernelW))
        return out
    }

    /// Max pooling's values (padding never wins, NaN propagates), without the
    /// indices a gradient needs: the inference path.
    public func maxPool2d(_ geometry: PoolingGeometry) -> NDArray {
        let out = NDArray(uninitializedShape: geometry.outputShape(shape, op: "maxPool2d"))
        SeparablePooling.reduce(self, geometry, into: out, MaximumReduction.self)
        return out
    }

    /// The adjoint of `averagePool2d`: this output gradient spread back over `inputShape`.
    public func averagePool2dBackward(_ geometry: PoolingGeometry, inputShape: [Int]) -> NDArray {
        let expected = geometry.outputShape(inputShape, op: "avgPool2dBackward")
        precondition(expected == shape, "avgPool2dBackward: gradient \(shape) does not match output \(expected)")
        let scale = 1 / Float(geometry.kernelH * geometry.kernelW)
        if tilesExactly(geometry, inputShape: inputShape) {
            return upsampledNearest(scaleH: geometry.kernelH, scaleW: geometry.kernelW, times: scale)
        }
        let out = NDArray(zeros: inputShape)
        let (h, w, oh, ow) = (inputShape[2], inputShape[3], shape[2], shape[3])
        let src = storage.pointer, dst = out.storage.pointer
        Parallel.forEachChunk(shape[0] * shape[1], costPerElement: h * w) { planes in
            for p in planes {
                let g = src + p * oh * ow, d = dst + p * h * w
                geometry.forEachTap(inputH: h, inputW: w, outputH: oh, outputW: ow) { o, i in d[i] += g[o] * scale }
            }
        }
        return out
    }

    /// For max pooling: the index within its `H * W` plane of each window's
    /// maximum, shaped `[N, C, H', W']` (padding never wins).
    public func maxPool2dIndices(_ geometry: PoolingGeometry) -> NDArray {
        let outShape = geometry.outputShape(shape, op: "maxPool2d")
        let best = NDArray(repeating: -.infinity, shape: outShape)
        let out = NDArray(repeating: -1, shape: outShape)
        let (h, w, oh, ow) = (shape[2], shape[3], outShape[2], outShape[3])
        let src = storage.pointer, values = best.storage.pointer, dst = out.storage.pointer
        Parallel.forEachChunk(shape[0] * shape[1], costPerElement: h * w) { planes in
            for p in planes {
                let s = src + p * h * w, v = values + p * oh * ow, d = dst + p * oh * ow
                geometry.forEachTap(inputH: h, inputW: w, outputH: oh, outputW: ow) { o, i in
                    if s[i] > v[o] || d[o] < 0 || s[i].isNaN { v[o] = s[i]; d[o] = Float(i) }
                }
            }
        }
        return out
    }
}
