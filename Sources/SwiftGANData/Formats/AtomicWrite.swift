import Foundation
import SwiftGANKernels

/// Puts a data file in place with `AtomicFileWriter` (readers and a crash see
/// the old file or the whole new one), reporting failures as a `DataError`
/// that names the file and the cause in words.
enum AtomicWrite {
    /// Writes `data` to `url`.
    static func write(_ data: Data, to url: URL) throws {
        try write(to: url) { append in try append(data) }
    }

    /// Writes the chunks `produce` hands over to `url`; an error thrown by `produce` is rethrown unchanged.
    static func write(to url: URL, _ produce: (_ append: (Data) throws -> Void) throws -> Void) throws {
        do {
            try AtomicFileWriter.write(to: url, produce)
        } catch let error as AtomicWriteError {
            throw DataError(path: url.path, problem: "cannot be written: \(error.step) failed: \(error.cause)")
        }
    }
}
