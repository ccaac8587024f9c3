import SwiftGANAutograd
import SwiftGANKernels
import SwiftGANNN

/// The discriminator of BiGAN/ALI and BigBiGAN, which judges (image, latent)
/// pairs: image features `F(x)` and latent features `H(z)` are joined by an
/// MLP, `J(F(x), H(z))` = linear, leaky ReLU (0.2), linear; BigBiGAN adds
/// unary scores of each side alone, `s_x = linear(F(x))`, `s_z = linear(H(z))`.
/// Keys: `image`, `latent`, `joint.0`, `joint.2`, `image_score`, `latent_score`.
final class JointDiscriminator: Module {
    let image: any LayerModule
    let latent: any LayerModule
    let joint: Sequential
    let imageScore: (any LayerModule)?
    let latentScore: (any LayerModule)?

    /// `image` maps images to `imageFeatures` values, `latent` maps z to `latentFeatures`; the joint MLP is `hidden` wide.
    init(
        image: any LayerModule, imageFeatures: Int, latent: any LayerModule, latentFeatures: Int, hidden: Int, unaryScores: Bool, spectralNorm: Bool,
        generator rng: inout RandomGenerator
    ) {
        func linear(_ i: Int, _ o: Int) -> any LayerModule {
            SpectralNorm.wrapping(Linear(i, o, generator: &rng), when: spectralNorm, generator: &rng)
        }
        (self.image, self.latent) = (image, latent)
        joint = Sequential(linear(imageFeatures + latentFeatures, hidden), Activation(.leakyRelu(0.2)), linear(hidden, 1))
        imageScore = unaryScores ? linear(imageFeatures, 1) : nil
        latentScore = unaryScores ? linear(latentFeatures, 1) : nil
    }

    override var namedChildren: [(String, Module)] {
        var children: [(String, Module)] = [("image", image), ("latent", latent), ("joint", joint)]
        if let imageScore { children.append(("image_score", imageScore)) }
        if let latentScore { children.append(("latent_score", latentScore)) }
        return children
    }

    /// The inputs of a linear layer, spectrally normalized or not (what a network's head reads).
    static func inputWidth(of head: any LayerModule) -> Int {
        guard let weighted = (head as? SpectralNorm)?.layer ?? (head as? any WeightedLayer) else {
            preconditionFailure("JointDiscriminator: the head \(type(of: head)) is not a weighted layer")
        }
        return weighted.weight.shape[1]
    }

    /// The joint score `[N, 1]` of image features `[N, F]` and latent features `[N, H]`.
    func jointScore(imageFeatures: Tensor, latentFeatures: Tensor) -> Tensor {
        joint(Tensor.concat([imageFeatures.flatten(), latentFeatures], axis: 1))
    }

    /// The scores of pairs `(x, z)`: the joint score, then the unary scores of x and of z when the discriminator has them.
    func scores(_ x: Tensor, _ z: Tensor) -> [Tensor] {
        let (fx, fz) = (image(x).flatten(), latent(z))
        var scores = [jointScore(imageFeatures: fx, latentFeatures: fz)]
        if let imageScore, let latentScore { scores += [imageScore(fx), latentScore(fz)] }
        return scores
    }
}
