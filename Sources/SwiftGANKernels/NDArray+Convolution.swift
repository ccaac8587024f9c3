extension NDArray {
    /// 2-D convolution (cross-correlation, as PyTorch) of `input [N, C, H, W]` with
    /// `weight [out, C / groups, kH, kW]`; no bias.
    public static func conv2d(_ input: NDArray, _ weight: NDArray, geometry: ConvolutionGeometry) -> NDArray {
        let outShape = geometry.outputShape(input: input.shape, weight: weight.shape)
        let out = NDArray(uninitializedShape: outShape)
        let key = ConvolutionKey(pass: .forward, input: input.shape, weight: weight.shape, output: outShape, geometry: geometry)
        DNNL.shared.convolve(key, input, weight, into: out)
        return out
    }

    /// The input gradient of `conv2d`: `gradOutput` convolved back to `inputShape`.
    /// This is the transposed convolution of `gradOutput` with `weight`.
    public static func conv2dBackwardData(
        _ gradOutput: NDArray, _ weight: NDArray, inputShape: [Int], geometry: ConvolutionGeometry
    ) -> NDArray {
        let expected = geometry.outputShape(input: inputShape, weight: weight.shape, op: "conv2dBackwardData")
        precondition(
            expected == gradOutput.shape,
            "conv2dBackwardData: gradient \(gradOutput.shape) does not match output \(expected) of input \(inputShape) and weight \(weight.shape)")
        let out = NDArray(uninitializedShape: inputShape)
        let key = ConvolutionKey(pass: .backwardData, input: inputShape, weight: weight.shape, output: gradOutput.shape, geometry: geometry)
        DNNL.shared.convolve(key, gradOutput, weight, into: out)
        return out
    }

    /// The weight gradient of `conv2d` for `input` and `gradOutput`.
    public static func conv2dBackwardWeights(
        _ input: NDArray, _ gradOutput: NDArray, weightShape: [Int], geometry: ConvolutionGeometry
    ) -> NDArray {
        let expected = geometry.outputShape(input: input.shape, weight: weightShape, op: "conv2dBackwardWeights")
        precondition(
            expected == gradOutput.shape,
            "conv2dBackwardWeights: gradient \(gradOutput.shape) does not match output \(expected) of input \(input.shape) and weight \(weightShape)")
        let out = NDArray(uninitializedShape: weightShape)
        let key = ConvolutionKey(pass: .backwardWeights, input: input.shape, weight: weightShape, output: gradOutput.shape, geometry: geometry)
        DNNL.shared.convolve(key, input, gradOutput, into: out)
        return out
    }
}
