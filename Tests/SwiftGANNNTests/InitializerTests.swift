import SwiftGAN
import SwiftGANTestSupport
import XCTest

final class InitializerTests: XCTestCase {
    func statistics(_ x: NDArray) -> (mean: Double, std: Double, maxAbs: Float) {
        let v = x.elements.map(Double.init)
        let mean = v.reduce(0, +) / Double(v.count)
        let std = (v.map { ($0 - mean) * ($0 - mean) }.reduce(0, +) / Double(v.count)).squareRoot()
        return (mean, std, x.elements.map(abs).max()!)
    }

    func testFansFollowPyTorch() {
        XCTAssertTrue(Initializer.fans([64, 32, 3, 3]) == (288, 576))
        XCTAssertTrue(Initializer.fans([10, 20]) == (20, 10))
    }

    func testBoundsAndSpreads() {
        var g = RandomGenerator(seed: 3)
        let shape = [256, 128, 3, 3]  // fanIn 1152, fanOut 2304
        let pytorch = Initializer.pytorchDefault.make(shape, generator: &g)
        XCTAssertLessThanOrEqual(statistics(pytorch).maxAbs, 1 / Float(1152).squareRoot())
        XCTAssertEqual(statistics(pytorch).std, 1 / (1152.0 * 3).squareRoot(), accuracy: 2e-4)

        let dcgan = Initializer.normal(mean: 0, std: 0.02).make(shape, generator: &g)
        XCTAssertEqual(statistics(dcgan).std, 0.02, accuracy: 2e-4)
        XCTAssertEqual(statistics(dcgan).mean, 0, accuracy: 2e-4)

        let xavier = Initializer.xavierUniform(gain: 1).make(shape, generator: &g)
        XCTAssertLessThanOrEqual(statistics(xavier).maxAbs, (6 / Float(1152 + 2304)).squareRoot())
        XCTAssertEqual(statistics(Initializer.xavierNormal(gain: 2).make(shape, generator: &g)).std, 2 * (2 / 3456.0).squareRoot(), accuracy: 3e-4)

        let kaiming = Initializer.kaimingNormal(a: 0).make(shape, generator: &g)
        XCTAssertEqual(statistics(kaiming).std, (2 / 1152.0).squareRoot(), accuracy: 3e-4)
        XCTAssertLessThanOrEqual(statistics(Initializer.kaimingUniform(a: 0.2).make(shape, generator: &g)).maxAbs, (6 / (1.04 * 1152)).squareRoot())
        XCTAssertEqual(Initializer.constant(0.5).make([3], generator: &g).elements, [0.5, 0.5, 0.5])
    }

    func testOrthogonalRowsOrColumnsAreOrthonormal() {
        var g = RandomGenerator(seed: 4)
        for shape in [[6, 10], [10, 6], [4, 2, 2, 2]] {
            let w = Initializer.orthogonal(gain: 1).make(shape, generator: &g)
            let rows = shape[0], columns = w.count / rows
            let m = w.reshaped([rows, columns])
            let gram = rows <= columns ? NDArray.matmul(m, m, transposeA: false, transposeB: true) : NDArray.matmul(m, m, transposeA: true, transposeB: false)
            let n = min(rows, columns)
            var identity = [Float](repeating: 0, count: n * n)
            for i in 0..<n { identity[i * n + i] = 1 }
            assertClose(gram, identity, shape: [n, n], rtol: 0, atol: 1e-5, "\(shape)")
        }
        let scaled = Initializer.orthogonal(gain: 3).make([5, 5], generator: &g)
        let gram = NDArray.matmul(scaled, scaled, transposeA: false, transposeB: true)
        XCTAssertEqual(gram[[2, 2]], 9, accuracy: 1e-4)
    }

    func testSameSeedSameWeights() {
        var a = RandomGenerator(seed: 5), b = RandomGenerator(seed: 5)
        XCTAssertEqual(Conv2d(3, 8, kernel: 3, generator: &a).stateDict(), Conv2d(3, 8, kernel: 3, generator: &b).stateDict())
    }
}
