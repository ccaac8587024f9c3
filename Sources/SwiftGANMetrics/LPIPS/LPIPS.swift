import Foundation
import SwiftGANAutograd
import SwiftGANKernels
import SwiftGANNN

/// LPIPS, the learned perceptual image patch similarity of Zhang et al.
/// (2018): images in [-1, 1] shifted and scaled as the backbone expects
/// (LPIPS's `ScalingLayer`), the backbone's compared activations of both
/// images unit-normalized across channels at each pixel, their squared
/// difference weighted per channel by a learned non-negative 1x1 head,
/// averaged over pixels and summed over layers. Its weights come from a
/// safetensors file written by `scripts/convert_lpips_weights.py`
/// (torchvision's backbone and LPIPS's v0.1 heads); without them there is no LPIPS.
public final class LPIPS: Module {
    public let backbone: LPIPSBackbone
    /// The backbone's convolutions, in order.
    public let convolutions: [Conv2d]
    /// One 1x1 head without bias per compared layer.
    public let heads: [Conv2d]
    /// LPIPS's `ScalingLayer`: `(x - shift) / scale` per channel.
    public static let shift: [Float] = [-0.030, -0.088, -0.188], scale: [Float] = [0.458, 0.448, 0.450]

    /// The network with initial weights drawn from `rng` (to be replaced by loading).
    public init(backbone: LPIPSBackbone, generator rng: inout RandomGenerator) {
        self.backbone = backbone
        convolutions = backbone.layers.compactMap { layer in
            guard case let .convolution(input, output, kernel, stride, padding) = layer else { return nil }
            return Conv2d(input, output, kernel: Int2(kernel, kernel), stride: Int2(stride, stride), padding: Int2(padding, padding), generator: &rng)
        }
        heads = backbone.comparedChannels.map { Conv2d($0, 1, kernel: 1, bias: false, generator: &rng) }
    }

    /// The compared activations of `x` `[N, 3, H, W]` in [-1, 1], in order.
    public func features(_ x: Tensor) -> [Tensor] {
        precondition(x.shape.count == 4 && x.shape[1] == 3, "LPIPS: expected RGB images [N, 3, H, W], got \(x.shape)")
        var h = (x - Tensor(NDArray(Self.shift, shape: [1, 3, 1, 1]))) / Tensor(NDArray(Self.scale, shape: [1, 3, 1, 1]))
        var found: [Tensor] = [], convolution = 0
        for layer in backbone.layers {
            switch layer {
            case .convolution:
                h = convolutions[convolution](h)
                convolution += 1
            case let .relu(compared):
                h = h.relu()
                if compared { found.append(h) }
            case let .maxPool(kernel, stride):
                h = h.maxPool2d(kernel: (kernel, kernel), stride: (stride, stride))
            }
        }
        return found
    }

    /// The distance `[N]` between images `x` and `y` `[N, 3, H, W]` in [-1, 1] (0 for identical images).
    public func distance(_ x: Tensor, _ y: Tensor) -> Tensor {
        precondition(x.shape == y.shape, "LPIPS: images \(x.shape) and \(y.shape) differ in shape")
        let (a, b) = (features(x), features(y))
        func unit(_ f: Tensor) -> Tensor { f / (f.square().sum(axes: [1], keepDims: true).sqrt() + 1e-10) }
        let terms = zip(zip(a, b), heads).map { pair, head in head((unit(pair.0) - unit(pair.1)).square()).mean(axes: [1, 2, 3]) }
        return terms.dropFirst().reduce(terms[0], +)
    }

    /// The state names of a converted file: torchvision's `features.N.weight`
    /// and `.bias`, and LPIPS's `linK.model.1.weight`, in this module's order.
    public var convertedNames: [String] {
        var names: [String] = []
        for (index, layer) in backbone.layers.enumerated() {
            if case .convolution = layer { names += ["features.\(index).weight", "features.\(index).bias"] }
        }
        return names + heads.indices.map { "lin\($0).model.1.weight" }
    }

    /// Loads a converted state (`convertedNames`), checking every name and shape.
    public func loadConverted(_ state: StateDict) throws {
        let own = namedParameters().map(\.0)
        var entries: [(String, NDArray)] = []
        for (name, key) in zip(own, convertedNames) {
            guard let value = state[key] else { throw MetricError("LPIPS weights (\(backbone.rawValue)): no \(key); convert them with scripts/convert_lpips_weights.py") }
            entries.append((name, value))
        }
        if let mismatch = mismatch(with: StateDict(entries)) { throw MetricError("LPIPS weights (\(backbone.rawValue)): \(mismatch)") }
        try load(StateDict(entries))
    }

    /// LPIPS with the weights of a file from `scripts/convert_lpips_weights.py`; its backbone is read from the file's metadata.
    public static func converted(at url: URL) throws -> LPIPS {
        let file: SafetensorsFile
        do { file = try SafetensorsFile(contentsOf: url) } catch { throw MetricError("\(url.path): \(error)") }
        guard let name = file.metadata["network"], let backbone = LPIPSBackbone(rawValue: name) else {
            throw MetricError("\(url.path): not an LPIPS file (its metadata names no network vgg or alex); convert the weights with scripts/convert_lpips_weights.py")
        }
        var random = RandomGenerator(seed: 0)
        let network = LPIPS(backbone: backbone, generator: &random)
        do { try network.loadConverted(StateDict(file)) } catch { throw MetricError("\(url.path): \(error)") }
        for parameter in network.parameters() { parameter.isTrainable = false }
        return network
    }
}
