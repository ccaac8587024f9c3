import SwiftGANAutograd

/// A network whose named intermediate activations perceptual and style
/// losses compare: VGG19 with converted weights, or the photo texture
/// network trained from its committed recipe as a stand-in.
public protocol LayeredFeatureNetwork: AnyObject {
    /// The name recorded with figures computed from its features.
    var name: String { get }
    /// The activations of `layers` for images `[N, 3, H, W]` in [0, 1], differentiable in the images.
    func activations(_ x: Tensor, at layers: [String]) -> [String: Tensor]
}
