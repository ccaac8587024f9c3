import SwiftGANAutograd
import SwiftGANKernels
import SwiftGANNN

/// ESRGAN's residual dense block (Wang et al.): five 3x3 convolutions, each
/// reading the block's input and every earlier convolution's output
/// (`growth` features each, leaky ReLU 0.2 after all but the last), the
/// last back to `width` features, scaled by 0.2 and added to the input.
public final class ResidualDenseBlock: Module, Layer {
    public let convolutions: [Conv2d]

    public init(width: Int, growth: Int, generator rng: inout RandomGenerator) {
        convolutions = (0..<5).map { i in
            RestorationNetworks.conv(width + i * growth, i == 4 ? width : growth, 3, &rng)
        }
    }

    override public var treatsSamplesIndependently: Bool { true }

    public func callAsFunction(_ x: Tensor) -> Tensor {
        var features = [x]
        for (i, convolution) in convolutions.enumerated() {
            let out = convolution(Tensor.concat(features, axis: 1))
            if i == 4 { return x + out * 0.2 }
            features.append(out.leakyRelu(slope: 0.2))
        }
        preconditionFailure("ResidualDenseBlock: five convolutions")
    }
}
