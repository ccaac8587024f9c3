/// How the trainer schedules the phases of a step.
public struct TrainerSettings: Sendable, Equatable, Codable {
    /// Discriminator updates per generator update (WGAN: 5), each on a fresh real batch.
    public var criticSteps: Int
    /// The discriminator's regularization runs every this many steps (lazy regularization,
    /// scaled by the interval); 1 adds it to every discriminator loss.
    public var regularizationInterval: Int
    /// Generator updates happen every this many steps.
    public var generatorInterval: Int
    /// Half-life of the generator's moving average in thousands of images (nil: no average).
    public var emaHalfLifeKimg: Double?
    /// Ramp-up of the moving average's half-life (stylegan2-ada's `ema_rampup`).
    public var emaRampup: Double?

    public init(
        criticSteps: Int = 1, regularizationInterval: Int = 1, generatorInterval: Int = 1, emaHalfLifeKimg: Double? = nil,
        emaRampup: Double? = nil
    ) {
        precondition(criticSteps > 0 && regularizationInterval > 0 && generatorInterval > 0, "TrainerSettings: intervals must be positive")
        (self.criticSteps, self.regularizationInterval, self.generatorInterval) = (criticSteps, regularizationInterval, generatorInterval)
        (self.emaHalfLifeKimg, self.emaRampup) = (emaHalfLifeKimg, emaRampup)
    }
}
