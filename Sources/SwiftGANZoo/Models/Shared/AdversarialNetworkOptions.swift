/// The network keys that the Level 0-1 GANs share, in their sections
/// (`gan.architecture`, `acgan.hidden`, ...).
public struct AdversarialNetworkOptions: FlattenedOptions {
    /// mlp (2-D points), dcgan, resnet (SNGAN's ResNets) or infogan (the
    /// InfoGAN paper's networks); nil: mlp for points, dcgan for images.
    /// The convolutional ones take the data's resolution.
    public var architecture: String?
    /// The width of the generator's noise input.
    public var latentDimension = 64
    /// Width of the MLP architecture and channel width of resnet.
    public var hidden = 128
    /// Depth of the MLP architecture.
    public var layers = 3
    /// none, batch_norm, layer_norm or spectral_norm, as compare_gan varies it;
    /// nil: the architecture's own (batch_norm for dcgan, none with a
    /// gradient penalty, spectral_norm for resnet, none for mlp).
    public var discriminatorNormalization: String?
    /// Minibatch discrimination (Salimans et al.) before the discriminator's last layer (mlp and dcgan).
    public var minibatchDiscrimination = false
    /// Self-modulation (Chen et al. 2019): every BatchNorm of the dcgan or
    /// resnet generator takes its gain and bias from small MLPs of z.
    public var selfModulation = false
    /// Discriminator updates per generator update, each on a fresh batch.
    public var criticSteps = 1

    public init() {}
}
