import SwiftGANKernels

extension Tensor {
    /// Sum over `axes` (all when `nil`).
    public func sum(axes: [Int]? = nil, keepDims: Bool = false) -> Tensor {
        let normalized = Shape.normalizeAxes(axes, rank: rank, op: "sum")
        var kept = shape
        for a in normalized { kept[a] = 1 }
        let inputShape = shape
        return Tensor.record(value.sum(axes: normalized, keepDims: keepDims), operation: "sum", inputs: [self]) { g, _ in
            [g.reshape(kept).expand(to: inputShape)]
        }
    }

    /// Mean over `axes` (all when `nil`).
    public func mean(axes: [Int]? = nil, keepDims: Bool = false) -> Tensor {
        let normalized = Shape.normalizeAxes(axes, rank: rank, op: "mean")
        let n = normalized.reduce(1) { $0 * shape[$1] }
        return sum(axes: normalized, keepDims: keepDims) * (1 / Float(n))
    }

    /// Variance over `axes` with `correction` (1: unbiased, PyTorch's default).
    public func variance(axes: [Int]? = nil, correction: Int = 1, keepDims: Bool = false) -> Tensor {
        let normalized = Shape.normalizeAxes(axes, rank: rank, op: "variance")
        let n = normalized.reduce(1) { $0 * shape[$1] }
        let centered = self - mean(axes: normalized, keepDims: true)
        return centered.square().sum(axes: normalized, keepDims: keepDims) * (1 / Float(Swift.max(n - correction, 0)))
    }

    /// Maximum over `axes`; the gradient is shared evenly among tied maxima (as `torch.amax`).
    public func max(axes: [Int]? = nil, keepDims: Bool = false) -> Tensor {
        extremum(value.max(axes: axes, keepDims: true), axes: axes, keepDims: keepDims, name: "max")
    }

    /// Minimum over `axes`; the gradient is shared evenly among tied minima (as `torch.amin`).
    public func min(axes: [Int]? = nil, keepDims: Bool = false) -> Tensor {
        extremum(value.min(axes: axes, keepDims: true), axes: axes, keepDims: keepDims, name: "min")
    }

    /// `log(sum(exp(x)))` over `axes`, computed stably.
    public func logSumExp(axes: [Int]? = nil, keepDims: Bool = false) -> Tensor {
        let m = Tensor(value.max(axes: axes, keepDims: true)
            .map(.clamp(low: -Float.greatestFiniteMagnitude, high: .greatestFiniteMagnitude)))
        let s = (self - m).exp().sum(axes: axes, keepDims: true).log() + m
        return keepDims ? s : s.reshape(value.sum(axes: axes).shape)
    }

    /// Index of the largest element of the flattened tensor (a rank-0 constant).
    public func argmax() -> Tensor { Tensor(value.argmax()) }

    /// Index of the largest element along `axis` (a constant).
    public func argmax(axis: Int, keepDims: Bool = false) -> Tensor {
        Tensor(value.argmax(axis: axis, keepDims: keepDims))
    }

    /// Sums broadcast axes away so the result has `target` shape (adjoint of `expand`).
    public func sum(toShape target: [Int]) -> Tensor {
        if shape == target { return self }
        let inputShape = shape
        return Tensor.record(value.sum(toShape: target), operation: "sumToShape", inputs: [self]) { g, _ in
            [g.expand(to: inputShape)]
        }
    }

    private func extremum(_ keptValue: NDArray, axes: [Int]?, keepDims: Bool, name: String) -> Tensor {
        let mask = value.zip(keptValue, .equal)
        let share = Tensor(mask / mask.sum(axes: axes, keepDims: true))
        let kept = keptValue.shape
        let out = keepDims ? keptValue : keptValue.reshaped(value.sum(axes: axes).shape)
        return Tensor.record(out, operation: name, inputs: [self]) { g, _ in
            [g.reshape(kept) * share]
        }
    }
}
