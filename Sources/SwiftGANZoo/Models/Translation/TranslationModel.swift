import SwiftGANAutograd
import SwiftGANKernels
import SwiftGANNN

/// An image-to-image translator (pix2pix, CycleGAN, ...): inference takes
/// images `[N, C, H, W]` in [-1, 1] of domain A and gives their translations
/// to domain B; two-way models also translate back.
public protocol TranslationModel: ZooModel {
    /// The held-out examples that previews and measures translate.
    var preview: TranslationPreview { get }
    /// The translations A -> B of `images`, with `networks` (player name to network).
    func translate(_ images: Tensor, networks: [String: Module]) -> Tensor
    /// Whether the model also translates B -> A.
    var isTwoWay: Bool { get }
    /// The translations B -> A of `images` for two-way models; nil for one-way ones.
    func translateBack(_ images: Tensor, networks: [String: Module]) -> Tensor?
}

extension TranslationModel {
    public var input: ModelInput { .image }
    public var conditioningClasses: Int? { nil }

    public var isTwoWay: Bool { false }
    public func translateBack(_ images: Tensor, networks: [String: Module]) -> Tensor? { nil }

    /// The first `count` held-out inputs (repeated when there are fewer).
    public func previewRequest(count: Int, random: inout RandomGenerator) -> InferenceRequest {
        .image(preview.inputs(count: count))
    }

    public func infer(_ request: InferenceRequest, networks: [String: Module]) -> Tensor {
        guard case .image(let images) = request else { preconditionFailure("\(Self.self): inference takes images, got \(request)") }
        return translate(Tensor(images), networks: networks)
    }

    /// The network of player `name`, stopping with a message when `networks` lacks it.
    func layer(_ name: String, in networks: [String: Module]) -> any LayerModule {
        guard let network = networks[name] as? any LayerModule else { preconditionFailure("\(Self.self): no layer network \(name) among \(networks.keys.sorted())") }
        return network
    }
}
