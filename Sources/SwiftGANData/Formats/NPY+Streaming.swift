import Foundation
import SwiftGANKernels

extension NPY {
    /// Writes an array of `shape` whose rows arrive in pieces: `produce` hands
    /// `append` arrays of shape `[k] + shape.dropFirst()`, in order, whose
    /// rows add up to `shape[0]`. Only one piece is in memory at a time; the
    /// file appears atomically once all rows are written (a failure or an
    /// error thrown by `produce` leaves no file behind).
    public static func write(shape: [Int], to url: URL, dtype: NPYDType = .float32, _ produce: (_ append: (NDArray) throws -> Void) throws -> Void) throws {
        precondition(!shape.isEmpty && shape.allSatisfy { $0 >= 0 }, "NPY.write: expected a shape of rank 1 or more without negative sizes, got \(shape)")
        let rowShape = Array(shape.dropFirst())
        var rows = 0
        try AtomicWrite.write(to: url) { append in
            try withoutActuallyEscaping(append) { write in
                try write(NPYHeader.encode(dtype: dtype, shape: shape))
                try produce { piece in
                    precondition(Array(piece.shape.dropFirst()) == rowShape && piece.rank == shape.count,
                                 "NPY.write: a piece of shape \(piece.shape) does not continue an array of shape \(shape)")
                    precondition(rows + piece.shape[0] <= shape[0], "NPY.write: more than the \(shape[0]) rows announced")
                    rows += piece.shape[0]
                    var bytes = Data()
                    piece.withUnsafeBufferPointer { dtype.scalarType.encode($0, bigEndian: dtype.isBigEndian, into: &bytes) }
                    try write(bytes)
                }
                precondition(rows == shape[0], "NPY.write: \(rows) rows written of the \(shape[0]) announced")
            }
        }
    }
}
