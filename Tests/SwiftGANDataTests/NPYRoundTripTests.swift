import Foundation
import SwiftGAN
import XCTest

/// Arrays written as NPY and read back: every dtype, both byte orders, scalars
/// and empty arrays, numpy's header layout, atomic replacement.
final class NPYRoundTripTests: XCTestCase {
    private var directory: URL!

    override func setUpWithError() throws {
        directory = FileManager.default.temporaryDirectory.appendingPathComponent("swiftgan-npy-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        addTeardownBlock { [directory] in try? FileManager.default.removeItem(at: directory!) }
    }

    func testFloat32RoundTripIsBitExact() throws {
        let special: [Float] = [0, -0.0, 1.5, -3.25e-12, .infinity, -.infinity, .nan, .leastNonzeroMagnitude, .greatestFiniteMagnitude]
        let array = NDArray(special + [1, 2, 3], shape: [3, 4])
        let url = directory.appendingPathComponent("samples.npy")
        try NPY.write(array, to: url)
        let back = try NPY.read(contentsOf: url)
        XCTAssertEqual(back.shape, [3, 4])
        XCTAssertEqual(back.elements.map(\.bitPattern), array.elements.map(\.bitPattern))
        let header = try NPYFile(contentsOf: url).header
        XCTAssertEqual(header.dtype, .float32)
        XCTAssertEqual(header.dtype.description, "<f4")
        XCTAssertEqual(header.majorVersion, 1)
        XCTAssertFalse(header.isFortranOrder)
        XCTAssertEqual(header.dataOffset % 64, 0)
    }

    func testHeaderMatchesNumpysLayout() throws {
        let bytes = NPY.encode(NDArray([0, 1.5, -2, 3.25, 100, -0.5], shape: [2, 3]))
        XCTAssertEqual(bytes.count, 128 + 24)
        let text = String(decoding: bytes[10..<128], as: UTF8.self)
        XCTAssertEqual(text, "{'descr': '<f4', 'fortran_order': False, 'shape': (2, 3), }" + String(repeating: " ", count: 58) + "\n")
        XCTAssertEqual(bytes, Data(base64Encoded: NPYNumpyFixtureTests.float32))
    }

    func testEveryDtypeInBothByteOrders() throws {
        let values = NDArray([0, 1, 2, 100, 127, 3], shape: [2, 3])
        for type in ScalarType.allCases {
            for bigEndian in [false, true] {
                let dtype = NPYDType(type, bigEndian: bigEndian)
                let back = try NPY.decode(NPY.encode(values, dtype: dtype))
                let expected = type == .bool ? [0, 1, 1, 1, 1, 1] : values.elements
                XCTAssertEqual(back.elements, expected, "\(dtype)")
                XCTAssertEqual(try NPYFile(bytes: NPY.encode(values, dtype: dtype), path: "x").header.dtype, dtype)
            }
        }
        XCTAssertEqual(NPYDType(.int64, bigEndian: true).description, ">i8")
        XCTAssertEqual(NPYDType(.uint8, bigEndian: true).description, "|u1")
        XCTAssertEqual(NPYDType(.bool).description, "|b1")
    }

    func testIntegerDtypesRoundAndClamp() throws {
        let values = NDArray([-5, 300, 2.5, -2.5, .nan, 1e20], shape: [6])
        XCTAssertEqual(try NPY.decode(NPY.encode(values, dtype: .uint8)).elements, [0, 255, 3, 0, 0, 255])
        XCTAssertEqual(try NPY.decode(NPY.encode(values, dtype: NPYDType(.int8))).elements, [-5, 127, 3, -3, 0, 127])
        XCTAssertEqual(
            try NPYFile(bytes: NPY.encode(values, dtype: NPYDType(.int64)), path: "x").integers(),
            [-5, 300, 3, -3, 0, Int(Int64.max)])
        XCTAssertEqual(try NPY.decode(NPY.encode(values, dtype: NPYDType(.bool))).elements, [1, 1, 1, 1, 0, 1])
    }

    func testHalfPrecision() throws {
        let values = NDArray([0.5, 65504, 70000, 0x1p-24, 0x1p-14, -1.0009765625, .nan, .infinity], shape: [8])
        let back = try NPY.decode(NPY.encode(values, dtype: NPYDType(.float16))).elements
        XCTAssertEqual(Array(back[0..<6]), [0.5, 65504, .infinity, 0x1p-24, 0x1p-14, -1.0009765625])
        XCTAssertTrue(back[6].isNaN)
        XCTAssertEqual(back[7], .infinity)
    }

    func testScalarsAndEmptyArrays() throws {
        let scalar = try NPY.decode(NPY.encode(NDArray(scalar: 4.5)))
        XCTAssertEqual(scalar.shape, [])
        XCTAssertEqual(scalar.scalarValue, 4.5)
        for shape in [[0], [0, 3], [2, 0, 5]] {
            XCTAssertEqual(try NPY.decode(NPY.encode(NDArray(zeros: shape))).shape, shape)
        }
        let oneD = NPY.encode(NDArray([1, 2], shape: [2]))
        XCTAssertTrue(String(decoding: oneD, as: UTF8.self).contains("'shape': (2,), }"))
    }

    func testRowsAndIntegers() throws {
        let file = try NPYFile(bytes: NPY.encode(NDArray((0..<24).map(Float.init), shape: [4, 2, 3]), dtype: NPYDType(.int32)), path: "rows")
        XCTAssertEqual(file.rows(1..<3).shape, [2, 2, 3])
        XCTAssertEqual(file.rows(1..<3).elements, (6..<18).map(Float.init))
        XCTAssertEqual(file.rows(4..<4).shape, [0, 2, 3])
        XCTAssertEqual(try file.integers(), Array(0..<24))
    }

    func testWritesAreAtomicReplacements() throws {
        let url = directory.appendingPathComponent("out.npy")
        try NPY.write(NDArray([1, 2, 3], shape: [3]), to: url)
        try NPY.write(NDArray([4, 5], shape: [2]), to: url, dtype: .float64)
        XCTAssertEqual(try NPY.read(contentsOf: url).elements, [4, 5])
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: directory.path), ["out.npy"])
        let nowhere = directory.appendingPathComponent("missing/out.npy")
        XCTAssertThrowsError(try NPY.write(NDArray([1], shape: [1]), to: nowhere)) { error in
            XCTAssertEqual((error as? DataError)?.path, nowhere.path)
            XCTAssertTrue("\(error)".hasPrefix("\(nowhere.path): cannot be written"), "\(error)")
        }
    }
}
