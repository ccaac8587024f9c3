/// One part of a training step, as stylegan2-ada's loss phases: the players it
/// updates, how often it runs, and its loss. Phases run in the order given;
/// a due phase runs `repeats` times in a step, each an optimizer update.
public struct Phase {
    /// Names the phase in metrics (`loss_NAME`) and errors.
    public let name: String
    /// The players whose parameters this phase's loss updates.
    public let updates: [String]
    /// The phase runs at steps that are multiples of this.
    public let interval: Int
    /// Updates per due step (WGAN's critic steps).
    public let repeats: Int
    /// The loss is multiplied by this before the update (lazy regularization: the interval).
    public let gain: Float
    /// The steps in which the phase runs (a warm-up phase ends; an adversarial phase starts after it); nil: all.
    public let activeSteps: Range<Int>?
    /// Which real batch the loss sees.
    public let batch: PhaseBatch
    /// A regularization phase run lazily every `interval` steps: its players'
    /// optimizers are built with StyleGAN2's correction `ratio = k / (k + 1)`
    /// (learning rate times the ratio, Adam's betas to its power).
    public let isLazyRegularization: Bool
    /// The loss to minimize, with the numbers to log.
    public let loss: (inout PhaseContext) throws -> PhaseResult
    /// Called after each update (WGAN's weight clipping, BEGAN's k).
    public let afterUpdate: (() -> Void)?
    /// Whether the loss closure fits its players itself, in closed form
    /// (RAISR's least squares): the trainer logs the returned loss and
    /// computes no gradients.
    public let fitsInClosedForm: Bool
    /// When set, the updated players' gradients are scaled together to at
    /// most this L2 norm before the update (`clip_grad_norm_`; VDSR).
    public let maxGradientNorm: Float?

    public init(
        name: String, updates: [String], interval: Int = 1, repeats: Int = 1, gain: Float = 1, activeSteps: Range<Int>? = nil,
        batch: PhaseBatch = .fresh, isLazyRegularization: Bool = false, fitsInClosedForm: Bool = false, maxGradientNorm: Float? = nil, afterUpdate: (() -> Void)? = nil,
        loss: @escaping (inout PhaseContext) throws -> PhaseResult
    ) {
        precondition(!updates.isEmpty, "Phase \(name): it must update at least one player")
        precondition(interval > 0 && repeats > 0, "Phase \(name): interval and repeats must be positive, got \(interval) and \(repeats)")
        precondition(maxGradientNorm.map { $0 > 0 } ?? true, "Phase \(name): the gradient norm limit must be positive")
        (self.name, self.updates, self.interval, self.repeats, self.gain) = (name, updates, interval, repeats, gain)
        (self.activeSteps, self.batch, self.isLazyRegularization) = (activeSteps, batch, isLazyRegularization)
        (self.loss, self.afterUpdate, self.maxGradientNorm, self.fitsInClosedForm) = (loss, afterUpdate, maxGradientNorm, fitsInClosedForm)
    }

    /// Whether the phase runs at `step`.
    public func isDue(at step: Int) -> Bool {
        step % interval == 0 && (activeSteps?.contains(step) ?? true)
    }

    /// StyleGAN2's optimizer correction for a lazy regularization phase, 1 otherwise.
    public var lazyRatio: Float {
        isLazyRegularization ? Float(interval) / Float(interval + 1) : 1
    }
}

/// The real batch a phase's loss sees.
public enum PhaseBatch: Sendable {
    /// A new batch from the loader for every update.
    case fresh
    /// The batch the step's previous phase drew (a new one when none has been drawn).
    case latest
    /// No data (per-image optimization, or a loss of generated samples only).
    case none
}
