import SwiftGANData
import Foundation
import SwiftGANKernels

/// Mutation fuzzing of the NPY and NPZ readers, with samples made in memory.
package enum NPYFuzz {
    /// A campaign of `cases` NPY mutants; each is decoded whole, by its first
    /// row, and as integers when its dtype holds integers.
    package static func campaign(seed: UInt64, cases: Int) -> DecoderFuzzCampaign {
        DecoderFuzzCampaign(format: "npy", samples: npySamples(), seed: seed, cases: cases) { bytes in
            let file = try NPYFile(bytes: Data(bytes), path: "fuzz.npy")
            _ = file.array()
            if let rows = file.shape.first, rows > 0 { _ = file.rows((rows - 1)..<rows) }
            if file.header.dtype.scalarType.isInteger { _ = try file.integers() }
        }
    }

    /// A campaign of `cases` NPZ mutants, each decoded whole.
    package static func npzCampaign(seed: UInt64, cases: Int) -> DecoderFuzzCampaign {
        DecoderFuzzCampaign(format: "npz", samples: npzSamples(), seed: seed, cases: cases) { bytes in
            _ = try NPZ.decode(Data(bytes), path: "fuzz.npz")
        }
    }

    /// Valid NPY files: versions 1.0, 2.0 and 3.0; little- and big-endian;
    /// C and Fortran order; `f2`, `f4`, `f8`, `u1`, `i4`, `i8`, `b1`; a scalar.
    package static func npySamples() -> [[UInt8]] {
        let values = NDArray((0..<48).map { Float($0 % 7) * 1.5 - 2 }, shape: [6, 8])
        var samples: [Data] = [
            NPY.encode(values), NPY.encode(values, dtype: .float64), NPY.encode(values, dtype: .uint8),
            NPY.encode(values.reshaped([48]), dtype: NPYDType(.int64)), NPY.encode(values, dtype: NPYDType(.float16)),
            NPY.encode(values, dtype: NPYDType(.bool)), NPY.encode(NDArray(scalar: 7)),
        ]
        samples.append(raw(version: 2, "{'descr': '>i4', 'fortran_order': True, 'shape': (2, 3), }", NPYDType(.int32, bigEndian: true)))
        samples.append(raw(version: 3, "{'descr': '<f4', 'fortran_order': False, 'shape': (3, 2), }", .float32))
        return samples.map { Array($0) }
    }

    /// Valid NPZ files: two arrays stored, and the same deflated.
    package static func npzSamples() -> [[UInt8]] {
        let arrays = ["a": NDArray((0..<48).map { Float($0 % 5) }, shape: [6, 8]), "b": NDArray([0.5, -1], shape: [2])]
        return [false, true].compactMap { try? NPZ.encode(arrays, compressed: $0) }.map { Array($0) }
    }

    /// An NPY file of version 2 or 3 with the given header text and six elements 0...5.
    private static func raw(version: UInt8, _ header: String, _ dtype: NPYDType) -> Data {
        var bytes = Data(NPYHeader.magic + [version, 0])
        let text = header + String(repeating: " ", count: (64 - (12 + header.utf8.count + 1) % 64) % 64) + "\n"
        withUnsafeBytes(of: UInt32(text.utf8.count).littleEndian) { bytes.append(contentsOf: $0) }
        bytes.append(contentsOf: Array(text.utf8))
        NDArray([0, 1, 2, 3, 4, 5], shape: [6]).withUnsafeBufferPointer {
            dtype.scalarType.encode($0, bigEndian: dtype.isBigEndian, into: &bytes)
        }
        return bytes
    }
}
