import Foundation
import SwiftGANKernels
import SwiftGANNN

/// Adam as PyTorch's `torch.optim.Adam`, weight decay entering the gradient (L2):
///
///     g ← grad + weightDecay · p
///     m ← lerp(m, g, 1 − β1);   v ← β2 · v + (1 − β2) · g²
///     v̂ ← max(v̂, v) with amsgrad, else v̂ ← v
///     p ← p − lr / (1 − β1ᵗ) · m / (√v̂ / √(1 − β2ᵗ) + eps)
///
/// with `t` counted per parameter (a step without a gradient does not count).
/// The state holds `state.<index>.step`, `exp_avg`, `exp_avg_sq` and, with
/// amsgrad, `max_exp_avg_sq` for each parameter that has had a gradient.
/// `AdamW` is this optimizer with decoupled weight decay.
public class Adam: Optimizer {
    /// The parameters updated, in order.
    public let parameters: [Parameter]
    /// The step size.
    public var learningRate: Float
    /// The decay of the first moment.
    public var beta1: Float
    /// The decay of the second moment.
    public var beta2: Float
    /// Added to the denominator for stability.
    public var eps: Float
    /// The L2 penalty in the gradient (Adam) or the decoupled shrink factor (AdamW).
    public var weightDecay: Float
    /// Normalizes by the largest second moment seen (AMSGrad).
    public var amsgrad: Bool
    /// Whether weight decay multiplies the parameters by `1 − lr · weightDecay`
    /// before the update (AdamW) instead of entering the gradient.
    public let decoupledWeightDecay: Bool
    /// Number of `step()` calls so far.
    public private(set) var stepCount = 0
    private var expAvg: [NDArray?]
    private var expAvgSq: [NDArray?]
    private var maxExpAvgSq: [NDArray?]
    private var parameterSteps: [Int]

    /// An optimizer over `parameters`; the defaults are PyTorch's.
    public convenience init(
        _ parameters: [Parameter], learningRate: Float = 1e-3, betas: (Float, Float) = (0.9, 0.999),
        eps: Float = 1e-8, weightDecay: Float = 0, amsgrad: Bool = false
    ) {
        self.init(
            parameters, learningRate: learningRate, betas: betas, eps: eps, weightDecay: weightDecay,
            amsgrad: amsgrad, decoupledWeightDecay: false)
    }

    init(
        _ parameters: [Parameter], learningRate: Float, betas: (Float, Float), eps: Float, weightDecay: Float,
        amsgrad: Bool, decoupledWeightDecay: Bool
    ) {
        if let problem = Self.invalidHyperparameter(
            learningRate: learningRate, beta1: betas.0, beta2: betas.1, eps: eps, weightDecay: weightDecay)
        {
            preconditionFailure("\(decoupledWeightDecay ? "AdamW" : "Adam"): \(problem)")
        }
        self.parameters = parameters
        self.learningRate = learningRate
        (beta1, beta2) = betas
        self.eps = eps
        self.weightDecay = weightDecay
        self.amsgrad = amsgrad
        self.decoupledWeightDecay = decoupledWeightDecay
        expAvg = Array(repeating: nil, count: parameters.count)
        expAvgSq = expAvg
        maxExpAvgSq = expAvg
        parameterSteps = Array(repeating: 0, count: parameters.count)
    }

    public func resetMoments() {
        expAvg = Array(repeating: nil, count: parameters.count)
        (expAvgSq, maxExpAvgSq) = (expAvg, expAvg)
        parameterSteps = Array(repeating: 0, count: parameters.count)
    }

    /// Updates every parameter that has a gradient.
    public func step() {
        stepCount += 1
        let name = decoupledWeightDecay ? "AdamW" : "Adam"
        let lr = learningRate, beta2 = beta2, eps = eps, amsgrad = amsgrad
        let wideRate = lr.decimalWidened, wideBeta1 = beta1.decimalWidened, wideBeta2 = beta2.decimalWidened
        let firstWeight = Float(1 - wideBeta1), secondWeight = Float(1 - wideBeta2)
        let coupledDecay = decoupledWeightDecay ? 0 : weightDecay
        let shrink = Float(1 - wideRate * (decoupledWeightDecay ? weightDecay.decimalWidened : 0))
        for (index, parameter) in parameters.enumerated() {
            guard let grad = parameter.gradient(checkedBy: name, index: index) else { continue }
            let shape = parameter.shape
            if expAvg[index] == nil {
                expAvg[index] = NDArray(zeros: shape)
                expAvgSq[index] = NDArray(zeros: shape)
            }
            parameterSteps[index] += 1
            let t = Double(parameterSteps[index])
            let stepSize = Float(wideRate / (1 - pow(wideBeta1, t)))
            let correction2 = Float((1 - pow(wideBeta2, t)).squareRoot())
            let constants = AdamConstants(
                shrink: shrink, coupledDecay: coupledDecay, firstWeight: firstWeight, beta2: beta2,
                secondWeight: secondWeight, stepSize: stepSize, correction2: correction2, eps: eps)
            parameter.update { p in
                grad.withUnsafeBufferPointer { g in
                    expAvg[index]!.withUnsafeMutableBufferPointer { m in
                        expAvgSq[index]!.withUnsafeMutableBufferPointer { v in
                            maxExpAvgSq[index].withMutableBuffer(when: amsgrad, zerosOf: shape) { vMax in
                                Parallel.forEachChunk(p.count, costPerElement: 8) { range in
                                    constants.update(
                                        range, p: p.baseAddress!, g: g.baseAddress!, m: m.baseAddress!, v: v.baseAddress!,
                                        vMax: vMax?.baseAddress)
                                }
                            }
                        }
                    }
                }
            }
        }
    }

    /// `step`, `lr`, `beta1`, `beta2`, `eps`, `weight_decay`, `amsgrad`,
    /// `decoupled_weight_decay`, and `state.<index>.step`, `.exp_avg`,
    /// `.exp_avg_sq`, `.max_exp_avg_sq` for each parameter that has them.
    public func stateDict() -> StateDict {
        var state = StateDict()
        state.setCount("step", stepCount)
        state.setScalar("lr", learningRate)
        state.setScalar("beta1", beta1)
        state.setScalar("beta2", beta2)
        state.setScalar("eps", eps)
        state.setScalar("weight_decay", weightDecay)
        state.setFlag("amsgrad", amsgrad)
        state.setFlag("decoupled_weight_decay", decoupledWeightDecay)
        for index in parameters.indices {
            guard let m = expAvg[index], let v = expAvgSq[index] else { continue }
            state.setCount("state.\(index).step", parameterSteps[index])
            state["state.\(index).exp_avg"] = m
            state["state.\(index).exp_avg_sq"] = v
            if let vMax = maxExpAvgSq[index] { state["state.\(index).max_exp_avg_sq"] = vMax }
        }
        return state
    }

    /// Restores the step counts, the hyperparameters and the moments; the
    /// saved `decoupled_weight_decay` must match this optimizer's kind.
    public func load(_ state: StateDict) throws {
        var reader = OptimizerStateReader(state)
        let step = try reader.count("step")
        let lr = try reader.scalar("lr"), beta1 = try reader.scalar("beta1"), beta2 = try reader.scalar("beta2")
        let eps = try reader.scalar("eps"), decay = try reader.scalar("weight_decay")
        let amsgrad = try reader.flag("amsgrad")
        if try reader.flag("decoupled_weight_decay") != decoupledWeightDecay {
            throw OptimizerStateError.invalidValue(
                key: "decoupled_weight_decay", value: decoupledWeightDecay ? 0 : 1,
                requirement: decoupledWeightDecay ? "1 for AdamW" : "0 for Adam")
        }
        if let problem = Self.invalidHyperparameter(
            learningRate: lr, beta1: beta1, beta2: beta2, eps: eps, weightDecay: decay)
        {
            throw problem
        }
        let entries = try reader.parameterStates(
            required: ["step", "exp_avg", "exp_avg_sq"], optional: ["max_exp_avg_sq"], scalars: ["step"],
            shapes: parameters.map(\.shape))
        try reader.finish()
        var steps = Array(repeating: 0, count: parameters.count)
        for (index, entry) in entries.enumerated() {
            if let step = entry["step"] {
                steps[index] = try OptimizerStateReader.count(step.scalarValue, key: "state.\(index).step")
            }
        }
        stepCount = step
        learningRate = lr
        (self.beta1, self.beta2, self.eps, weightDecay, self.amsgrad) = (beta1, beta2, eps, decay, amsgrad)
        expAvg = entries.map { $0["exp_avg"] }
        expAvgSq = entries.map { $0["exp_avg_sq"] }
        maxExpAvgSq = entries.map { $0["max_exp_avg_sq"] }
        parameterSteps = steps
    }

    private static func invalidHyperparameter(
        learningRate: Float, beta1: Float, beta2: Float, eps: Float, weightDecay: Float
    ) -> OptimizerStateError? {
        if !(learningRate >= 0) { return .invalidValue(key: "lr", value: learningRate, requirement: ">= 0") }
        if !(beta1 >= 0 && beta1 < 1) { return .invalidValue(key: "beta1", value: beta1, requirement: "in [0, 1)") }
        if !(beta2 >= 0 && beta2 < 1) { return .invalidValue(key: "beta2", value: beta2, requirement: "in [0, 1)") }
        if !(eps >= 0) { return .invalidValue(key: "eps", value: eps, requirement: ">= 0") }
        if !(weightDecay >= 0) { return .invalidValue(key: "weight_decay", value: weightDecay, requirement: ">= 0") }
        return nil
    }
}
