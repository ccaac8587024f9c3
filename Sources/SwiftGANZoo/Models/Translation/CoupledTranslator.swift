import SwiftGANAutograd
import SwiftGANNN

/// A two-way translator whose `generator` player is a pair of coupled
/// autoencoders (UNIT, XGAN): A to B decodes A's code as B, and back.
public protocol CoupledTranslator: TranslationModel {}

extension CoupledTranslator {
    public var isTwoWay: Bool { true }

    public func translate(_ images: Tensor, networks: [String: Module]) -> Tensor {
        autoencoders(networks).translate(images, from: 0, to: 1)
    }

    public func translateBack(_ images: Tensor, networks: [String: Module]) -> Tensor? {
        autoencoders(networks).translate(images, from: 1, to: 0)
    }

    /// The coupled autoencoders among `networks`, stopping with a message when there are none.
    func autoencoders(_ networks: [String: Module]) -> CoupledAutoencoders {
        guard let network = networks["generator"] as? CoupledAutoencoders else { preconditionFailure("\(Self.self): no coupled autoencoders among \(networks.keys.sorted())") }
        return network
    }
}
