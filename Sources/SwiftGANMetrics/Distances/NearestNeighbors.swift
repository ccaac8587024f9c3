import SwiftGANKernels

/// Squared Euclidean distances between feature sets, in blocks of rows, and
/// the k-nearest-neighbour radii the manifold metrics are built from.
enum NearestNeighbors {
    static let blockRows = 1_024

    /// Calls `body(firstRow, distances)` with the squared distances `[rows, b.count]`
    /// from each block of `a`'s rows to every row of `b`.
    static func forEachBlock(_ a: NDArray, _ b: NDArray, _ body: (Int, NDArray) -> Void) {
        let bNorms = squaredNorms(b)
        for start in stride(from: 0, to: a.shape[0], by: blockRows) {
            let block = a.slice(axis: 0, start: start, end: min(start + blockRows, a.shape[0]))
            let aNorms = squaredNorms(block)
            var distances = NDArray.matmul(block, b, transposeB: true)
            let columns = b.shape[0]
            distances.withUnsafeMutableBufferPointer { values in
                for row in 0..<aNorms.count {
                    for column in 0..<columns {
                        let index = row * columns + column
                        values[index] = max(0, aNorms[row] + bNorms[column] - 2 * values[index])
                    }
                }
            }
            body(start, distances)
        }
    }

    /// The squared distance from each row of `x` to its `k`-th nearest other row.
    static func kthSquaredRadii(_ x: NDArray, k: Int) -> [Float] {
        precondition(k >= 1 && x.shape[0] > k, "NearestNeighbors: \(x.shape[0]) rows have no \(k)-th neighbour")
        var radii = [Float](repeating: 0, count: x.shape[0])
        forEachBlock(x, x) { start, distances in
            let columns = x.shape[0]
            distances.withUnsafeBufferPointer { values in
                for row in 0..<distances.shape[0] {
                    // The k + 1 smallest, the row itself (distance 0) among them.
                    var smallest = [Float](repeating: .infinity, count: k + 1)
                    for column in 0..<columns {
                        let value = values[row * columns + column]
                        guard value < smallest[k] else { continue }
                        var position = k
                        while position > 0 && smallest[position - 1] > value {
                            smallest[position] = smallest[position - 1]
                            position -= 1
                        }
                        smallest[position] = value
                    }
                    radii[start + row] = smallest[k]
                }
            }
        }
        return radii
    }

    private static func squaredNorms(_ x: NDArray) -> [Float] {
        let columns = x.shape[1]
        return x.withUnsafeBufferPointer { values in
            (0..<x.shape[0]).map { row in
                (0..<columns).reduce(Float(0)) { $0 + values[row * columns + $1] * values[row * columns + $1] }
            }
        }
    }
}
