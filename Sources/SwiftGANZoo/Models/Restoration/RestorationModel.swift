import SwiftGANAutograd
import SwiftGANNN

/// A restorer (super-resolution, denoising): inference takes degraded images
/// `[N, C, h, w]` in [-1, 1] and gives them restored, `factor` times larger
/// for super-resolution. `swiftgan enhance` applies it to your images tile by tile.
public protocol RestorationModel: TranslationModel {
    /// What the model restores, and at which scale.
    var task: RestorationTask { get }
}

extension RestorationModel {
    /// `images` restored with `networks`.
    public func restore(_ images: Tensor, networks: [String: Module]) -> Tensor {
        translate(images, networks: networks)
    }
}
