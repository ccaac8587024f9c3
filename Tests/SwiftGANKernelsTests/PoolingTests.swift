import SwiftGAN
@testable import SwiftGANKernels
import XCTest

/// The separable pooling kernels against a direct window-by-window reference.
final class PoolingTests: XCTestCase {
    private func reference(_ x: NDArray, _ g: PoolingGeometry, max: Bool) -> [Float] {
        let out = g.outputShape(x.shape, op: "reference")
        let values = x.elements
        var result: [Float] = []
        for plane in 0..<(x.shape[0] * x.shape[1]) {
            for oy in 0..<out[2] {
                for ox in 0..<out[3] {
                    var taps: [Float] = []
                    for ky in 0..<g.kernelH {
                        for kx in 0..<g.kernelW {
                            let (iy, ix) = (oy * g.strideH - g.paddingH + ky, ox * g.strideW - g.paddingW + kx)
                            if iy >= 0 && iy < x.shape[2] && ix >= 0 && ix < x.shape[3] { taps.append(values[(plane * x.shape[2] + iy) * x.shape[3] + ix]) }
                        }
                    }
                    result.append(max ? (taps.contains { $0.isNaN } ? .nan : taps.max()!) : taps.reduce(0, +) / Float(g.kernelH * g.kernelW))
                }
            }
        }
        return result
    }

    func testSeparableWindowsMatchTheDirectReference() {
        var random = RandomGenerator(seed: 3)
        let x = random.normal([2, 3, 9, 11])
        for g in [PoolingGeometry(kernel: (3, 3), stride: (2, 2)), PoolingGeometry(kernel: (3, 3), stride: (1, 1), padding: (1, 1)),
                  PoolingGeometry(kernel: (2, 3), stride: (1, 2), padding: (1, 1)), PoolingGeometry(kernel: (2, 2))] {
            let maxima = x.maxPool2d(g).elements, means = x.averagePool2d(g).elements
            for (a, b) in zip(maxima, reference(x, g, max: true)) { XCTAssertEqual(a, b, "\(g)") }
            for (a, b) in zip(means, reference(x, g, max: false)) { XCTAssertEqual(a, b, accuracy: 1e-6, "\(g)") }
        }
    }

    func testMaxPoolingPropagatesNaNAndNeverPicksPadding() {
        let x = NDArray([-5, -6, .nan, -7], shape: [1, 1, 2, 2])
        let out = x.maxPool2d(PoolingGeometry(kernel: (2, 2), stride: (1, 1), padding: (1, 1))).elements
        XCTAssertEqual(out[0], -5)
        XCTAssertTrue(out[3].isNaN)
        XCTAssertEqual(out[2], -6, "a window over padding and -6 alone")
    }

    func testTheValueOnlyPathMatchesTheDifferentiablePath() {
        var random = RandomGenerator(seed: 4)
        let x = random.normal([1, 2, 7, 7])
        let plain = Tensor(x).maxPool2d(kernel: (3, 3), stride: (2, 2))
        let recorded = Tensor(x, requiresGrad: true).maxPool2d(kernel: (3, 3), stride: (2, 2))
        XCTAssertEqual(plain.value.elements, recorded.value.elements)
    }

    func testNearestUpsamplingRepeatsEachElementIntoItsBlock() {
        var random = RandomGenerator(seed: 5)
        let x = random.normal([2, 3, 4, 5]), values = x.elements
        for (sh, sw) in [(2, 2), (3, 1), (1, 2), (2, 3)] {
            let up = x.upsampledNearest(scaleH: sh, scaleW: sw, times: 0.5)
            XCTAssertEqual(up.shape, [2, 3, 4 * sh, 5 * sw])
            let out = up.elements
            for plane in 0..<6 {
                for y in 0..<(4 * sh) {
                    for x in 0..<(5 * sw) {
                        XCTAssertEqual(out[(plane * 4 * sh + y) * 5 * sw + x], values[(plane * 4 + y / sh) * 5 + x / sw] * 0.5, "\(sh)x\(sw) at \(y), \(x)")
                    }
                }
            }
        }
    }

    func testTheAdjointOfWholeWindowAveragingSpreadsEachGradientEvenly() {
        var random = RandomGenerator(seed: 6)
        let g = random.normal([1, 2, 3, 4]), values = g.elements
        let spread = g.averagePool2dBackward(PoolingGeometry(kernel: (2, 3)), inputShape: [1, 2, 6, 12]).elements
        for plane in 0..<2 {
            for y in 0..<6 {
                for x in 0..<12 { XCTAssertEqual(spread[(plane * 6 + y) * 12 + x], values[(plane * 3 + y / 2) * 4 + x / 3] * (1 / Float(6))) }
            }
        }
        let overlapping = g.averagePool2dBackward(PoolingGeometry(kernel: (2, 3), stride: (2, 3)), inputShape: [1, 2, 7, 13]).elements
        XCTAssertEqual(overlapping[6 * 13 + 12], 0, "a row and column no window covers get nothing")
    }
}
