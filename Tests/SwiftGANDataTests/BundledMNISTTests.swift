import Foundation
import SwiftGAN
import XCTest

/// The bundled MNIST test set, photographs and attribution. Expected values
/// come from gzip + numpy (`scripts/make_format_fixtures.py`).
final class BundledMNISTTests: XCTestCase {
    func testMNISTTestSetShapeAndLabels() throws {
        let mnist = try BundledData.mnistTest()
        XCTAssertEqual(mnist.count, 10_000)
        XCTAssertEqual(mnist.classCount, 10)
        XCTAssertTrue(mnist.imageFile.isCompressed)
        XCTAssertEqual(mnist.imageFile.dimensions, [10_000, 28, 28])
        var counts = [Int](repeating: 0, count: 10)
        for label in mnist.labels { counts[label] += 1 }
        XCTAssertEqual(counts, [980, 1135, 1032, 1010, 982, 892, 958, 1028, 974, 1009])
        XCTAssertEqual(Array(mnist.labels.prefix(10)), [7, 2, 1, 0, 4, 1, 4, 9, 5, 9])
    }

    func testMNISTPixels() throws {
        let mnist = try BundledData.mnistTest()
        let first = try mnist.example(at: 0)
        XCTAssertEqual(first.label, 7)
        XCTAssertEqual(first.image.shape, [1, 28, 28])
        XCTAssertEqual((7..<12).map { first.image[[0, 7, $0]] }, [185, 159, 151, 60, 36].map { Float($0) / 255 })
        XCTAssertEqual(first.image.elements.reduce(0) { $0 + Double($1) * 255 }, 18454, accuracy: 1e-6 * 18454)
        XCTAssertEqual(try mnist.example(at: 9999).image.elements.reduce(0) { $0 + Double($1) * 255 }, 41833, accuracy: 1e-6 * 41833)
        let all = try mnist.images()
        XCTAssertEqual(all.shape, [10_000, 1, 28, 28])
        XCTAssertEqual(all.elements.reduce(0) { $0 + (Double($1) * 255).rounded() }, 264_923_200)
        XCTAssertEqual(all.elements.min(), 0)
        XCTAssertEqual(all.elements.max(), 1)
    }

    func testBundledFileURLs() throws {
        XCTAssertEqual(try BundledData.mnistTestImagesURL().lastPathComponent, "t10k-images-idx3-ubyte.gz")
        XCTAssertEqual(try BundledData.mnistTestLabelsURL().lastPathComponent, "t10k-labels-idx1-ubyte.gz")
        XCTAssertEqual(try IDXFile(contentsOf: BundledData.mnistTestLabelsURL()).dimensions, [10_000])
    }

    func testPhotosAndAttribution() throws {
        let names = BundledData.photoURLs.map(\.lastPathComponent)
        XCTAssertEqual(
            names,
            ["astronaut.png", "brick.png", "camera.png", "chelsea.png", "coffee.png", "grass.png", "gravel.png", "horse.png", "rocket.jpg", "text.png"])
        for url in BundledData.photoURLs { XCTAssertTrue(FileManager.default.fileExists(atPath: url.path), url.path) }
        let attribution = try BundledData.attribution()
        XCTAssertTrue(attribution.contains("CC BY-SA 3.0"))
        XCTAssertTrue(attribution.contains("Yann LeCun"))
        XCTAssertTrue(attribution.contains("astronaut.png"))
    }
}
