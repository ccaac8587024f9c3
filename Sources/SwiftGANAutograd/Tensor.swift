import SwiftGANKernels

/// A differentiable n-dimensional array: an `NDArray` value plus, when it
/// depends on something that requires gradients, the graph node that made it.
public final class Tensor {
    /// The current value.
    public private(set) var value: NDArray
    /// The node that produced this tensor, or `nil` for a constant.
    public let node: GraphNode?
    /// Incremented by every `assign` and `mutateValue`, so that a graph recorded
    /// before a change refuses to differentiate through the stale value.
    public private(set) var version = 0

    /// A constant, or a leaf that collects gradients when `requiresGrad`.
    public init(_ value: NDArray, requiresGrad: Bool = false) {
        self.value = value
        node = requiresGrad ? GraphNode(operation: "leaf", inputs: [], pullback: nil, supportsHigherOrder: true) : nil
    }

    init(_ value: NDArray, node: GraphNode?) {
        self.value = value
        self.node = node
    }

    /// A tensor from row-major elements.
    public convenience init(_ elements: [Float], shape: [Int], requiresGrad: Bool = false) {
        self.init(NDArray(elements, shape: shape), requiresGrad: requiresGrad)
    }

    /// A rank-0 constant.
    public convenience init(scalar: Float) {
        self.init(NDArray(scalar: scalar))
    }

    /// The extent of each dimension.
    public var shape: [Int] { value.shape }
    /// Number of dimensions.
    public var rank: Int { value.rank }
    /// Number of elements.
    public var count: Int { value.count }
    /// The elements, row-major.
    public var elements: [Float] { value.elements }
    /// The only element of a one-element tensor.
    public var scalarValue: Float { value.scalarValue }
    /// Whether this tensor is part of a recorded graph.
    public var requiresGrad: Bool { node != nil }
    /// Whether this tensor is a leaf that accumulates gradients.
    public var isLeaf: Bool { node?.isLeaf ?? false }

    /// The gradient accumulated by `backward()` (leaves only).
    public var grad: Tensor? {
        get { node?.grad }
        set {
            precondition(node?.isLeaf == true, "grad: only leaf tensors created with requiresGrad hold a gradient")
            node?.grad = newValue
        }
    }

    /// The same value, cut off from the graph.
    public func detached() -> Tensor { Tensor(value) }

    /// Replaces the value of a leaf or constant in place (optimizer updates),
    /// keeping its identity and gradient; the shape must not change.
    public func assign(_ newValue: NDArray) {
        precondition(node?.isLeaf ?? true, "assign: cannot overwrite the result of '\(node?.operation ?? "")' recorded in a graph")
        precondition(newValue.shape == value.shape, "assign: new value \(newValue.shape) differs from shape \(value.shape)")
        value = newValue
        version += 1
    }

    /// Mutates the value of a leaf or constant in place (optimizer updates);
    /// storage shared with anything else is copied first, so recorded graphs
    /// never see the change. The shape must not change.
    public func mutateValue(_ body: (inout NDArray) -> Void) {
        precondition(node?.isLeaf ?? true, "mutateValue: cannot overwrite the result of '\(node?.operation ?? "")' recorded in a graph")
        let shape = value.shape
        body(&value)
        version += 1
        precondition(value.shape == shape, "mutateValue: the shape changed from \(shape) to \(value.shape)")
    }

    /// The result of an operation: recorded with `pullback` when gradient
    /// recording is on and some input is in a graph, a constant otherwise.
    public static func record(
        _ value: NDArray, operation: String, inputs: [Tensor], supportsHigherOrder: Bool = true,
        pullback: @escaping Pullback
    ) -> Tensor {
        guard GradientRecording.isEnabled, inputs.contains(where: { $0.node != nil }) else { return Tensor(value) }
        let node = GraphNode(operation: operation, inputs: inputs, pullback: pullback, supportsHigherOrder: supportsHigherOrder)
        return Tensor(value, node: node)
    }
}
