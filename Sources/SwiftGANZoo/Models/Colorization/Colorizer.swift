import Foundation
import SwiftGANAutograd
import SwiftGANData
import SwiftGANKernels
import SwiftGANNN

/// A colorizer (Zhang et al., Iizuka et al., Larsson et al., user-guided):
/// its network predicts a and b from the lightness of a gray image, and the
/// result is that lightness with those colors, converted from Lab to sRGB:
/// the gray's L* is kept exactly. Inference takes gray images `[N, 1, H, W]`
/// in [-1, 1] (neutral grays, as `ColorConversion.lightnessGray` makes
/// them) and gives RGB `[N, 3, H, W]`; a user-guided network also takes
/// color hints, drawn from the target while it trains. With `jittersColors`
/// each training target's a and b are turned by a random hue angle and
/// scaled by a random chroma factor first, so that the gray alone cannot tell
/// the colors and the hints must.
public final class Colorizer: RestorationModel {
    public let preview: TranslationPreview
    public let task = RestorationTask(kind: .colorization, factor: 1, channels: 3)
    public let network: any ColorizationNetwork
    public let jittersColors: Bool
    /// The chance that no further hint is drawn, per hint, in training (`ColorHints.sampled`).
    public let hintStopProbability: Double

    public init(preview: TranslationPreview, network: any ColorizationNetwork, jittersColors: Bool = false, hintStopProbability: Double = 1.0 / 8) {
        (self.preview, self.network, self.jittersColors, self.hintStopProbability) = (preview, network, jittersColors, hintStopProbability)
    }

    /// Whether the network takes color hints.
    public var takesHints: Bool { network.takesHints }

    public func translate(_ images: Tensor, networks: [String: Module]) -> Tensor {
        colorize(images, hints: nil, networks: networks)
    }

    /// Gray images `[N, 1, H, W]` in [-1, 1] colorized, with `hints` when the
    /// network takes them (none given: automatic), as RGB in [-1, 1].
    public func colorize(_ gray: Tensor, hints: ColorHints?, networks: [String: Module]) -> Tensor {
        precondition(gray.shape.count == 4 && gray.shape[1] == 1, "Colorizer: expected gray images [N, 1, H, W], got \(gray.shape)")
        guard let network = networks["generator"] as? any ColorizationNetwork else { preconditionFailure("Colorizer: no colorization network among \(networks.keys.sorted())") }
        let lightness = ColorConversion.lightness(ofGray: gray.value.map(.affine(scale: 0.5, shift: 0.5)))
        let (n, height, width) = (gray.shape[0], gray.shape[2], gray.shape[3])
        let input = Self.input(lightness, hints: network.takesHints ? hints ?? .none(count: n, height: height, width: width) : nil)
        let multiple = network.sideMultiple
        let (extraRows, extraColumns) = ((multiple - height % multiple) % multiple, (multiple - width % multiple) % multiple)
        let padded = Tensor(input).pad([(0, 0), (0, 0), (0, extraRows), (0, extraColumns)], mode: .replicate)
        let ab = network.ab(padded).value.slice(axis: 2, start: 0, end: height).slice(axis: 3, start: 0, end: width)
        let rgb = ColorConversion.rgb(fromLab: NDArray.concatenate([lightness, ab], axis: 1))
        return Tensor(rgb.map(.affine(scale: 2, shift: -1)))
    }

    /// The network's input: the lightness as `L / 50 - 1`, then the hints' channels when given.
    static func input(_ lightness: NDArray, hints: ColorHints?) -> NDArray {
        let normalized = lightness.map(.affine(scale: 1.0 / 50, shift: -1))
        return hints.map { NDArray.concatenate([normalized, $0.channels], axis: 1) } ?? normalized
    }

    /// One phase training the network on each batch's gray inputs against
    /// the a and b of its color targets (hints drawn from them for a
    /// user-guided network).
    public var phases: [Phase] {
        [Phase(name: "generator", updates: ["generator"]) { [unowned self] context in
            let (input, target) = try PairedTranslator.pair(context)
            let lightness = ColorConversion.lightness(ofGray: input.value.map(.affine(scale: 0.5, shift: 0.5)))
            var targetAB = ColorConversion.lab(fromRGB: target.value.map(.affine(scale: 0.5, shift: 0.5))).abChannels
            if jittersColors { targetAB = Self.jitteredColors(targetAB, &context.random) }
            let hints = network.takesHints ? ColorHints.sampled(from: targetAB, stopProbability: hintStopProbability, &context.random) : nil
            let (loss, metrics) = try network.loss(Tensor(Self.input(lightness, hints: hints)), targetAB: targetAB, labels: context.real.labels)
            return PhaseResult(loss: loss, metrics: metrics)
        }]
    }

    /// The range of the random chroma factor of `jitteredColors`.
    static let chromaFactors: ClosedRange<Float> = 0.2...1.4

    /// a and b `[N, 2, H, W]` turned by one uniform random hue angle and
    /// scaled by one uniform factor from `chromaFactors` per image.
    static func jitteredColors(_ ab: NDArray, _ random: inout RandomGenerator) -> NDArray {
        let plane = ab.shape[2] * ab.shape[3]
        var values = ab.elements
        for n in 0..<ab.shape[0] {
            let angle = 2 * Float.pi * random.nextUnitFloat()
            let factor = chromaFactors.lowerBound + (chromaFactors.upperBound - chromaFactors.lowerBound) * random.nextUnitFloat()
            let (cosine, sine) = (factor * cos(angle), factor * sin(angle))
            for p in 0..<plane {
                let (a, b) = (values[2 * n * plane + p], values[(2 * n + 1) * plane + p])
                (values[2 * n * plane + p], values[(2 * n + 1) * plane + p]) = (a * cosine - b * sine, a * sine + b * cosine)
            }
        }
        return NDArray(values, shape: ab.shape)
    }
}
