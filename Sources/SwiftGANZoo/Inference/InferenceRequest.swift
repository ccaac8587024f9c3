import SwiftGANKernels

/// One inference call's input, of the kind the model's `ModelInput` names.
public enum InferenceRequest {
    case latent(Latent)
    case image(NDArray)
    /// Images, their own domains where known (ComboGAN needs them), and the domains to translate them to.
    case imageAndDomain(NDArray, from: [Int]?, to: [Int])
    case imageAndMask(NDArray, mask: NDArray)
    case nothing

    /// How many outputs the request asks for (1 for `nothing`).
    public var count: Int {
        switch self {
        case .latent(let latent): return latent.z.shape[0]
        case .image(let images), .imageAndDomain(let images, _, _), .imageAndMask(let images, _): return images.shape[0]
        case .nothing: return 1
        }
    }
}
