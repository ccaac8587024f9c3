import SwiftGANKernels

extension Tensor {
    /// 2-D convolution of `input [N, C, H, W]` with `weight [out, C / groups, kH, kW]`
    /// and an optional `bias [out]`, as PyTorch's `conv2d`.
    public static func conv2d(
        _ input: Tensor, weight: Tensor, bias: Tensor? = nil,
        stride: (Int, Int) = (1, 1), padding: (Int, Int) = (0, 0), dilation: (Int, Int) = (1, 1), groups: Int = 1
    ) -> Tensor {
        let geometry = ConvolutionGeometry(stride: stride, padding: padding, dilation: dilation, groups: groups)
        let y = convolution(input, weight, geometry)
        checkBias(bias, channels: weight.shape[0], op: "conv2d")
        return bias.map { y + $0.reshape([1, -1, 1, 1]) } ?? y
    }

    /// Transposed 2-D convolution of `input [N, C, H, W]` with `weight [C, out / groups, kH, kW]`,
    /// as PyTorch's `conv_transpose2d`: the input gradient of the matching `conv2d`.
    public static func convTranspose2d(
        _ input: Tensor, weight: Tensor, bias: Tensor? = nil,
        stride: (Int, Int) = (1, 1), padding: (Int, Int) = (0, 0), outputPadding: (Int, Int) = (0, 0),
        dilation: (Int, Int) = (1, 1), groups: Int = 1
    ) -> Tensor {
        precondition(input.rank == 4 && weight.rank == 4, "convTranspose2d: input \(input.shape) and weight \(weight.shape) must be 4-D")
        precondition(
            input.shape[1] == weight.shape[0],
            "convTranspose2d: input \(input.shape) has \(input.shape[1]) channels, weight \(weight.shape) expects \(weight.shape[0])")
        precondition(
            outputPadding.0 >= 0 && outputPadding.1 >= 0 && outputPadding.0 < stride.0 && outputPadding.1 < stride.1,
            "convTranspose2d: output padding \(outputPadding) must be smaller than stride \(stride) (PyTorch also allows up to the dilation; SwiftGAN does not)")
        let geometry = ConvolutionGeometry(stride: stride, padding: padding, dilation: dilation, groups: groups)
        let h = (input.shape[2] - 1) * stride.0 - 2 * padding.0 + dilation.0 * (weight.shape[2] - 1) + outputPadding.0 + 1
        let w = (input.shape[3] - 1) * stride.1 - 2 * padding.1 + dilation.1 * (weight.shape[3] - 1) + outputPadding.1 + 1
        precondition(h > 0 && w > 0, "convTranspose2d: input \(input.shape) with weight \(weight.shape) and \(geometry) gives an empty output")
        let outShape = [input.shape[0], weight.shape[1] * groups, h, w]
        checkBias(bias, channels: outShape[1], op: "convTranspose2d")
        let y = convolutionBackwardData(input, weight, inputShape: outShape, geometry)
        return bias.map { y + $0.reshape([1, -1, 1, 1]) } ?? y
    }

    private static func checkBias(_ bias: Tensor?, channels: Int, op: String) {
        precondition(bias == nil || bias!.shape == [channels], "\(op): bias \(bias!.shape) does not match \(channels) output channels")
    }

    /// The convolution primitive; its gradients are the two other primitives below.
    static func convolution(_ x: Tensor, _ w: Tensor, _ geometry: ConvolutionGeometry) -> Tensor {
        record(NDArray.conv2d(x.value, w.value, geometry: geometry), operation: "conv2d", inputs: [x, w]) { g, needed in
            [
                needed[0] ? convolutionBackwardData(g, w, inputShape: x.shape, geometry) : nil,
                needed[1] ? convolutionBackwardWeights(x, g, weightShape: w.shape, geometry) : nil,
            ]
        }
    }

    /// The input gradient of `convolution` (a transposed convolution), differentiable in both arguments.
    static func convolutionBackwardData(_ gy: Tensor, _ w: Tensor, inputShape: [Int], _ geometry: ConvolutionGeometry) -> Tensor {
        let out = NDArray.conv2dBackwardData(gy.value, w.value, inputShape: inputShape, geometry: geometry)
        return record(out, operation: "conv2dBackwardData", inputs: [gy, w]) { g, needed in
            [
                needed[0] ? convolution(g, w, geometry) : nil,
                needed[1] ? convolutionBackwardWeights(g, gy, weightShape: w.shape, geometry) : nil,
            ]
        }
    }

    /// The weight gradient of `convolution`, differentiable in both arguments.
    static func convolutionBackwardWeights(_ x: Tensor, _ gy: Tensor, weightShape: [Int], _ geometry: ConvolutionGeometry) -> Tensor {
        let out = NDArray.conv2dBackwardWeights(x.value, gy.value, weightShape: weightShape, geometry: geometry)
        return record(out, operation: "conv2dBackwardWeights", inputs: [x, gy]) { g, needed in
            [
                needed[0] ? convolutionBackwardData(gy, g, inputShape: x.shape, geometry) : nil,
                needed[1] ? convolution(x, g, geometry) : nil,
            ]
        }
    }
}
