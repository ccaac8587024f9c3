import SwiftGANKernels
import SwiftGANNN

/// Updates parameters from their gradients.
public protocol Optimizer: AnyObject {
    /// The parameters this optimizer updates, in a fixed order.
    var parameters: [Parameter] { get }
    /// The step size used by the next `step()`.
    var learningRate: Float { get set }
    /// Number of `step()` calls so far.
    var stepCount: Int { get }
    /// Applies one update to every parameter that has a gradient.
    func step()
    /// The optimizer's state (moments, step count, hyperparameters) under
    /// stable names, for checkpoints.
    func stateDict() -> StateDict
    /// Restores a state saved by `stateDict()`; throws if it does not fit these parameters.
    func load(_ state: StateDict) throws
    /// Forgets every parameter's running statistics, as a freshly made
    /// optimizer over the same parameters would have them (ProGAN restarts
    /// them when a new resolution starts); hyperparameters and `stepCount` stay.
    func resetMoments()
}

extension Optimizer {
    /// Drops every parameter's gradient.
    public func zeroGrad() {
        for p in parameters { p.zeroGrad() }
    }
}
