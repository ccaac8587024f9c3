import Foundation

extension NPYFile {
    /// The elements in C order as `Double`s: float64 values exactly, other
    /// dtypes through their `Float` value (exact for float32 and float16).
    public func doubles() -> [Double] {
        guard header.dtype.scalarType == .float64 else { return array().elements.map(Double.init) }
        let count = shape.reduce(1, *)
        let bigEndian = header.dtype.isBigEndian
        let stored: [Double] = data.withUnsafeBytes { input in
            guard let base = input.baseAddress else { return [] }
            return (0..<count).map { i in
                let bits = base.loadUnaligned(fromByteOffset: header.dataOffset + i * 8, as: UInt64.self)
                return Double(bitPattern: bigEndian ? UInt64(bigEndian: bits) : UInt64(littleEndian: bits))
            }
        }
        guard header.isFortranOrder, shape.count > 1 else { return stored }
        // Fortran order: the first index varies fastest.
        var result = [Double](repeating: 0, count: count)
        var fortranStrides = [1]
        for extent in shape.dropLast() { fortranStrides.append(fortranStrides[fortranStrides.count - 1] * extent) }
        var index = [Int](repeating: 0, count: shape.count)
        for i in 0..<count {
            result[i] = stored[zip(index, fortranStrides).reduce(0) { $0 + $1.0 * $1.1 }]
            var axis = shape.count - 1
            index[axis] += 1
            while axis > 0 && index[axis] == shape[axis] {
                index[axis] = 0
                axis -= 1
                index[axis] += 1
            }
        }
        return result
    }
}
