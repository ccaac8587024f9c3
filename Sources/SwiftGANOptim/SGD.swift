import SwiftGANKernels
import SwiftGANNN

/// Stochastic gradient descent as PyTorch's `torch.optim.SGD`:
///
///     g ← grad + weightDecay · p
///     b ← g                                   (first step)
///     b ← momentum · b + (1 − dampening) · g   (later steps)
///     g ← g + momentum · b  if nesterov, else  g ← b
///     p ← p − lr · g
///
/// (the momentum lines only when `momentum ≠ 0`). The state holds one
/// `momentum_buffer` per parameter that has had a gradient.
public final class SGD: Optimizer {
    /// The parameters updated, in order.
    public let parameters: [Parameter]
    /// The step size.
    public var learningRate: Float
    /// The momentum factor (0 turns momentum off).
    public var momentum: Float
    /// How much of each new gradient is left out of the momentum buffer.
    public var dampening: Float
    /// The L2 penalty added to the gradient.
    public var weightDecay: Float
    /// Nesterov momentum (needs `momentum > 0` and `dampening == 0`).
    public var nesterov: Bool
    /// Number of `step()` calls so far.
    public private(set) var stepCount = 0
    private var momentumBuffers: [NDArray?]

    /// An optimizer over `parameters`; the defaults are PyTorch's.
    public init(
        _ parameters: [Parameter], learningRate: Float, momentum: Float = 0, dampening: Float = 0,
        weightDecay: Float = 0, nesterov: Bool = false
    ) {
        if let problem = Self.invalidHyperparameter(
            learningRate: learningRate, momentum: momentum, dampening: dampening, weightDecay: weightDecay,
            nesterov: nesterov)
        {
            preconditionFailure("SGD: \(problem)")
        }
        self.parameters = parameters
        self.learningRate = learningRate
        self.momentum = momentum
        self.dampening = dampening
        self.weightDecay = weightDecay
        self.nesterov = nesterov
        momentumBuffers = Array(repeating: nil, count: parameters.count)
    }

    public func resetMoments() {
        momentumBuffers = Array(repeating: nil, count: parameters.count)
    }

    /// Updates every parameter that has a gradient.
    public func step() {
        stepCount += 1
        let lr = learningRate, momentum = momentum, decay = weightDecay, nesterov = nesterov
        let kept = Float(1 - dampening.decimalWidened)
        for (index, parameter) in parameters.enumerated() {
            guard let grad = parameter.gradient(checkedBy: "SGD", index: index) else { continue }
            let first = momentum != 0 && momentumBuffers[index] == nil
            if first { momentumBuffers[index] = NDArray(uninitializedShape: parameter.shape) }
            parameter.update { p in
                grad.withUnsafeBufferPointer { g in
                    guard momentum != 0 else {
                        for j in p.indices { p[j] -= lr * (decay == 0 ? g[j] : g[j] + decay * p[j]) }
                        return
                    }
                    momentumBuffers[index]!.withUnsafeMutableBufferPointer { b in
                        for j in p.indices {
                            let d = decay == 0 ? g[j] : g[j] + decay * p[j]
                            b[j] = first ? d : b[j] * momentum + kept * d
                            p[j] -= lr * (nesterov ? d + momentum * b[j] : b[j])
                        }
                    }
                }
            }
        }
    }

    /// `step`, `lr`, `momentum`, `dampening`, `weight_decay`, `nesterov` and
    /// `state.<index>.momentum_buffer` for each parameter that has one.
    public func stateDict() -> StateDict {
        var state = StateDict()
        state.setCount("step", stepCount)
        state.setScalar("lr", learningRate)
        state.setScalar("momentum", momentum)
        state.setScalar("dampening", dampening)
        state.setScalar("weight_decay", weightDecay)
        state.setFlag("nesterov", nesterov)
        for (index, buffer) in momentumBuffers.enumerated() {
            if let buffer { state["state.\(index).momentum_buffer"] = buffer }
        }
        return state
    }

    /// Restores the step count, the hyperparameters and the momentum buffers.
    public func load(_ state: StateDict) throws {
        var reader = OptimizerStateReader(state)
        let step = try reader.count("step")
        let lr = try reader.scalar("lr"), momentum = try reader.scalar("momentum")
        let dampening = try reader.scalar("dampening"), decay = try reader.scalar("weight_decay")
        let nesterov = try reader.flag("nesterov")
        if let problem = Self.invalidHyperparameter(
            learningRate: lr, momentum: momentum, dampening: dampening, weightDecay: decay, nesterov: nesterov)
        {
            throw problem
        }
        let entries = try reader.parameterStates(required: ["momentum_buffer"], shapes: parameters.map(\.shape))
        try reader.finish()
        stepCount = step
        learningRate = lr
        self.momentum = momentum
        self.dampening = dampening
        weightDecay = decay
        self.nesterov = nesterov
        momentumBuffers = entries.map { $0["momentum_buffer"] }
    }

    private static func invalidHyperparameter(
        learningRate: Float, momentum: Float, dampening: Float, weightDecay: Float, nesterov: Bool
    ) -> OptimizerStateError? {
        if !(learningRate >= 0) { return .invalidValue(key: "lr", value: learningRate, requirement: ">= 0") }
        if !(momentum >= 0) { return .invalidValue(key: "momentum", value: momentum, requirement: ">= 0") }
        if !dampening.isFinite { return .invalidValue(key: "dampening", value: dampening, requirement: "finite") }
        if !(weightDecay >= 0) { return .invalidValue(key: "weight_decay", value: weightDecay, requirement: ">= 0") }
        if nesterov && momentum == 0 {
            return .invalidValue(key: "momentum", value: momentum, requirement: "> 0 with nesterov")
        }
        if nesterov && dampening != 0 {
            return .invalidValue(key: "dampening", value: dampening, requirement: "0 with nesterov")
        }
        return nil
    }
}
