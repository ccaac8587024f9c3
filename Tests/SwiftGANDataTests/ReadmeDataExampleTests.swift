import Foundation
import SwiftGAN
import XCTest

/// The README's data example, run in a temporary folder.
final class ReadmeDataExampleTests: XCTestCase {
    func testDataExample() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("readme-data-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }

        let mnist = try BundledData.mnistTest()
        let loader = try DataLoader(mnist, batchSize: 64, seed: 1)
        let batch = try loader.next()
        XCTAssertEqual(batch.images.shape, [64, 1, 28, 28])
        XCTAssertEqual(batch.labels?.count, 64)
        XCTAssertEqual(batch.images.min().scalarValue, -1)
        try ImageGrid(columns: 8).writePNG(batch.images, to: folder.appendingPathComponent("real.png").path)
        try NPY.write(batch.images, to: folder.appendingPathComponent("real.npy"))
        let grid = try ImageCodec.read(folder.appendingPathComponent("real.png").path)
        XCTAssertEqual(grid.width, 8 * 28 + 9 * 2)
        XCTAssertEqual(try NPY.read(contentsOf: folder.appendingPathComponent("real.npy")).elements, batch.images.elements)
    }
}
