import Foundation

/// How fast an exponential moving average of weights forgets: each update sets
/// `ema ← beta · ema + (1 − beta) · weight`.
public enum EMADecay: Sendable, Equatable {
    /// The same `beta` at every update.
    case beta(Double)
    /// StyleGAN2-ADA's rule: a half-life of `kimg` thousand images, shortened
    /// early in training to `rampup` times the images seen when `rampup` is given.
    case halfLife(kimg: Double, rampup: Double? = nil)

    /// The beta of the update for a batch of `batchSize` images, `imagesSeen`
    /// images having been trained on before it:
    ///
    ///     ema_nimg = kimg · 1000, then min(ema_nimg, imagesSeen · rampup) with rampup
    ///     beta = 0.5 ^ (batchSize / max(ema_nimg, 1e-8))
    public func beta(batchSize: Int, imagesSeen: Int) -> Double {
        switch self {
        case .beta(let beta):
            return beta
        case .halfLife(let kimg, let rampup):
            var emaImages = kimg * 1000
            if let rampup { emaImages = min(emaImages, Double(imagesSeen) * rampup) }
            return pow(0.5, Double(batchSize) / max(emaImages, 1e-8))
        }
    }
}
