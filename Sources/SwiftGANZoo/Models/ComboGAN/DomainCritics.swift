import SwiftGANAutograd
import SwiftGANKernels
import SwiftGANNN

/// ComboGAN's discriminators: a PatchGAN per domain, each judging the images of its own domain.
public final class DomainCritics: Module {
    public let critics: [PatchDiscriminator]

    public init(critics: [PatchDiscriminator]) {
        self.critics = critics
    }

    /// The patch logits of images `x`, each by its domain's discriminator.
    public func callAsFunction(_ x: Tensor, domains: [Int]) -> Tensor {
        DomainRouting.routed(x, domains: domains, through: critics)
    }
}
