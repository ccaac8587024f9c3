import SwiftGANAutograd
import SwiftGANKernels
import SwiftGANNN

/// A small VGG-style network trained to tell which bundled training photo a
/// 32-pixel patch comes from (`PhotoTextureRecipe`): its layers respond to
/// the photos' textures and edges, which makes them a stand-in for VGG19
/// in perceptual losses when torchvision's weights are not at hand. Three
/// blocks of two 3x3 convolutions (32, 64, 128 features) with ReLU and
/// 2x2 max pooling, global average pooling and a linear classifier. Layers
/// are named as VGG's (`conv1_1`, `relu1_1`, ..., `relu3_2`, `pool3`).
public final class PhotoTextureNetwork: Module, LayeredFeatureNetwork {
    public static let widths = [32, 64, 128]
    public let convolutions: [Conv2d]
    public let classifier: Linear

    public var name: String { "photo_texture_standin" }

    public init(classes: Int, generator rng: inout RandomGenerator) {
        var convolutions: [Conv2d] = [], channels = 3
        for width in Self.widths {
            for _ in 0..<2 {
                convolutions.append(Conv2d(channels, width, kernel: 3, padding: 1, generator: &rng))
                channels = width
            }
        }
        self.convolutions = convolutions
        classifier = Linear(channels, classes, generator: &rng)
    }

    /// Every layer name, in order.
    public static var layerNames: [String] {
        widths.indices.flatMap { b in (1...2).flatMap { ["conv\(b + 1)_\($0)", "relu\(b + 1)_\($0)"] } + ["pool\(b + 1)"] }
    }

    public func activations(_ x: Tensor, at layers: [String]) -> [String: Tensor] {
        let names = Self.layerNames
        for layer in layers { precondition(names.contains(layer), "PhotoTextureNetwork: no layer \(layer); the layers are \(names.joined(separator: ", "))") }
        var found: [String: Tensor] = [:]
        _ = run(x, keeping: Set(layers), into: &found)
        return found
    }

    /// The class logits `[N, classes]` of images in [0, 1].
    public func logits(_ x: Tensor) -> Tensor {
        var unused: [String: Tensor] = [:]
        let pooled = run(x, keeping: [], into: &unused)
        return classifier(pooled.mean(axes: [2, 3]))
    }

    /// The last pooling's output, recording the layers in `keeping` along the way.
    private func run(_ x: Tensor, keeping: Set<String>, into found: inout [String: Tensor]) -> Tensor {
        precondition(x.shape.count == 4 && x.shape[1] == 3, "PhotoTextureNetwork: expected RGB images [N, 3, H, W], got \(x.shape)")
        var h = x * 2 - 1
        for block in 0..<Self.widths.count {
            for i in 0..<2 {
                h = convolutions[2 * block + i](h)
                if keeping.contains("conv\(block + 1)_\(i + 1)") { found["conv\(block + 1)_\(i + 1)"] = h }
                h = h.relu()
                if keeping.contains("relu\(block + 1)_\(i + 1)") { found["relu\(block + 1)_\(i + 1)"] = h }
            }
            h = h.maxPool2d(kernel: (2, 2))
            if keeping.contains("pool\(block + 1)") { found["pool\(block + 1)"] = h }
        }
        return h
    }
}
