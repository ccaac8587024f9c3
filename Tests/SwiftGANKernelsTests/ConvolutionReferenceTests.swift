import SwiftGAN
import SwiftGANTestSupport
import XCTest

/// The oneDNN convolutions and GEMM against plain loops.
final class ConvolutionReferenceTests: XCTestCase {
    var generator = RandomGenerator(seed: 12)

    /// Direct cross-correlation, as PyTorch defines conv2d.
    func referenceConv(_ x: NDArray, _ w: NDArray, _ g: ConvolutionGeometry) -> NDArray {
        let outShape = g.outputShape(input: x.shape, weight: w.shape)
        var out = [Float](repeating: 0, count: Shape.count(outShape))
        let (n, c, h, wd) = (x.shape[0], x.shape[1], x.shape[2], x.shape[3])
        let (o, kh, kw) = (w.shape[0], w.shape[2], w.shape[3])
        let (oh, ow) = (outShape[2], outShape[3])
        let cg = c / g.groups, og = o / g.groups
        for b in 0..<n { for oc in 0..<o { for y in 0..<oh { for xo in 0..<ow {
            var acc: Float = 0
            let group = oc / og
            for ic in 0..<cg { for ky in 0..<kh { for kx in 0..<kw {
                let iy = y * g.strideH - g.paddingH + ky * g.dilationH
                let ix = xo * g.strideW - g.paddingW + kx * g.dilationW
                if iy < 0 || iy >= h || ix < 0 || ix >= wd { continue }
                acc += x[[b, group * cg + ic, iy, ix]] * w[[oc, ic, ky, kx]]
            } } }
            out[((b * o + oc) * oh + y) * ow + xo] = acc
        } } } }
        return NDArray(out, shape: outShape)
    }

    func testConvolutionMatchesReferenceAndItsGradientsAreAdjoint() {
        let cases: [([Int], [Int], ConvolutionGeometry)] = [
            ([2, 3, 7, 6], [4, 3, 3, 3], ConvolutionGeometry(stride: (2, 1), padding: (1, 1))),
            ([1, 4, 9, 9], [6, 2, 3, 2], ConvolutionGeometry(stride: (1, 2), padding: (2, 0), dilation: (2, 1), groups: 2)),
            ([3, 1, 8, 8], [5, 1, 4, 4], ConvolutionGeometry(stride: (2, 2), padding: (1, 1))),
            ([1, 2, 5, 5], [2, 2, 1, 1], ConvolutionGeometry()),
            ([1, 3, 8, 7], [3, 1, 3, 3], ConvolutionGeometry(stride: (3, 2), padding: (0, 1), groups: 3)),
        ]
        for (xShape, wShape, geometry) in cases {
            let x = generator.normal(xShape), w = generator.normal(wShape)
            let y = NDArray.conv2d(x, w, geometry: geometry)
            assertClose(y, referenceConv(x, w, geometry), rtol: 1e-4, atol: 1e-4, "\(xShape) * \(wShape), \(geometry)")
            // <conv(x, w), g> == <x, backwardData(g, w)> == <w, backwardWeights(x, g)>
            let g = generator.normal(y.shape)
            let inner = Double((y * g).sum().scalarValue)
            let dataSide = Double((x * NDArray.conv2dBackwardData(g, w, inputShape: xShape, geometry: geometry)).sum().scalarValue)
            let weightSide = Double((w * NDArray.conv2dBackwardWeights(x, g, weightShape: wShape, geometry: geometry)).sum().scalarValue)
            XCTAssertEqual(dataSide, inner, accuracy: 1e-3 * max(1, abs(inner)), "\(geometry)")
            XCTAssertEqual(weightSide, inner, accuracy: 1e-3 * max(1, abs(inner)), "\(geometry)")
        }
    }

    func testMatmulMatchesReference() {
        let a = generator.normal([2, 3, 5]), b = generator.normal([5, 4])
        let c = NDArray.matmul(a, b)
        for batch in 0..<2 { for i in 0..<3 { for j in 0..<4 {
            let expected = (0..<5).reduce(Float(0)) { $0 + a[[batch, i, $1]] * b[[$1, j]] }
            XCTAssertEqual(c[[batch, i, j]], expected, accuracy: 1e-4)
        } } }
        let t = NDArray.matmul(b, a, transposeA: true, transposeB: true)  // [4, 5] x [2, 5, 3] -> [2, 4, 3]
        XCTAssertEqual(t.shape, [2, 4, 3])
        XCTAssertEqual(t[[1, 2, 0]], (0..<5).reduce(Float(0)) { $0 + b[[$1, 2]] * a[[1, 0, $1]] }, accuracy: 1e-4)
    }

    func testPoolingValues() {
        let x = NDArray((0..<16).map(Float.init), shape: [1, 1, 4, 4])
        assertClose(x.averagePool2d(PoolingGeometry(kernel: (2, 2))), [2.5, 4.5, 10.5, 12.5], shape: [1, 1, 2, 2])
        assertClose(x.maxPool2dIndices(PoolingGeometry(kernel: (2, 2))), [5, 7, 13, 15], shape: [1, 1, 2, 2])
        let padded = x.averagePool2d(PoolingGeometry(kernel: (3, 3), stride: (2, 2), padding: (1, 1)))
        assertClose(padded, [10.0 / 9, 24.0 / 9, 51.0 / 9, 90.0 / 9], shape: [1, 1, 2, 2], rtol: 1e-5)
    }
}
