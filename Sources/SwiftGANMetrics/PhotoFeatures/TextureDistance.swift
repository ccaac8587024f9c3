import SwiftGANAutograd
import SwiftGANKernels

/// A perceptual distance in the photo texture network's layers, computed as
/// LPIPS computes its own but without its learned weights: at `relu1_2`,
/// `relu2_2` and `relu3_2` each pixel's activations are scaled to unit
/// length across channels, the squared differences are summed over
/// channels and averaged over the image, and the layers are averaged. It
/// stands in for LPIPS (named as such wherever it is reported) when
/// LPIPS's weights are not at hand; 0 for identical images.
public enum TextureDistance {
    public static let layers = ["relu1_2", "relu2_2", "relu3_2"]

    /// The distance between each image of `images` and its reference, both `[N, 3, H, W]` in [0, 1].
    public static func distance(_ images: NDArray, _ references: NDArray, network: PhotoTextureNetwork) -> [Double] {
        precondition(images.shape == references.shape && images.rank == 4, "TextureDistance: shapes \(images.shape) and \(references.shape)")
        return withoutGrad {
            let (a, b) = (network.activations(Tensor(images), at: layers), network.activations(Tensor(references), at: layers))
            let perLayer = layers.map { name -> [Double] in
                let (x, y) = (unit(a[name]!), unit(b[name]!))
                let squared = (x - y).square().sum(axes: [1]).mean(axes: [1, 2]).value.elements
                return squared.map(Double.init)
            }
            return (0..<images.shape[0]).map { i in perLayer.reduce(0) { $0 + $1[i] } / Double(layers.count) }
        }
    }

    /// Activations divided by their length across channels at each pixel.
    private static func unit(_ x: Tensor) -> Tensor {
        x / ((x.square().sum(axes: [1], keepDims: true)).sqrt() + 1e-10)
    }
}
