import SwiftGANKernels

extension Tensor {
    /// The entries `indices` along `axis`, in that order.
    public func indexSelect(axis: Int, _ indices: [Int]) -> Tensor {
        let a = Shape.normalizeAxis(axis, rank: rank, op: "indexSelect")
        let size = shape[a]
        return Tensor.record(value.indexSelect(axis: a, indices), operation: "indexSelect", inputs: [self]) { g, _ in
            [g.indexAdd(axis: a, indices, size: size)]
        }
    }

    /// The adjoint of `indexSelect`: entries summed into zeros of extent `size` along `axis`.
    public func indexAdd(axis: Int, _ indices: [Int], size: Int) -> Tensor {
        Tensor.record(value.indexAdd(axis: axis, indices, size: size), operation: "indexAdd", inputs: [self]) { g, _ in
            [g.indexSelect(axis: axis, indices)]
        }
    }

    /// PyTorch's `gather` along `axis` with an integral `index` array.
    public func gather(axis: Int, index: NDArray) -> Tensor {
        let a = Shape.normalizeAxis(axis, rank: rank, op: "gather")
        let inputShape = shape
        return Tensor.record(value.gather(axis: a, index: index), operation: "gather", inputs: [self]) { g, _ in
            [g.scatterAdd(axis: a, index: index, shape: inputShape)]
        }
    }

    /// The adjoint of `gather`: entries summed at `index` along `axis` into zeros of `target` shape.
    public func scatterAdd(axis: Int, index: NDArray, shape target: [Int]) -> Tensor {
        Tensor.record(value.scatterAdd(axis: axis, index: index, shape: target), operation: "scatterAdd", inputs: [self]) { g, _ in
            [g.gather(axis: axis, index: index)]
        }
    }
}
