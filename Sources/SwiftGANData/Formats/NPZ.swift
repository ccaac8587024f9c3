import Foundation
import SwiftGANKernels

/// Reading and writing NumPy's `.npz` archives: ZIP files of `.npy` entries,
/// stored or deflated, as `np.savez` and `np.savez_compressed` write them.
///
/// Arrays are keyed by entry name without `.npy`; entries not ending in
/// `.npy` are skipped. Each entry's size and CRC-32 are checked. ZIP64
/// archives (over 4 GiB or 65535 entries) are rejected, and not written, except for the ZIP64
/// placeholders NumPy puts in local headers, which are not needed.
///
/// Errors name the archive and a byte offset in it; a problem inside an entry
/// is reported at the entry's data (stored entries: at the exact byte) and the
/// message names the entry and, for deflated ones, the byte of its
/// decompressed contents.
public enum NPZ {
    /// The arrays in the NPZ file at `url`.
    public static func read(contentsOf url: URL) throws -> [String: NDArray] {
        try read(ZIPArchive(BinaryData.load(url, detectGzip: false)))
    }

    /// The arrays in NPZ bytes; errors name `path`.
    public static func decode(_ bytes: Data, path: String = "NPZ data") throws -> [String: NDArray] {
        try read(ZIPArchive(BinaryData(bytes: bytes, path: path, detectGzip: false)))
    }

    /// The NPZ bytes of `arrays` (entries in key order) stored as `dtype`,
    /// deflated when `compressed` is set.
    public static func encode(_ arrays: [String: NDArray], compressed: Bool = false, dtype: NPYDType = .float32) throws -> Data {
        var writer = ZIPWriter(path: "NPZ data")
        for (name, array) in arrays.sorted(by: { $0.key < $1.key }) {
            try writer.add(name: name + ".npy", contents: NPY.encode(array, dtype: dtype), compressed: compressed)
        }
        return try writer.finish()
    }

    /// Writes `arrays` to `url` (deflated when `compressed` is set),
    /// atomically: under a temporary name in the same directory, then renamed.
    public static func write(_ arrays: [String: NDArray], to url: URL, compressed: Bool = false, dtype: NPYDType = .float32) throws {
        let bytes: Data
        do {
            bytes = try encode(arrays, compressed: compressed, dtype: dtype)
        } catch let error as DataError {
            throw DataError(path: url.path, problem: error.problem)
        }
        try AtomicWrite.write(bytes, to: url)
    }

    private static func read(_ archive: ZIPArchive) throws -> [String: NDArray] {
        try files(archive).mapValues { $0.array() }
    }

    private static func files(_ archive: ZIPArchive) throws -> [String: NPYFile] {
        var files: [String: NPYFile] = [:]
        for entry in archive.entries where entry.name.hasSuffix(".npy") {
            let key = String(entry.name.dropLast(4))
            guard files[key] == nil else { throw archive.data.error(at: entry.dataOffset, "entry '\(entry.name)' appears twice") }
            let contents = try archive.contents(of: entry)
            do {
                files[key] = try NPYFile(bytes: contents, path: entry.name)
            } catch let error as DataError {
                throw locate(error, in: entry, of: archive)
            }
        }
        return files
    }

    /// An error inside an entry's NPY bytes, placed in the archive.
    private static func locate(_ error: DataError, in entry: ZIPEntry, of archive: ZIPArchive) -> DataError {
        let inner = error.offset ?? 0
        if entry.method == 0 {
            return archive.data.error(at: entry.dataOffset + inner, "entry '\(entry.name)': \(error.problem)")
        }
        return archive.data.error(at: entry.dataOffset, "entry '\(entry.name)', byte \(inner) of its decompressed contents: \(error.problem)")
    }
}

extension NPZ {
    /// The NPY entries of the NPZ file at `url`, keyed by name without `.npy`,
    /// opened but not converted (for float64 values, read them with `NPYFile.doubles()`).
    public static func files(contentsOf url: URL) throws -> [String: NPYFile] {
        try files(ZIPArchive(BinaryData.load(url, detectGzip: false)))
    }

    /// Writes ready NPY `entries` (keyed by name without `.npy`) to `url` as a stored NPZ archive, atomically.
    public static func write(entries: [String: Data], to url: URL) throws {
        var writer = ZIPWriter(path: url.path)
        for (name, contents) in entries.sorted(by: { $0.key < $1.key }) {
            try writer.add(name: name + ".npy", contents: contents, compressed: false)
        }
        try AtomicWrite.write(writer.finish(), to: url)
    }
}
