/// How a discriminator normalizes its hidden layers, the axis compare_gan's
/// study varies (Kurach et al.): nothing, batch statistics, per-sample layer
/// statistics, or spectrally normalized weights (Miyato et al.).
public enum DiscriminatorNormalization: String, CaseIterable, Sendable {
    case none
    case batchNorm = "batch_norm"
    case layerNorm = "layer_norm"
    case spectralNorm = "spectral_norm"
}
