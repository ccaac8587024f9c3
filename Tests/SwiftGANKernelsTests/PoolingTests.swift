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
}
