import Foundation
import SwiftGANAutograd
import SwiftGANKernels
import SwiftGANNN

/// The convolutional part of VGG19 (Simonyan and Zisserman) as torchvision
/// builds it (`vgg19().features`), the feature network of perceptual and
/// style losses: sixteen 3x3 convolutions in five blocks (64, 128, 256, 512,
/// 512 features; 2, 2, 4, 4, 4 convolutions) with ReLU, each block but the
/// last ending in 2x2 max pooling. Layers are named as BasicSR names them
/// (`conv1_1`, `relu1_1`, ..., `conv5_4`, `relu5_4`, `pool1`, ...). Its
/// state loads from torchvision's keys (`features.0.weight`, ...), written
/// to safetensors by `scripts/convert_vgg19_weights.py`.
public final class VGG19Features: Module, LayeredFeatureNetwork {
    public var name: String { "vgg19" }
    /// The blocks' convolution counts and widths.
    public static let blocks: [(convolutions: Int, width: Int)] = [(2, 64), (2, 128), (4, 256), (4, 512), (4, 512)]
    /// ImageNet's per-channel mean and deviation, which the weights expect of [0, 1] inputs.
    public static let mean: [Float] = [0.485, 0.456, 0.406], deviation: [Float] = [0.229, 0.224, 0.225]

    /// The convolutions, in order, with their torchvision indices in `features`.
    public let convolutions: [Conv2d]
    public let torchvisionIndices: [Int]

    public init(generator rng: inout RandomGenerator) {
        var convolutions: [Conv2d] = [], indices: [Int] = []
        var (channels, index) = (3, 0)
        for block in Self.blocks {
            for _ in 0..<block.convolutions {
                convolutions.append(Conv2d(channels, block.width, kernel: 3, padding: 1, generator: &rng))
                indices.append(index)
                (channels, index) = (block.width, index + 2)
            }
            index += 1
        }
        (self.convolutions, self.torchvisionIndices) = (convolutions, indices)
    }

    /// Every layer name, in order.
    public static var layerNames: [String] {
        blocks.enumerated().flatMap { b, block -> [String] in
            (1...block.convolutions).flatMap { ["conv\(b + 1)_\($0)", "relu\(b + 1)_\($0)"] } + ["pool\(b + 1)"]
        }
    }

    /// The activations of `layers` for images `x` `[N, 3, H, W]` in [0, 1]
    /// (normalized by ImageNet's statistics first), computed only as deep as
    /// the deepest layer asked for, and differentiable in `x`.
    public func activations(_ x: Tensor, at layers: [String]) -> [String: Tensor] {
        let names = Self.layerNames
        let wanted = Set(layers)
        for layer in layers { precondition(names.contains(layer), "VGG19Features: no layer \(layer); the layers are \(names.joined(separator: ", "))") }
        precondition(x.shape.count == 4 && x.shape[1] == 3, "VGG19Features: expected RGB images [N, 3, H, W], got \(x.shape)")
        let last = layers.map { names.firstIndex(of: $0)! }.max() ?? -1
        let mean = Tensor(NDArray(Self.mean, shape: [1, 3, 1, 1])), deviation = Tensor(NDArray(Self.deviation, shape: [1, 3, 1, 1]))
        var h = (x - mean) / deviation
        var found: [String: Tensor] = [:], position = 0, convolution = 0
        for block in Self.blocks {
            for _ in 0..<block.convolutions {
                guard position <= last else { return found }
                h = convolutions[convolution](h)
                convolution += 1
                if wanted.contains(names[position]) { found[names[position]] = h }
                h = h.relu()
                if wanted.contains(names[position + 1]) { found[names[position + 1]] = h }
                position += 2
            }
            guard position <= last else { return found }
            h = h.maxPool2d(kernel: (2, 2))
            if wanted.contains(names[position]) { found[names[position]] = h }
            position += 1
        }
        return found
    }

    /// Loads torchvision's `features.N.weight` and `features.N.bias` from `state`, checking every shape.
    public func loadTorchvision(_ state: StateDict) throws {
        let own = namedParameters().map(\.0)
        var entries: [(String, NDArray)] = []
        for (number, index) in torchvisionIndices.enumerated() {
            for (offset, name) in ["weight", "bias"].enumerated() {
                let key = "features.\(index).\(name)"
                guard let value = state[key] else { throw MetricError("VGG19 weights: no \(key); convert torchvision's vgg19 with scripts/convert_vgg19_weights.py") }
                entries.append((own[2 * number + offset], value))
            }
        }
        if let mismatch = self.mismatch(with: StateDict(entries)) { throw MetricError("VGG19 weights: \(mismatch)") }
        try load(StateDict(entries))
    }

    /// VGG19 with the weights of a safetensors file from `scripts/convert_vgg19_weights.py`.
    public static func converted(at url: URL) throws -> VGG19Features {
        let file: SafetensorsFile
        do { file = try SafetensorsFile(contentsOf: url) } catch { throw MetricError("\(url.path): \(error)") }
        var random = RandomGenerator(seed: 0)
        let network = VGG19Features(generator: &random)
        do { try network.loadTorchvision(StateDict(file)) } catch { throw MetricError("\(url.path): \(error)") }
        return network
    }
}
