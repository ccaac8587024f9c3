/// The backbones of LPIPS (Zhang et al. 2018) as torchvision builds their
/// `features`: the layers in order, and the ReLU outputs LPIPS compares.
public enum LPIPSBackbone: String, Sendable, CaseIterable {
    /// VGG16: thirteen 3x3 convolutions in five blocks (64, 128, 256, 512,
    /// 512), 2x2 max pooling between; compared at relu1_2, relu2_2, relu3_3, relu4_3, relu5_3.
    case vgg
    /// AlexNet: convolutions of 11 (stride 4), 5, 3, 3, 3 with 3x3 max
    /// pooling of stride 2 after the first, second and fifth; compared after each ReLU.
    case alex

    /// One layer of `features`.
    public enum Layer: Sendable, Equatable {
        case convolution(input: Int, output: Int, kernel: Int, stride: Int, padding: Int)
        case relu(compared: Bool)
        case maxPool(kernel: Int, stride: Int)
    }

    /// The layers of `features`, whose index is the torchvision index.
    public var layers: [Layer] {
        switch self {
        case .vgg:
            var layers: [Layer] = [], channels = 3
            for (count, width) in [(2, 64), (2, 128), (3, 256), (3, 512), (3, 512)] {
                for i in 0..<count {
                    layers += [.convolution(input: channels, output: width, kernel: 3, stride: 1, padding: 1), .relu(compared: i == count - 1)]
                    channels = width
                }
                layers.append(.maxPool(kernel: 2, stride: 2))
            }
            return Array(layers.dropLast())
        case .alex:
            return [
                .convolution(input: 3, output: 64, kernel: 11, stride: 4, padding: 2), .relu(compared: true), .maxPool(kernel: 3, stride: 2),
                .convolution(input: 64, output: 192, kernel: 5, stride: 1, padding: 2), .relu(compared: true), .maxPool(kernel: 3, stride: 2),
                .convolution(input: 192, output: 384, kernel: 3, stride: 1, padding: 1), .relu(compared: true),
                .convolution(input: 384, output: 256, kernel: 3, stride: 1, padding: 1), .relu(compared: true),
                .convolution(input: 256, output: 256, kernel: 3, stride: 1, padding: 1), .relu(compared: true),
            ]
        }
    }

    /// The channels of each compared layer, in order.
    public var comparedChannels: [Int] {
        var channels = 0, compared: [Int] = []
        for layer in layers {
            if case let .convolution(_, output, _, _, _) = layer { channels = output }
            if case .relu(true) = layer { compared.append(channels) }
        }
        return compared
    }
}
