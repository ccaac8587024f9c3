import SwiftGANAutograd
import SwiftGANKernels
import SwiftGANNN
import SwiftGANOptim

/// Historical averaging (Salimans et al. 2016): the penalty `λ · Σ_θ ‖θ − θ̄‖²`, where
/// `θ̄` is the mean of a module's parameter values over the updates seen so far
/// (`θ̄_t = (θ_1 + … + θ_t) / t`). Call `update(from:)` after each optimizer step and
/// add `penalty(for:)` to the loss of that module's player.
public final class HistoricalAveraging {
    /// The weight λ of the penalty.
    public let weight: Float
    /// The running mean of each parameter, under the module's dotted names.
    public private(set) var averages = StateDict()
    /// The number of updates averaged.
    public private(set) var count = 0

    /// An empty average (the penalty is zero until the first update).
    public init(weight: Float) {
        precondition(weight >= 0, "HistoricalAveraging: weight \(weight) must not be negative")
        self.weight = weight
    }

    /// `λ · Σ_θ ‖θ − θ̄‖²`, differentiable with respect to the parameters (`θ̄` is a constant).
    public func penalty(for module: Module) -> Tensor {
        var total = Tensor(NDArray(scalar: 0))
        guard count > 0 else { return total }
        for (name, parameter) in module.namedParameters() {
            guard let average = averages[name] else { preconditionFailure("HistoricalAveraging: no average for \(name)") }
            total = total + (parameter.tensor - Tensor(average)).square().sum()
        }
        return total * weight
    }

    /// Adds the module's current parameter values to the running means.
    public func update(from module: Module) {
        count += 1
        let rate = 1 / Float(count)
        for (name, parameter) in module.namedParameters() {
            let value = parameter.value
            if let average = averages[name] {
                averages[name] = average + (value - average).map(.affine(scale: rate, shift: 0))
            } else {
                averages[name] = value
            }
        }
    }

    /// The running means under `average.<name>` and the update count under `count`.
    public func stateDict() -> StateDict {
        var state = averages.prefixed("average")
        state["count"] = NDArray(scalar: Float(count))
        return state
    }

    /// Restores the state saved by `stateDict()`.
    public func load(_ state: StateDict) throws {
        guard let saved = state["count"] else {
            throw CheckpointError(path: nil, problem: "no 'count' in the historical averaging state")
        }
        averages = state.scoped("average")
        count = Int(saved.scalarValue)
    }
}
