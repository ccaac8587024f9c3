import Foundation
import SwiftGAN
import XCTest

/// Builders for raw safetensors bytes and scratch directories shared by the safetensors tests.
enum SafetensorsTestData {
    /// A file from header text and data bytes; the stored header length is the
    /// text's UTF-8 length unless `headerLength` overrides it.
    static func file(header: String, data: [UInt8] = [], headerLength: UInt64? = nil) -> Data {
        let headerBytes = Array(header.utf8)
        return file(headerBytes: headerBytes, data: data, headerLength: headerLength)
    }

    /// A file from raw header bytes (which need not be UTF-8) and data bytes.
    static func file(headerBytes: [UInt8], data: [UInt8] = [], headerLength: UInt64? = nil) -> Data {
        var bytes = Data()
        withUnsafeBytes(of: (headerLength ?? UInt64(headerBytes.count)).littleEndian) { bytes.append(contentsOf: $0) }
        bytes.append(contentsOf: headerBytes)
        bytes.append(contentsOf: data)
        return bytes
    }

    /// A new empty directory under the system's temporary directory, removed when the test ends.
    static func scratchDirectory(for test: XCTestCase) throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("swiftgan-safetensors-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        test.addTeardownBlock { try? FileManager.default.removeItem(at: url) }
        return url
    }

    /// The bit pattern of each element, so that NaNs and signed zeros compare exactly.
    static func bitPatterns(_ array: NDArray) -> [UInt32] {
        array.elements.map(\.bitPattern)
    }
}
