import Foundation
import SwiftGANKernels

extension SafetensorsFile {
    /// The file's bytes: the 8-byte little-endian header length, the header
    /// (padded with spaces to a multiple of 8 bytes) and the tensors' data,
    /// tensors sorted by name.
    public func serialized() -> Data {
        var entries: [SafetensorsHeaderEntry] = []
        var offset = 0
        let ordered = tensors.sorted { $0.key.utf8.lexicographicallyPrecedes($1.key.utf8) }
        for (name, tensor) in ordered {
            entries.append(
                SafetensorsHeaderEntry(name: name, dtype: tensor.dtype, shape: tensor.shape, begin: offset, end: offset + tensor.bytes.count))
            offset += tensor.bytes.count
        }
        let header = SafetensorsHeaderWriter.header(entries: entries, metadata: metadata)
        var data = Data(capacity: 8 + header.count + offset)
        withUnsafeBytes(of: UInt64(header.count).littleEndian) { data.append(contentsOf: $0) }
        data.append(contentsOf: header)
        for (_, tensor) in ordered { data.append(tensor.bytes) }
        return data
    }

    /// Writes the file to `url` atomically (see `AtomicFileWriter`): readers see
    /// either the old file or the complete new one, never a partial write.
    public func write(to url: URL) throws {
        try AtomicFileWriter.write(serialized(), to: url)
    }
}
