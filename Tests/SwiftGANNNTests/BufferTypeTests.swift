import Foundation
import SwiftGAN
import XCTest

/// Buffers keep PyTorch's element types in saved files: BatchNorm's
/// `num_batches_tracked` is an `I64` count, whatever dtype the rest is saved as.
final class BufferTypeTests: XCTestCase {
    func testBatchCountsAreSavedAsIntegers() throws {
        let norm = BatchNorm2d(3)
        var random = RandomGenerator(seed: 1)
        for _ in 0..<3 { _ = norm(Tensor(random.normal([4, 3, 2, 2]))) }
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("swiftgan-buffers-\(UUID().uuidString).safetensors")
        defer { try? FileManager.default.removeItem(at: url) }
        for dtype in [SafetensorsDType.f32, .f16] {
            try norm.save(to: url, dtype: dtype)
            let file = try SafetensorsFile(contentsOf: url)
            XCTAssertEqual(file["num_batches_tracked"]?.dtype, .i64)
            XCTAssertEqual(file["running_mean"]?.dtype, dtype)
            XCTAssertEqual(file["weight"]?.dtype, dtype)
            let restored = BatchNorm2d(3)
            try restored.load(from: url)
            XCTAssertEqual(restored.numBatchesTracked?.value.scalarValue, 3)
        }
    }
}
