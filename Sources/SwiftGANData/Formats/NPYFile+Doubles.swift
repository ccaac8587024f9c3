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
        return FortranLayout.offsets(shape: shape, rows: 0..<shape[0]).map { stored[$0] }
    }
}
