/// Geometry of a 2-D convolution in PyTorch's terms: input `[N, C, H, W]`,
/// weight `[outChannels, C / groups, kH, kW]`, symmetric zero padding.
public struct ConvolutionGeometry: Hashable, Sendable, CustomStringConvertible {
    /// Step between windows along height and width.
    public var strideH: Int, strideW: Int
    /// Zeros added on each side along height and width.
    public var paddingH: Int, paddingW: Int
    /// Spacing between kernel taps along height and width (1: dense).
    public var dilationH: Int, dilationW: Int
    /// Channel groups convolved separately.
    public var groups: Int

    /// A geometry; square values may be given once.
    public init(stride: (Int, Int) = (1, 1), padding: (Int, Int) = (0, 0), dilation: (Int, Int) = (1, 1), groups: Int = 1) {
        (strideH, strideW) = stride
        (paddingH, paddingW) = padding
        (dilationH, dilationW) = dilation
        self.groups = groups
        precondition(strideH > 0 && strideW > 0, "conv2d: stride \(stride) must be positive")
        precondition(paddingH >= 0 && paddingW >= 0, "conv2d: padding \(padding) must not be negative")
        precondition(dilationH > 0 && dilationW > 0, "conv2d: dilation \(dilation) must be positive")
        precondition(groups > 0, "conv2d: groups \(groups) must be positive")
    }

    /// The geometry as PyTorch would print its arguments.
    public var description: String {
        "stride (\(strideH), \(strideW)), padding (\(paddingH), \(paddingW)), dilation (\(dilationH), \(dilationW)), groups \(groups)"
    }

    /// Output extent of a convolution along one axis.
    public static func convolvedSize(_ input: Int, kernel: Int, stride: Int, padding: Int, dilation: Int) -> Int {
        let span = dilation * (kernel - 1) + 1
        let padded = input + 2 * padding
        return padded < span ? 0 : (padded - span) / stride + 1
    }

    /// The output `[N, outChannels, H', W']` of convolving `input` with `weight`, or a
    /// precondition failure that names the shapes.
    public func outputShape(input: [Int], weight: [Int], op: String = "conv2d") -> [Int] {
        precondition(input.count == 4, "\(op): input must be [N, C, H, W], got \(input)")
        precondition(weight.count == 4, "\(op): weight must be [out, in / groups, kH, kW], got \(weight)")
        precondition(
            input[1] == weight[1] * groups && weight[0] % groups == 0,
            "\(op): input \(input) with \(input[1]) channels does not fit weight \(weight) with groups \(groups)")
        let h = Self.convolvedSize(input[2], kernel: weight[2], stride: strideH, padding: paddingH, dilation: dilationH)
        let w = Self.convolvedSize(input[3], kernel: weight[3], stride: strideW, padding: paddingW, dilation: dilationW)
        precondition(
            h > 0 && w > 0,
            "\(op): kernel \(weight[2])x\(weight[3]) with \(description) does not fit input \(input)")
        return [input[0], weight[0], h, w]
    }
}
