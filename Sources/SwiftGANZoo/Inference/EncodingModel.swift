import SwiftGANAutograd
import SwiftGANNN

/// A generative model that comes with an encoder, so that a real image maps
/// back into its latent space (BiGAN/ALI, BigBiGAN, IcGAN, O-GAN).
public protocol EncodingModel: LatentModel {
    /// The representation of images `[N, C, H, W]`, `[N, D]`: what the encoder
    /// gives (IcGAN: z with the class probabilities appended).
    func encode(_ images: Tensor, networks: [String: Module]) -> Tensor
    /// The images an encoding (from `encode`) stands for: the generator applied to it.
    func decode(_ encoding: Tensor, networks: [String: Module]) -> Tensor
}

extension EncodingModel {
    /// The images regenerated from their encoding, `G(E(x))`.
    public func reconstruct(_ images: Tensor, networks: [String: Module]) -> Tensor {
        decode(encode(images, networks: networks), networks: networks)
    }

    /// The network of player `name`, stopping with a message when `networks` lacks it.
    func network(_ name: String, in networks: [String: Module]) -> Module {
        guard let network = networks[name] else { preconditionFailure("\(Self.self): no \(name) among the networks \(networks.keys.sorted())") }
        return network
    }
}
