/// How a style-based GAN trains, whatever its networks (StyleGAN, StyleGAN2):
/// the noise, style mixing and the regularizers with their intervals.
struct StyleTraining: Equatable {
    /// The noise's dimension.
    var latentDimension: Int
    /// The share of training batches whose layers take their styles from two noises.
    var styleMixing: Float
    /// The weight γ of R1 on real images, `γ/2 ‖∇D(x)‖²`.
    var r1Gamma: Float
    /// R1 runs every this many steps (lazily, scaled by the interval).
    var r1Interval: Int
    /// The weight of the path-length penalty; 0: off.
    var pathLengthWeight: Float = 0
    /// The path-length penalty runs every this many steps, on half the batch.
    var pathLengthInterval = 4
    /// The `r_t` adaptive augmentation steers towards; 0: no augmentation.
    var augmentTarget: Float = 0
    /// Steps between adjustments of the augmentation probability.
    var augmentInterval = 4
    /// Images over which the augmentation probability can move from 0 to 1.
    var augmentSpeedImages: Float = 500_000
}
