@testable import SwiftGANZoo
import SwiftGAN
import XCTest

/// Restoring in tiles gives what restoring the whole image gives, once the
/// overlap covers the network's reach.
final class TiledRestorationTests: XCTestCase {
    private func largestDifference(_ a: NDArray, _ b: NDArray) -> Float {
        XCTAssertEqual(a.shape, b.shape)
        return zip(a.elements, b.elements).map { abs($0 - $1) }.max()!
    }

    func testTilesOfBicubicUpsamplingMatchTheWholeImage() {
        var random = RandomGenerator(seed: 3)
        let image = random.uniform([1, 3, 13, 10], low: -1, high: 1)
        let bicubic = BicubicUpsampling(factor: 3)
        let whole = withoutGrad { bicubic(Tensor(image)).value }
        // The cubic reads 2 pixels either side: a margin of 2 reproduces the whole; none leaves seams.
        let tiled = withoutGrad { TiledRestoration.restore(image, tile: 4, overlap: 2, factor: 3) { bicubic(Tensor($0)).value } }
        XCTAssertLessThan(largestDifference(tiled, whole), 1e-5)
        let seams = withoutGrad { TiledRestoration.restore(image, tile: 4, overlap: 0, factor: 3) { bicubic(Tensor($0)).value } }
        XCTAssertGreaterThan(largestDifference(seams, whole), 1e-3)
    }

    func testTilesOfAnEDSRMatchTheWholeImage() throws {
        var c = try Presets.configuration("photos_x4_edsr")
        for (key, value) in [("dataset", "mnist_x2"), ("edsr.width", "4"), ("edsr.blocks", "1")] { try c.set(key, to: value) }
        let inference = try ModelRegistry.trainer(for: c).inference
        let model = try XCTUnwrap(inference.model as? any RestorationModel)
        var random = RandomGenerator(seed: 4)
        let image = random.uniform([1, 1, 11, 17], low: -1, high: 1)
        func restore(_ x: NDArray) -> NDArray { inference.evaluating { model.restore(Tensor(x), networks: inference.networks).value } }
        // Head, block (2), body and upsampler convolutions: 5 low-resolution pixels, and the 3x3 tail half of one.
        let tiled = TiledRestoration.restore(image, tile: 5, overlap: 6, factor: 2, restore)
        XCTAssertLessThan(largestDifference(tiled, restore(image)), 1e-4)
    }
}
