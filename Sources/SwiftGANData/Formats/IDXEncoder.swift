import Foundation
import SwiftGANKernels

/// Writes IDX bytes, for tests and fuzzing samples.
package enum IDXEncoder {
    /// An IDX file holding `array` (shape and values) as `type`, which must be
    /// an IDX type; integers are rounded and clamped. Gzip-compressed when `gzip` is set.
    package static func encode(_ array: NDArray, as type: ScalarType = .uint8, gzip: Bool = false) -> Data {
        guard let code = IDXHeader.code(of: type) else { preconditionFailure("IDXEncoder: IDX cannot store \(type)") }
        var bytes = Data([0, 0, code, UInt8(array.rank)])
        for extent in array.shape {
            withUnsafeBytes(of: UInt32(extent).bigEndian) { bytes.append(contentsOf: $0) }
        }
        array.withUnsafeBufferPointer { type.encode($0, bigEndian: true, into: &bytes) }
        return gzip ? Zlib.deflate(bytes, framing: .gzip) : bytes
    }
}
