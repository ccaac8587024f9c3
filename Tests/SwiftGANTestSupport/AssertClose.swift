import SwiftGAN
import XCTest

/// Fails unless `actual` and `expected` have the same shape and every element
/// satisfies `|a - e| <= atol + rtol * |e|`; reports the worst element.
public func assertClose(
    _ actual: NDArray, _ expected: NDArray, rtol: Float = 1e-5, atol: Float = 1e-6,
    _ message: String = "", file: StaticString = #filePath, line: UInt = #line
) {
    guard actual.shape == expected.shape else {
        XCTFail("shape \(actual.shape) != expected \(expected.shape) \(message)", file: file, line: line)
        return
    }
    let a = actual.elements, e = expected.elements
    var worst = -1
    var worstExcess: Float = 0
    for i in a.indices {
        let bound = atol + rtol * abs(e[i])
        let error = abs(a[i] - e[i])
        if !(error <= bound) && (worst < 0 || error - bound > worstExcess || error.isNaN) {
            worst = i
            worstExcess = error - bound
        }
    }
    if worst >= 0 {
        XCTFail(
            "element \(worst) of \(actual.shape): \(a[worst]) vs expected \(e[worst]) (rtol \(rtol), atol \(atol)) \(message)",
            file: file, line: line)
    }
}

/// `assertClose` for tensors.
public func assertClose(
    _ actual: Tensor, _ expected: Tensor, rtol: Float = 1e-5, atol: Float = 1e-6,
    _ message: String = "", file: StaticString = #filePath, line: UInt = #line
) {
    assertClose(actual.value, expected.value, rtol: rtol, atol: atol, message, file: file, line: line)
}

/// `assertClose` against literal elements.
public func assertClose(
    _ actual: NDArray, _ expected: [Float], shape: [Int], rtol: Float = 1e-5, atol: Float = 1e-6,
    _ message: String = "", file: StaticString = #filePath, line: UInt = #line
) {
    assertClose(actual, NDArray(expected, shape: shape), rtol: rtol, atol: atol, message, file: file, line: line)
}
