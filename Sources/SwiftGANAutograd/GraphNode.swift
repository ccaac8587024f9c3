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
    private(set) var inputs: [GraphNode?]
    /// The input tensors and their versions when the operation ran: a gradient
    /// through an input changed since (`assign`, an optimizer step) would be stale.
    private(set) var inputTensors: [Tensor]
    let inputVersions: [Int]
    private(set) var pullback: Pullback?
    /// False for operations whose pullback uses raw kernels: they cannot be differentiated twice.
    let supportsHigherOrder: Bool
    /// The accumulated gradient of a leaf after `backward()`.
    var grad: Tensor?

    init(operation: String, inputs: [Tensor], pullback: Pullback?, supportsHigherOrder: Bool) {
        id = nodeSequence.add(1, ordering: .relaxed).newValue
        self.operation = operation
        self.inputs = inputs.map(\.node)
        inputTensors = inputs
        inputVersions = inputs.map(\.version)
        self.pullback = pullback
        self.supportsHigherOrder = supportsHigherOrder
        liveNodeCount.add(1, ordering: .relaxed)
    }

    /// Frees the graph above this node iteratively: an input node that only this
    /// teardown still holds is emptied before it is released, so a long chain of
    /// operations never recurses through nested deinitializers.
    deinit {
        liveNodeCount.subtract(1, ordering: .relaxed)
        var pending = inputs.compactMap { $0 }
        dropReferences()
        while var node = pending.popLast() {
            if isKnownUniquelyReferenced(&node) {
                pending.append(contentsOf: node.inputs.compactMap { $0 })
                node.dropReferences()
            }
        }
    }

    private func dropReferences() {
        inputs = []
        inputTensors = []
        pullback = nil
    }

    /// True for leaves (tensors created with `requiresGrad`).
    var isLeaf: Bool { pullback == nil }

    /// The number of graph nodes alive in the process (for leak checks).
    public static var liveCount: Int { liveNodeCount.load(ordering: .relaxed) }
}
