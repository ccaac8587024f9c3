import Foundation
import SwiftGAN
import XCTest

/// NPY files written by numpy (base64 printed by `scripts/make_format_fixtures.py`, numpy 2.4).
final class NPYNumpyFixtureTests: XCTestCase {
    static let float32 = "k05VTVBZAQB2AHsnZGVzY3InOiAnPGY0JywgJ2ZvcnRyYW5fb3JkZXInOiBGYWxzZSwgJ3NoYXBlJzogKDIsIDMpLCB9ICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgIAoAAAAAAADAPwAAAMAAAFBAAADIQgAAAL8="
    static let float64BigEndian = "k05VTVBZAQB2AHsnZGVzY3InOiAnPmY4JywgJ2ZvcnRyYW5fb3JkZXInOiBGYWxzZSwgJ3NoYXBlJzogKDIsIDMpLCB9ICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgIAoAAAAAAAAAAD/4AAAAAAAAwAAAAAAAAABACgAAAAAAAEBZAAAAAAAAv+AAAAAAAAA="
    static let int16Fortran = "k05VTVBZAQB2AHsnZGVzY3InOiAnPGkyJywgJ2ZvcnRyYW5fb3JkZXInOiBUcnVlLCAnc2hhcGUnOiAoMiwgMyksIH0gICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgIAoAAAMAAQAEAAIABQA="
    static let uint8Cube = "k05VTVBZAQB2AHsnZGVzY3InOiAnfHUxJywgJ2ZvcnRyYW5fb3JkZXInOiBGYWxzZSwgJ3NoYXBlJzogKDIsIDIsIDIpLCB9ICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgIAoAAQIDBAUGBw=="
    static let bool = "k05VTVBZAQB2AHsnZGVzY3InOiAnfGIxJywgJ2ZvcnRyYW5fb3JkZXInOiBGYWxzZSwgJ3NoYXBlJzogKDMsKSwgfSAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgIAoBAAE="
    static let int64 = "k05VTVBZAQB2AHsnZGVzY3InOiAnPGk4JywgJ2ZvcnRyYW5fb3JkZXInOiBGYWxzZSwgJ3NoYXBlJzogKDQsKSwgfSAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgIAr9/////////wAAAAAAAAAABwAAAAAAAAAAAAAAAAEAAA=="
    static let float16 = "k05VTVBZAQB2AHsnZGVzY3InOiAnPGYyJywgJ2ZvcnRyYW5fb3JkZXInOiBGYWxzZSwgJ3NoYXBlJzogKDMsKSwgfSAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgIAoAOP/7AgA="
    static let scalar = "k05VTVBZAQB2AHsnZGVzY3InOiAnPGY0JywgJ2ZvcnRyYW5fb3JkZXInOiBGYWxzZSwgJ3NoYXBlJzogKCksIH0gICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgIAoAACBA"
    static let version2 = "k05VTVBZAgB0AAAAeydkZXNjcic6ICc8ZjQnLCAnZm9ydHJhbl9vcmRlcic6IEZhbHNlLCAnc2hhcGUnOiAoMiwgMyksIH0gICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgIAoAAAAAAADAPwAAAMAAAFBAAADIQgAAAL8="
    static let version3 = "k05VTVBZAwB0AAAAeydkZXNjcic6ICc8ZjQnLCAnZm9ydHJhbl9vcmRlcic6IEZhbHNlLCAnc2hhcGUnOiAoMiwgMyksIH0gICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgIAoAAAAAAADAPwAAAMAAAFBAAADIQgAAAL8="

    private let grid: [Float] = [0, 1.5, -2, 3.25, 100, -0.5]

    private func file(_ base64: String) throws -> NPYFile {
        try NPYFile(bytes: XCTUnwrap(Data(base64Encoded: base64)), path: "numpy.npy")
    }

    func testFloatFilesInEveryVersionAndByteOrder() throws {
        for (base64, version) in [(Self.float32, 1), (Self.version2, 2), (Self.version3, 3), (Self.float64BigEndian, 1)] {
            let npy = try file(base64)
            XCTAssertEqual(npy.header.majorVersion, version)
            XCTAssertEqual(npy.shape, [2, 3])
            XCTAssertEqual(npy.array().elements, grid)
        }
        XCTAssertEqual(try file(Self.float64BigEndian).header.dtype, NPYDType(.float64, bigEndian: true))
    }

    func testFortranOrderIsReadIntoCOrder() throws {
        let npy = try file(Self.int16Fortran)
        XCTAssertTrue(npy.header.isFortranOrder)
        XCTAssertEqual(npy.array().shape, [2, 3])
        XCTAssertEqual(npy.array().elements, [0, 1, 2, 3, 4, 5])
        XCTAssertEqual(npy.rows(1..<2).elements, [3, 4, 5])
        XCTAssertEqual(npy.rows(0..<2).elements, [0, 1, 2, 3, 4, 5])
    }

    func testIntegerBooleanAndHalfFiles() throws {
        XCTAssertEqual(try file(Self.uint8Cube).array().shape, [2, 2, 2])
        XCTAssertEqual(try file(Self.uint8Cube).array().elements, (0..<8).map(Float.init))
        XCTAssertEqual(try file(Self.bool).array().elements, [1, 0, 1])
        XCTAssertEqual(try file(Self.int64).integers(), [-3, 0, 7, 1 << 40])
        XCTAssertEqual(try file(Self.int64).array().elements, [-3, 0, 7, 0x1p40])
        XCTAssertEqual(try file(Self.float16).array().elements, [0.5, -65504, 0x1p-23])
        let scalar = try file(Self.scalar).array()
        XCTAssertEqual(scalar.shape, [])
        XCTAssertEqual(scalar.scalarValue, 2.5)
    }
}
