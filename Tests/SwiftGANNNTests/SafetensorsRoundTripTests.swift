import Foundation
import SwiftGAN
import XCTest

/// Every dtype written from `Float` and read back, with the rounding of the 16-bit formats checked bit for bit.
final class SafetensorsRoundTripTests: XCTestCase {
    private func roundTrip(_ values: [Float], shape: [Int]? = nil, dtype: SafetensorsDType) throws -> NDArray {
        var file = SafetensorsFile()
        try file.setArray(NDArray(values, shape: shape ?? [values.count]), named: "x", dtype: dtype)
        let reread = try SafetensorsFile(data: file.serialized())
        XCTAssertEqual(reread, file)
        XCTAssertEqual(reread["x"]?.dtype, dtype)
        return try reread.array(named: "x")
    }

    func testExactDTypesRoundTripEveryValueExactly() throws {
        let cases: [(SafetensorsDType, [Float])] = [
            (.f32, [0, -0.0, 1 / 3, .pi, 0x1p-149, .greatestFiniteMagnitude, .infinity, -.infinity, 0x1p-126]),
            (.f64, [0, -0.0, 1 / 3, 0x1p-149, .greatestFiniteMagnitude, .infinity, -.infinity]),
            (.i64, [-9_223_372_036_854_775_808, -1, 0, 1, 9_007_199_254_740_992]),
            (.u64, [0, 1, 18_446_742_974_197_923_840]),
            (.i32, [-2_147_483_648, -1, 0, 2_147_483_520]),
            (.u32, [0, 4_294_967_040]),
            (.i16, [-32768, 0, 32767]),
            (.u16, [0, 65535]),
            (.i8, [-128, 0, 127]),
            (.u8, [0, 1, 255]),
            (.bool, [0, 1, 1, 0]),
        ]
        for (dtype, values) in cases {
            let result = try roundTrip(values, dtype: dtype)
            XCTAssertEqual(result.elements.map(\.bitPattern), values.map(\.bitPattern), "\(dtype)")
        }
        let nan = try roundTrip([.nan], dtype: .f64)
        XCTAssertTrue(nan.elements[0].isNaN)
    }

    func testShapesIncludingScalarsAndEmptyTensorsRoundTrip() throws {
        XCTAssertEqual(try roundTrip([2.5], shape: [], dtype: .f32).shape, [])
        XCTAssertEqual(try roundTrip([], shape: [0, 3], dtype: .f16).shape, [0, 3])
        let matrix = try roundTrip([1, 2, 3, 4, 5, 6], shape: [2, 1, 3], dtype: .bf16)
        XCTAssertEqual(matrix.shape, [2, 1, 3])
        XCTAssertEqual(matrix.elements, [1, 2, 3, 4, 5, 6])
    }

    func testF16RoundsToNearestEven() throws {
        let values: [Float] = [
            1 / 3, 65504, 65519.996, 65520, -1e6, 0x1p-24, 0x1p-25, 0x1.8p-25, 0x1p-26, 6e-5, 1 + 0x1p-11, 1 + 0x3p-11,
            .infinity, -0.0,
        ]
        let expected: [UInt16] = [0x3555, 0x7BFF, 0x7BFF, 0x7C00, 0xFC00, 0x0001, 0x0000, 0x0001, 0x0000, 0x03EF, 0x3C00, 0x3C02, 0x7C00, 0x8000]
        let tensor = try SafetensorsTensor(NDArray(values, shape: [values.count]), dtype: .f16)
        XCTAssertEqual(littleEndianHalves(tensor.bytes), expected)
        XCTAssertEqual(tensor.toNDArray().elements[0], 0.333251953125)
        XCTAssertEqual(tensor.toNDArray().elements[5], 0x1p-24)
        XCTAssertEqual(tensor.toNDArray().elements[9], 0x3EFp-24)
        let nan = try SafetensorsTensor(NDArray([.nan], shape: [1]), dtype: .f16)
        XCTAssertEqual(littleEndianHalves(nan.bytes), [0x7E00])
        XCTAssertTrue(nan.toNDArray().elements[0].isNaN)
    }

    func testBF16RoundsToNearestEven() throws {
        let values: [Float] = [1 / 3, 1 + 0x1p-8, 1 + 0x3p-8, Float(1e-40 as Double), -3e38, .greatestFiniteMagnitude, 65520, .infinity, -.infinity]
        let expected: [UInt16] = [0x3EAB, 0x3F80, 0x3F82, 0x0001, 0xFF62, 0x7F80, 0x4780, 0x7F80, 0xFF80]
        let tensor = try SafetensorsTensor(NDArray(values, shape: [values.count]), dtype: .bf16)
        XCTAssertEqual(littleEndianHalves(tensor.bytes), expected)
        XCTAssertEqual(tensor.toNDArray().elements[0], 0.333984375)
        XCTAssertEqual(tensor.toNDArray().elements[3], 0x1p-133)
        let nan = try SafetensorsTensor(NDArray([.nan, -.nan], shape: [2]), dtype: .bf16)
        XCTAssertTrue(nan.toNDArray().elements.allSatisfy(\.isNaN))
    }

    #if !(os(macOS) && arch(x86_64))
        /// Checks the integer conversions against the platform's `Float16` on every binary16 value and many floats.
        func testF16ConversionsMatchTheNativeFloat16() throws {
            let allHalves = (0...UInt16.max).map { $0 }
            let bytes = Data(allHalves.flatMap { [UInt8(truncatingIfNeeded: $0), UInt8($0 >> 8)] })
            let decoded = try SafetensorsTensor(dtype: .f16, shape: [allHalves.count], bytes: bytes).toNDArray().elements
            for (bits, value) in zip(allHalves, decoded) {
                let native = Float(Float16(bitPattern: bits))
                XCTAssertTrue(native.bitPattern == value.bitPattern || (native.isNaN && value.isNaN), "bits \(bits)")
            }
            var generator = RandomGenerator(seed: 11)
            let floats = (0..<200_000).map { _ in Float(bitPattern: UInt32.random(in: 0...UInt32.max, using: &generator)) }
            let encoded = try SafetensorsTensor(NDArray(floats, shape: [floats.count]), dtype: .f16)
            for (value, bits) in zip(floats, littleEndianHalves(encoded.bytes)) where !value.isNaN {
                XCTAssertEqual(bits, Float16(value).bitPattern, "value \(value)")
            }
        }
    #endif

    func testIntegerDTypesRejectValuesTheyCannotHold() {
        let cases: [(SafetensorsDType, Float)] = [(.u8, 256), (.u8, -1), (.i8, 0.5), (.i32, .nan), (.i64, .infinity), (.bool, 2), (.u16, 1e6)]
        for (dtype, value) in cases {
            var file = SafetensorsFile()
            XCTAssertThrowsError(try file.setArray(NDArray([0, value], shape: [2]), named: "counts", dtype: dtype)) { error in
                XCTAssertEqual(
                    "\(error)", "safetensors data: tensor \"counts\": element 1 (\(value)) cannot be stored exactly as \(dtype.rawValue)")
            }
        }
    }

    func testTensorsFromRawBytesMustFitTheirShape() {
        XCTAssertThrowsError(try SafetensorsTensor(dtype: .f32, shape: [2, 2], bytes: Data(count: 12))) { error in
            XCTAssertEqual("\(error)", "safetensors data: dtype F32 with shape [2, 2] needs 16 bytes, but 12 were given")
        }
        XCTAssertThrowsError(try SafetensorsTensor(dtype: .u8, shape: [-1], bytes: Data())) { error in
            XCTAssertTrue("\(error)".contains("shape [-1] has a negative dimension"))
        }
    }

    func testMetadataKeyIsReservedAndMissingTensorsAreNamed() {
        var file = SafetensorsFile()
        XCTAssertThrowsError(try file.setArray(NDArray(zeros: [1]), named: "__metadata__")) { error in
            XCTAssertTrue("\(error)".contains("\"__metadata__\" is reserved"))
        }
        XCTAssertThrowsError(try file.array(named: "missing")) { error in
            XCTAssertEqual("\(error)", "safetensors data: no tensor named \"missing\"")
        }
    }

    func testStateDictConversionKeepsValuesAndSortsNames() throws {
        let state = StateDict([("z.weight", NDArray([1, 2], shape: [2])), ("a.bias", NDArray(scalar: 3))])
        let file = try SafetensorsFile(stateDict: state, dtype: .f64, metadata: ["epoch": "1"])
        XCTAssertEqual(file.names, ["a.bias", "z.weight"])
        let reread = StateDict(try SafetensorsFile(data: file.serialized()))
        XCTAssertEqual(reread.keys, ["a.bias", "z.weight"])
        XCTAssertEqual(reread["z.weight"]?.elements, state["z.weight"]?.elements)
        XCTAssertEqual(reread["a.bias"]?.shape, [])
        XCTAssertEqual(reread["a.bias"]?.elements, [3])
    }

    private func littleEndianHalves(_ bytes: Data) -> [UInt16] {
        stride(from: 0, to: bytes.count, by: 2).map { UInt16(bytes[$0]) | UInt16(bytes[$0 + 1]) << 8 }
    }
}
