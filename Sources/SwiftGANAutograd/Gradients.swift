import SwiftGANKernels

/// The gradients of `outputs` (weighted by `seeds`, ones by default) with
/// respect to each of `targets`.
///
/// Only the nodes on a path from a target to an output are visited, in
/// reverse creation order, iteratively. With `createGraph` the pullbacks run
/// with recording on, so the returned gradients are themselves differentiable
/// (gradient penalties); an operation that cannot be differentiated twice
/// then stops the program with its name. A target that no output depends on
/// gets zeros.
public func gradients(
    of outputs: [Tensor], wrt targets: [Tensor], seeds: [Tensor]? = nil, createGraph: Bool = false
) -> [Tensor] {
    precondition(seeds == nil || seeds!.count == outputs.count, "gradients: \(seeds!.count) seeds for \(outputs.count) outputs")
    for target in targets {
        precondition(target.node != nil, "gradients: a target of shape \(target.shape) does not require gradients")
    }
    let targetIDs = Set(targets.map { ObjectIdentifier($0.node!) })
    let grads = GradientSweep.run(
        outputs: outputs, seeds: seeds, createGraph: createGraph, isWanted: { targetIDs.contains(ObjectIdentifier($0)) })
    return targets.map { target in
        guard let g = grads[ObjectIdentifier(target.node!)] else { return Tensor.zeros(target.shape) }
        return createGraph ? g : Tensor(g.value)
    }
}

/// The gradient of one output with respect to each of `targets`.
public func gradients(of output: Tensor, wrt targets: [Tensor], seed: Tensor? = nil, createGraph: Bool = false) -> [Tensor] {
    gradients(of: [output], wrt: targets, seeds: seed.map { [$0] }, createGraph: createGraph)
}

extension Tensor {
    /// Accumulates the gradient of this tensor (weighted by `seed`, ones by
    /// default) into the `grad` of every leaf it depends on. Leaf gradients are
    /// plain values; for differentiable gradients use `gradients(of:wrt:createGraph:)`.
    public func backward(seed: Tensor? = nil) {
        precondition(node != nil, "backward: the tensor of shape \(shape) does not depend on anything that requires gradients")
        let grads = GradientSweep.run(outputs: [self], seeds: seed.map { [$0] }, createGraph: false, isWanted: { $0.isLeaf })
        GradientSweep.forEachLeaf(from: [self]) { leaf in
            guard let g = grads[ObjectIdentifier(leaf)] else { return }
            leaf.grad = Tensor(leaf.grad.map { $0.value + g.value } ?? g.value)
        }
    }
}

/// The reverse sweep shared by `gradients(of:)` and `backward()`.
enum GradientSweep {
    static func run(
        outputs: [Tensor], seeds: [Tensor]?, createGraph: Bool, isWanted: (GraphNode) -> Bool
    ) -> [ObjectIdentifier: Tensor] {
        let nodes = collect(outputs.compactMap(\.node))
        var onPath: [ObjectIdentifier: Bool] = [:]
        for node in nodes.reversed() {
            onPath[ObjectIdentifier(node)] =
                isWanted(node) || node.inputs.contains { $0.map { onPath[ObjectIdentifier($0)] ?? false } ?? false }
        }
        var grads: [ObjectIdentifier: Tensor] = [:]
        let sweep = {
            for (index, output) in outputs.enumerated() {
                guard let node = output.node else { continue }
                let seed = seeds?[index] ?? Tensor.ones(output.shape)
                precondition(seed.shape == output.shape, "gradients: seed \(seed.shape) does not match output \(output.shape)")
                accumulate(&grads, ObjectIdentifier(node), seed)
            }
            for node in nodes {
                let key = ObjectIdentifier(node)
                guard let pullback = node.pullback, onPath[key] == true, let g = grads[key] else { continue }
                precondition(
                    !createGraph || node.supportsHigherOrder,
                    "gradients: '\(node.operation)' has no second derivative; it cannot be used under createGraph")
                for (tensor, version) in zip(node.inputTensors, node.inputVersions) where tensor.version != version {
                    preconditionFailure(
                        "gradients: an input of '\(node.operation)' (shape \(tensor.shape)) was changed by assign or an optimizer step after the forward pass; run the forward pass again")
                }
                let needed = node.inputs.map { $0.map { onPath[ObjectIdentifier($0)] ?? false } ?? false }
                let inputGrads = pullback(g, needed)
                precondition(inputGrads.count == node.inputs.count, "gradients: pullback of '\(node.operation)' returned \(inputGrads.count) gradients for \(node.inputs.count) inputs")
                for (index, grad) in inputGrads.enumerated() {
                    guard let input = node.inputs[index], let grad, onPath[ObjectIdentifier(input)] == true else { continue }
                    precondition(
                        grad.shape == node.inputTensors[index].shape,
                        "gradients: the pullback of '\(node.operation)' gave a gradient of shape \(grad.shape) for input \(index) of shape \(node.inputTensors[index].shape)")
                    accumulate(&grads, ObjectIdentifier(input), grad)
                }
                if !isWanted(node) { grads[key] = nil }
            }
        }
        if createGraph { withGrad(sweep) } else { withoutGrad(sweep) }
        return grads
    }

    private static func accumulate(_ grads: inout [ObjectIdentifier: Tensor], _ key: ObjectIdentifier, _ g: Tensor) {
        if let existing = grads[key] { grads[key] = existing + g } else { grads[key] = g }
    }

    /// Every node reachable from `roots`, newest first.
    static func collect(_ roots: [GraphNode]) -> [GraphNode] {
        var seen = Set<ObjectIdentifier>()
        var stack = roots
        var result: [GraphNode] = []
        while let node = stack.popLast() {
            guard seen.insert(ObjectIdentifier(node)).inserted else { continue }
            result.append(node)
            for input in node.inputs { if let input { stack.append(input) } }
        }
        return result.sorted { $0.id > $1.id }
    }

    static func forEachLeaf(from outputs: [Tensor], _ body: (GraphNode) -> Void) {
        for node in collect(outputs.compactMap(\.node)) where node.isLeaf { body(node) }
    }
}
