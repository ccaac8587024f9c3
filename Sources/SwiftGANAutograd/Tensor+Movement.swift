import SwiftGANKernels

extension Tensor {
    /// The same elements with another shape; one dimension may be -1 (inferred).
    public func reshape(_ newShape: [Int]) -> Tensor {
        var resolved = newShape
        if let unknown = newShape.firstIndex(of: -1) {
            let known = newShape.enumerated().filter { $0.offset != unknown }.reduce(1) { $0 * $1.element }
            precondition(known > 0 && count % known == 0, "reshape: cannot view shape \(shape) as \(newShape)")
            resolved[unknown] = count / known
        }
        if resolved == shape { return self }
        let inputShape = shape
        return Tensor.record(value.reshaped(resolved), operation: "reshape", inputs: [self]) { g, _ in
            [g.reshape(inputShape)]
        }
    }

    /// Flattens axes `startAxis...` into one.
    public func flatten(startAxis: Int = 1) -> Tensor {
        let a = Shape.normalizeAxis(startAxis, rank: rank, op: "flatten")
        return reshape(Array(shape[..<a]) + [Shape.count(Array(shape[a...]))])
    }

    /// A new axis of size 1 at `axis`.
    public func unsqueeze(_ axis: Int) -> Tensor {
        let a = axis < 0 ? axis + rank + 1 : axis
        precondition(a >= 0 && a <= rank, "unsqueeze: axis \(axis) is out of range for rank \(rank)")
        var s = shape
        s.insert(1, at: a)
        return reshape(s)
    }

    /// Axis `axis` (of size 1) removed.
    public func squeeze(_ axis: Int) -> Tensor {
        let a = Shape.normalizeAxis(axis, rank: rank, op: "squeeze")
        precondition(shape[a] == 1, "squeeze: axis \(axis) of shape \(shape) is not 1")
        var s = shape
        s.remove(at: a)
        return reshape(s)
    }

    /// The axes reordered: result axis `i` is axis `order[i]`.
    public func permute(_ order: [Int]) -> Tensor {
        let normalized = order.map { Shape.normalizeAxis($0, rank: rank, op: "permute") }
        var inverse = [Int](repeating: 0, count: normalized.count)
        for (i, a) in normalized.enumerated() { inverse[a] = i }
        return Tensor.record(value.permuted(normalized), operation: "permute", inputs: [self]) { g, _ in
            [g.permute(inverse)]
        }
    }

    /// Axes `a` and `b` swapped.
    public func transpose(_ a: Int, _ b: Int) -> Tensor {
        var order = Array(0..<rank)
        order.swapAt(Shape.normalizeAxis(a, rank: rank, op: "transpose"), Shape.normalizeAxis(b, rank: rank, op: "transpose"))
        return permute(order)
    }

    /// Broadcast to `target` (NumPy rules).
    public func expand(to target: [Int]) -> Tensor {
        if shape == target { return self }
        let inputShape = shape
        return Tensor.record(value.expanded(to: target), operation: "expand", inputs: [self]) { g, _ in
            [g.sum(toShape: inputShape)]
        }
    }

    /// Elements `start, start + step, ...` below `end` along `axis`.
    public func slice(axis: Int, start: Int, end: Int, step: Int = 1) -> Tensor {
        let a = Shape.normalizeAxis(axis, rank: rank, op: "slice")
        if start == 0 && end == shape[a] && step == 1 { return self }
        let inputShape = shape
        return Tensor.record(value.slice(axis: a, start: start, end: end, step: step), operation: "slice", inputs: [self]) { g, _ in
            [g.unslice(into: inputShape, axis: a, start: start, step: step)]
        }
    }

    /// The adjoint of `slice`: placed into zeros of `fullShape`.
    public func unslice(into fullShape: [Int], axis: Int, start: Int, step: Int = 1) -> Tensor {
        let axis = Shape.normalizeAxis(axis, rank: rank, op: "unslice")
        let end = start + (shape[axis] - 1) * step + 1
        return Tensor.record(value.unsliced(into: fullShape, axis: axis, start: start, step: step), operation: "unslice", inputs: [self]) { g, _ in
            [g.slice(axis: axis, start: start, end: Swift.max(end, start), step: step)]
        }
    }

    /// Tensors joined along `axis`.
    public static func concat(_ tensors: [Tensor], axis: Int) -> Tensor {
        precondition(!tensors.isEmpty, "concat: no tensors")
        precondition(tensors.allSatisfy { $0.rank == tensors[0].rank }, "concat: ranks differ: \(tensors.map(\.shape))")
        let a = Shape.normalizeAxis(axis, rank: tensors[0].rank, op: "concat")
        let sizes = tensors.map { $0.shape[a] }
        return record(NDArray.concatenate(tensors.map(\.value), axis: a), operation: "concat", inputs: tensors) { g, needed in
            var start = 0
            return sizes.enumerated().map { i, size in
                defer { start += size }
                return needed[i] ? g.slice(axis: a, start: start, end: start + size) : nil
            }
        }
    }

    /// Tensors of equal shape stacked along a new axis.
    public static func stack(_ tensors: [Tensor], axis: Int = 0) -> Tensor {
        precondition(!tensors.isEmpty, "stack: no tensors")
        precondition(tensors.allSatisfy { $0.shape == tensors[0].shape }, "stack: shapes differ: \(tensors.map(\.shape))")
        return concat(tensors.map { $0.unsqueeze(axis) }, axis: axis)
    }

    /// Reversed along `axes`.
    public func flip(axes: [Int]) -> Tensor {
        Tensor.record(value.flipped(axes: axes), operation: "flip", inputs: [self]) { g, _ in [g.flip(axes: axes)] }
    }

    /// Padded on the last `widths.count` axes; `widths[i]` is (before, after).
    public func pad(_ widths: [(Int, Int)], mode: PaddingMode = .zero) -> Tensor {
        let first = rank - widths.count
        guard mode == .zero else {
            return mode.indexPlan(shape: shape, widths: widths).reduce(self) { $0.indexSelect(axis: $1.axis, $1.indices) }
        }
        let inputShape = shape
        return Tensor.record(value.padded(widths, mode: .zero), operation: "pad", inputs: [self]) { g, _ in
            var cropped = g
            for (i, w) in widths.enumerated() {
                cropped = cropped.slice(axis: first + i, start: w.0, end: w.0 + inputShape[first + i])
            }
            return [cropped]
        }
    }
}
