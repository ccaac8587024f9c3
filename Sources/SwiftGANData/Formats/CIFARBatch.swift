import Foundation

/// One CIFAR binary batch file: whole records of label bytes and a 32x32 RGB image.
struct CIFARBatch: Sendable {
    /// The file's bytes (memory-mapped when raw).
    let data: BinaryData
    /// The number of records.
    let recordCount: Int

    /// Checks that `data` holds whole records of `variant` with valid labels.
    init(_ data: BinaryData, variant: CIFARVariant) throws {
        let size = variant.recordSize
        guard data.count > 0 else {
            throw data.error(at: 0, "the file is empty; a \(variant.name) batch holds records of \(size) bytes")
        }
        let whole = data.count / size
        guard data.count % size == 0 else {
            throw data.error(
                at: whole * size,
                "incomplete record \(whole): \(data.count % size) of its \(size) bytes are present (\(variant.name) records are \(size) bytes)")
        }
        try data.withUnsafeBytes { bytes in
            for record in 0..<whole {
                for (k, limit) in variant.labelLimits.enumerated() where Int(bytes[record * size + k]) >= limit {
                    throw data.error(
                        at: record * size + k,
                        "label \(bytes[record * size + k]) of record \(record) is not a \(variant.name) class (0-\(limit - 1))")
                }
            }
        }
        (self.data, recordCount) = (data, whole)
    }
}
