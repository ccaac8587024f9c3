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

    /// Calls `body(row, offsetA, offsetB, offsetC)` for each row in `rows`, with the
    /// element offset of the row's first element in each operand (0 for missing ones).
    @inline(__always)
    func forEachRow(in rows: Range<Int>, _ body: (Int, Int, Int, Int) -> Void) {
        if rows.isEmpty { return }
        let rank = outerShape.count
        let operands = outerStrides.count
        var index = [Int](repeating: 0, count: rank)
        var offsets = (0, 0, 0)
        var rest = rows.lowerBound
        for axis in stride(from: rank - 1, through: 0, by: -1) {
            index[axis] = rest % outerShape[axis]
            rest /= outerShape[axis]
            offsets.0 += index[axis] * outerStrides[0][axis]
            if operands > 1 { offsets.1 += index[axis] * outerStrides[1][axis] }
            if operands > 2 { offsets.2 += index[axis] * outerStrides[2][axis] }
        }
        for row in rows {
            body(row, offsets.0, offsets.1, offsets.2)
            var axis = rank - 1
            while axis >= 0 {
                index[axis] += 1
                offsets.0 += outerStrides[0][axis]
                if operands > 1 { offsets.1 += outerStrides[1][axis] }
                if operands > 2 { offsets.2 += outerStrides[2][axis] }
                if index[axis] < outerShape[axis] { break }
                offsets.0 -= outerStrides[0][axis] * outerShape[axis]
                if operands > 1 { offsets.1 -= outerStrides[1][axis] * outerShape[axis] }
                if operands > 2 { offsets.2 -= outerStrides[2][axis] * outerShape[axis] }
                index[axis] = 0
                axis -= 1
            }
        }
    }
}
