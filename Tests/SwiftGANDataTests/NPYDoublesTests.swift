import Foundation
import SwiftGAN
import XCTest

/// float64 values read and written without passing through Float.
final class NPYDoublesTests: XCTestCase {
    func testFloat64RoundTripsExactly() throws {
        let values = [0.1, -1e-300, 1.0 / 3.0, 12345.678901234567, 2.5, -0.0]
        let file = try NPYFile(bytes: NPY.encode(doubles: values, shape: [2, 3]), path: "x.npy")
        XCTAssertEqual(file.header.dtype, .float64)
        XCTAssertEqual(file.doubles(), values)
    }

    func testFortranOrderFloat64ComesBackInCOrder() throws {
        // [[1, 2, 3], [4, 5, 6]] stored column by column, with the header's order flag set.
        var bytes = NPY.encode(doubles: [1, 4, 2, 5, 3, 6], shape: [2, 3])
        let flag = try XCTUnwrap(bytes.range(of: Data("'fortran_order': False".utf8)))
        bytes.replaceSubrange(flag, with: Data("'fortran_order': True ".utf8))
        let file = try NPYFile(bytes: bytes, path: "f.npy")
        XCTAssertTrue(file.header.isFortranOrder)
        XCTAssertEqual(file.doubles(), [1, 2, 3, 4, 5, 6])
    }

    func testOtherDtypesConvertThroughTheirValues() throws {
        let file = try NPYFile(bytes: NPY.encode(NDArray([1, 2, 250], shape: [3]), dtype: .uint8), path: "u.npy")
        XCTAssertEqual(file.doubles(), [1, 2, 250])
    }
}
