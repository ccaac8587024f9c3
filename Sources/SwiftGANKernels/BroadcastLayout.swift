/// How several operands are read when broadcast to one output shape: the
/// dimensions are coalesced, the innermost one is walked by the loop, and the
/// outer ones ("rows") are addressed through per-operand strides.
struct BroadcastLayout {
    /// Outer extents (all coalesced dimensions but the last).
    let outerShape: [Int]
    /// Per operand, the stride of each outer dimension.
    let outerStrides: [[Int]]
    /// Extent of the innermost dimension.
    let innerCount: Int
    /// Per operand, the stride of the innermost dimension (0 when broadcast).
    let innerStrides: [Int]

    /// Number of rows (product of the outer extents).
    var rowCount: Int { Shape.count(outerShape) }

    init(shape: [Int], operands: [[Int]]) {
        var dims = shape
        var strides = operands.map { Shape.broadcastStrides($0, to: shape) }
        if dims.isEmpty {
            dims = [1]
            strides = strides.map { _ in [0] }
        }
        var mergedDims: [Int] = [dims[0]]
        var mergedStrides: [[Int]] = strides.map { [$0[0]] }
        for axis in 1..<dims.count {
            let canMerge = strides.indices.allSatisfy { k in
                mergedStrides[k].last! == strides[k][axis] * dims[axis]
            }
            if canMerge {
                mergedDims[mergedDims.count - 1] *= dims[axis]
                for k in strides.indices { mergedStrides[k][mergedStrides[k].count - 1] = strides[k][axis] }
            } else {
                mergedDims.append(dims[axis])
                for k in strides.indices { mergedStrides[k].append(strides[k][axis]) }
            }
        }
        innerCount = mergedDims.removeLast()
        innerStrides = mergedStrides.map { $0.last! }
        outerShape = mergedDims
        outerStrides = mergedStrides.map { Array($0.dropLast()) }
    }

    /// The element offset of `row`'s first element in each operand.
    @inline(__always)
    func rowOffsets(_ row: Int) -> [Int] {
        var offsets = [Int](repeating: 0, count: outerStrides.count)
        var rest = row
        for axis in stride(from: outerShape.count - 1, through: 0, by: -1) {
            let extent = outerShape[axis]
            let i = rest % extent
            rest /= extent
            for k in offsets.indices { offsets[k] += i * outerStrides[k][axis] }
        }
        return offsets
    }
}
