import SwiftGANKernels
import SwiftGANNN

/// RMSProp as PyTorch's `torch.optim.RMSprop`:
///
///     g ← grad + weightDecay · p
///     s ← α · s + (1 − α) · g²
///     a ← lerp(a, g, 1 − α);  r ← √(s − a²) + eps      (centered)
///                              r ← √s + eps             (otherwise)
///     b ← momentum · b + g / r;  p ← p − lr · b        (momentum > 0)
///     p ← p − lr · g / r                               (otherwise)
///
/// The state holds `state.<index>.square_avg` and, when used,
/// `momentum_buffer` and `grad_avg`, for each parameter that has had a gradient.
public final class RMSProp: Optimizer {
    /// The parameters updated, in order.
    public let parameters: [Parameter]
    /// The step size.
    public var learningRate: Float
    /// The smoothing constant of the running averages.
    public var alpha: Float
    /// Added to the denominator for stability.
    public var eps: Float
    /// The L2 penalty added to the gradient.
    public var weightDecay: Float
    /// The momentum factor (0 turns momentum off).
    public var momentum: Float
    /// Normalizes by the variance of the gradient instead of its second moment.
    public var centered: Bool
    /// Number of `step()` calls so far.
    public private(set) var stepCount = 0
    private var squareAvg: [NDArray?]
    private var momentumBuffers: [NDArray?]
    private var gradAvg: [NDArray?]

    /// An optimizer over `parameters`; the defaults are PyTorch's.
    public init(
        _ parameters: [Parameter], learningRate: Float = 1e-2, alpha: Float = 0.99, eps: Float = 1e-8,
        weightDecay: Float = 0, momentum: Float = 0, centered: Bool = false
    ) {
        if let problem = Self.invalidHyperparameter(
            learningRate: learningRate, alpha: alpha, eps: eps, weightDecay: weightDecay, momentum: momentum)
        {
            preconditionFailure("RMSProp: \(problem)")
        }
        self.parameters = parameters
        self.learningRate = learningRate
        self.alpha = alpha
        self.eps = eps
        self.weightDecay = weightDecay
        self.momentum = momentum
        self.centered = centered
        squareAvg = Array(repeating: nil, count: parameters.count)
        momentumBuffers = squareAvg
        gradAvg = squareAvg
    }

    public func resetMoments() {
        squareAvg = Array(repeating: nil, count: parameters.count)
        (momentumBuffers, gradAvg) = (squareAvg, squareAvg)
    }

    /// Updates every parameter that has a gradient.
    public func step() {
        stepCount += 1
        let lr = learningRate, alpha = alpha, eps = eps, decay = weightDecay, momentum = momentum
        let weight = Float(1 - alpha.decimalWidened)
        for (index, parameter) in parameters.enumerated() {
            guard let grad = parameter.gradient(checkedBy: "RMSProp", index: index) else { continue }
            let shape = parameter.shape
            if squareAvg[index] == nil { squareAvg[index] = NDArray(zeros: shape) }
            parameter.update { p in
                grad.withUnsafeBufferPointer { g in
                    squareAvg[index]!.withUnsafeMutableBufferPointer { s in
                        gradAvg[index].withMutableBuffer(when: centered, zerosOf: shape) { a in
                            momentumBuffers[index].withMutableBuffer(when: momentum > 0, zerosOf: shape) { b in
                                for j in p.indices {
                                    let d = decay == 0 ? g[j] : g[j] + decay * p[j]
                                    s[j] = s[j] * alpha + weight * d * d
                                    var root: Float
                                    if let a {
                                        a[j] = lerp(a[j], d, weight)
                                        root = (s[j] - a[j] * a[j]).squareRoot()
                                    } else {
                                        root = s[j].squareRoot()
                                    }
                                    root += eps
                                    if let b {
                                        b[j] = b[j] * momentum + d / root
                                        p[j] += -lr * b[j]
                                    } else {
                                        p[j] += -lr * d / root
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }
    }

    /// `step`, `lr`, `alpha`, `eps`, `weight_decay`, `momentum`, `centered`, and
    /// `state.<index>.square_avg`, `.momentum_buffer`, `.grad_avg` for each parameter that has them.
    public func stateDict() -> StateDict {
        var state = StateDict()
        state.setCount("step", stepCount)
        state.setScalar("lr", learningRate)
        state.setScalar("alpha", alpha)
        state.setScalar("eps", eps)
        state.setScalar("weight_decay", weightDecay)
        state.setScalar("momentum", momentum)
        state.setFlag("centered", centered)
        for index in parameters.indices {
            guard let s = squareAvg[index] else { continue }
            state["state.\(index).square_avg"] = s
            if let b = momentumBuffers[index] { state["state.\(index).momentum_buffer"] = b }
            if let a = gradAvg[index] { state["state.\(index).grad_avg"] = a }
        }
        return state
    }

    /// Restores the step count, the hyperparameters and the running averages.
    public func load(_ state: StateDict) throws {
        var reader = OptimizerStateReader(state)
        let step = try reader.count("step")
        let lr = try reader.scalar("lr"), alpha = try reader.scalar("alpha"), eps = try reader.scalar("eps")
        let decay = try reader.scalar("weight_decay"), momentum = try reader.scalar("momentum")
        let centered = try reader.flag("centered")
        if let problem = Self.invalidHyperparameter(
            learningRate: lr, alpha: alpha, eps: eps, weightDecay: decay, momentum: momentum)
        {
            throw problem
        }
        let entries = try reader.parameterStates(
            required: ["square_avg"], optional: ["momentum_buffer", "grad_avg"], shapes: parameters.map(\.shape))
        try reader.finish()
        stepCount = step
        learningRate = lr
        (self.alpha, self.eps, weightDecay, self.momentum, self.centered) = (alpha, eps, decay, momentum, centered)
        squareAvg = entries.map { $0["square_avg"] }
        momentumBuffers = entries.map { $0["momentum_buffer"] }
        gradAvg = entries.map { $0["grad_avg"] }
    }

    private static func invalidHyperparameter(
        learningRate: Float, alpha: Float, eps: Float, weightDecay: Float, momentum: Float
    ) -> OptimizerStateError? {
        if !(learningRate >= 0) { return .invalidValue(key: "lr", value: learningRate, requirement: ">= 0") }
        if !(alpha >= 0) { return .invalidValue(key: "alpha", value: alpha, requirement: ">= 0") }
        if !(eps >= 0) { return .invalidValue(key: "eps", value: eps, requirement: ">= 0") }
        if !(weightDecay >= 0) { return .invalidValue(key: "weight_decay", value: weightDecay, requirement: ">= 0") }
        if !(momentum >= 0) { return .invalidValue(key: "momentum", value: momentum, requirement: ">= 0") }
        return nil
    }
}
