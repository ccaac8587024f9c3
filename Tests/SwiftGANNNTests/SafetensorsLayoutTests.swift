import Foundation
import SwiftGAN
import XCTest

/// The writer's exact bytes, and the reader's acceptance of the format's permitted variations.
final class SafetensorsLayoutTests: XCTestCase {
    func testSmallFileHasTheExactBytesOfTheFormat() throws {
        var file = SafetensorsFile(metadata: ["k": "v"])
        try file.setArray(NDArray([1, -2], shape: [2]), named: "b")
        try file.setArray(NDArray([1, 2, 3], shape: [3]), named: "a", dtype: .u8)

        // 132 bytes of JSON, tensors sorted by name, padded with 4 spaces to 136 (0x88) so the data starts at 144.
        let json = #"{"__metadata__":{"k":"v"},"a":{"dtype":"U8","shape":[3],"data_offsets":[0,3]},"#
            + #""b":{"dtype":"F32","shape":[2],"data_offsets":[3,11]}}"#
        var expected: [UInt8] = [0x88, 0, 0, 0, 0, 0, 0, 0]
        expected += Array(json.utf8) + [0x20, 0x20, 0x20, 0x20]
        expected += [1, 2, 3]
        expected += [0x00, 0x00, 0x80, 0x3F, 0x00, 0x00, 0x00, 0xC0]

        XCTAssertEqual(json.utf8.count, 132)
        XCTAssertEqual(Array(file.serialized()), expected)
        XCTAssertEqual(expected.count, 155)
    }

    func testEmptyFileIsAPaddedEmptyObject() {
        XCTAssertEqual(Array(SafetensorsFile().serialized()), [8, 0, 0, 0, 0, 0, 0, 0] + Array("{}      ".utf8))
    }

    func testNamesAndMetadataAreEscapedAndReadBack() throws {
        let name = "quote\" back\\slash\ttab\u{1}ctl é😀"
        var file = SafetensorsFile(metadata: ["note": "line\nbreak \"x\""])
        try file.setArray(NDArray(scalar: 1), named: name)
        let bytes = file.serialized()
        XCTAssertTrue(String(decoding: bytes, as: UTF8.self).contains(#""quote\" back\\slash\ttab\u0001ctl é😀""#))
        let reread = try SafetensorsFile(data: bytes)
        XCTAssertEqual(reread.names, [name])
        XCTAssertEqual(reread.metadata, file.metadata)
    }

    func testReaderAcceptsWhitespaceEscapesAndAnyTensorOrder() throws {
        let header = """
            { "b" : { "data_offsets" : [ 4, 8 ], "shape" : [ 1 ], "dtype" : "I32" },\r
              "\\u0061" : {"dtype":"U8","shape":[2,2],"data_offsets":[0,4]},
              "empty": {"dtype":"F16","shape":[3,0],"data_offsets":[8,8]}, "__metadata__": {} }\t\n
            """
        let file = try SafetensorsFile(data: SafetensorsTestData.file(header: header, data: [1, 2, 3, 4, 7, 0, 0, 0]))
        XCTAssertEqual(file.names, ["a", "b", "empty"])
        XCTAssertEqual(try file.array(named: "a").elements, [1, 2, 3, 4])
        XCTAssertEqual(try file.array(named: "b").elements, [7])
        XCTAssertEqual(try file.array(named: "empty").shape, [3, 0])
        XCTAssertEqual(file.metadata, [:])
    }

    func testZeroSizedTensorsMayShareAnOffset() throws {
        let header = #"{"a":{"dtype":"F32","shape":[0],"data_offsets":[0,0]},"b":{"dtype":"F32","shape":[0],"data_offsets":[0,0]}}"#
        XCTAssertEqual(try SafetensorsFile(data: SafetensorsTestData.file(header: header)).names, ["a", "b"])
    }
}
