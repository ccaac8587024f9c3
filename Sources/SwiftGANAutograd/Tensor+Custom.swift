import SwiftGANKernels

extension Tensor {
    /// A user-defined operation whose gradient is computed by raw kernels
    /// (`pullback` maps the output gradient's value to each input's).
    ///
    /// Such an operation has a first derivative only: differentiating through
    /// it under `createGraph` stops with its name instead of returning wrong zeros.
    public static func custom(
        _ name: String, inputs: [Tensor], value: NDArray,
        pullback: @escaping (_ gradOutput: NDArray) -> [NDArray?]
    ) -> Tensor {
        record(value, operation: name, inputs: inputs, supportsHigherOrder: false) { g, _ in
            pullback(g.value).map { $0.map { Tensor($0) } }
        }
    }
}
