import Foundation
import SwiftGANKernels

/// Reading and writing NumPy's `.npy` files: how arrays, and generated
/// samples in particular, leave the library.
///
/// Reading accepts format versions 1.0, 2.0 and 3.0, dtypes `b1`, `i1`-`i8`,
/// `u1`-`u8`, `f2`, `f4` and `f8` in either byte order, and C or Fortran
/// order (Fortran-order arrays are transposed into C order). Writing produces
/// version 1.0 (2.0 for very long headers), C order, `'<f4'` unless told
/// otherwise.
public enum NPY {
    /// The array in the NPY file at `url`.
    public static func read(contentsOf url: URL) throws -> NDArray {
        try NPYFile(contentsOf: url).array()
    }

    /// The array in NPY bytes; errors name `path`.
    public static func decode(_ bytes: Data, path: String = "NPY data") throws -> NDArray {
        try NPYFile(bytes: bytes, path: path).array()
    }

    /// The NPY bytes of `array` stored as `dtype` (integer dtypes round to the
    /// nearest and clamp to their range; NaN becomes 0).
    public static func encode(_ array: NDArray, dtype: NPYDType = .float32) -> Data {
        var bytes = NPYHeader.encode(dtype: dtype, shape: array.shape)
        array.withUnsafeBufferPointer { dtype.scalarType.encode($0, bigEndian: dtype.isBigEndian, into: &bytes) }
        return bytes
    }

    /// Writes `array` to `url` as `dtype`, atomically: the file is written
    /// under a temporary name in the same directory and renamed into place.
    public static func write(_ array: NDArray, to url: URL, dtype: NPYDType = .float32) throws {
        try AtomicWrite.write(encode(array, dtype: dtype), to: url)
    }
}

extension NPY {
    /// The NPY bytes of float64 `values` with `shape`, little-endian, C order.
    public static func encode(doubles values: [Double], shape: [Int]) -> Data {
        precondition(values.count == shape.reduce(1, *), "NPY.encode: \(values.count) values for shape \(shape)")
        var bytes = NPYHeader.encode(dtype: .float64, shape: shape)
        for value in values { withUnsafeBytes(of: value.bitPattern.littleEndian) { bytes.append(contentsOf: $0) } }
        return bytes
    }
}
