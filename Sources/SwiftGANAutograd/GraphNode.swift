import Synchronization

/// Computes the gradients of an operation's inputs from the gradient of its
/// output. `needed[i]` tells whether input `i` needs one; return `nil` for the others.
public typealias Pullback = (_ gradOutput: Tensor, _ needed: [Bool]) -> [Tensor?]

private let nodeSequence = Atomic<Int>(0)
private let liveNodeCount = Atomic<Int>(0)

/// One recorded operation (or a leaf that requires gradients) in the graph.
///
/// A node holds its inputs' nodes strongly and nothing that points back at
/// its output, so a graph is freed as soon as its last output tensor is.
public final class GraphNode {
    /// Creation order: inputs always have smaller ids than the nodes made from them.
    let id: Int
    /// The operation's name, for error messages.
    public let operation: String
    let inputs: [GraphNode?]
    let pullback: Pullback?
    /// False for operations whose pullback uses raw kernels: they cannot be differentiated twice.
    let supportsHigherOrder: Bool
    /// The accumulated gradient of a leaf after `backward()`.
    var grad: Tensor?

    init(operation: String, inputs: [GraphNode?], pullback: Pullback?, supportsHigherOrder: Bool) {
        id = nodeSequence.add(1, ordering: .relaxed).newValue
        self.operation = operation
        self.inputs = inputs
        self.pullback = pullback
        self.supportsHigherOrder = supportsHigherOrder
        liveNodeCount.add(1, ordering: .relaxed)
    }

    deinit { liveNodeCount.subtract(1, ordering: .relaxed) }

    /// True for leaves (tensors created with `requiresGrad`).
    var isLeaf: Bool { pullback == nil }

    /// The number of graph nodes alive in the process (for leak checks).
    public static var liveCount: Int { liveNodeCount.load(ordering: .relaxed) }
}
