import Foundation
import SwiftGAN
import XCTest

/// Every kind of malformed file is rejected with a `SafetensorsError` whose
/// message names the file and the exact problem.
final class SafetensorsBadInputTests: XCTestCase {
    private var directory: URL!
    private var caseNumber = 0

    override func setUpWithError() throws {
        directory = try SafetensorsTestData.scratchDirectory(for: self)
    }

    /// Writes `data` to a new file, reads it, and checks the whole error message.
    private func assertRejected(_ data: Data, _ problem: String, line: UInt = #line) throws {
        caseNumber += 1
        let url = directory.appendingPathComponent("case\(caseNumber).safetensors")
        try data.write(to: url)
        XCTAssertThrowsError(try SafetensorsFile(contentsOf: url), line: line) { error in
            XCTAssertEqual("\(error)", "safetensors file \(url.path): \(problem)", line: line)
            XCTAssertEqual((error as? SafetensorsError)?.path, url.path, line: line)
        }
    }

    private func assertRejected(header: String, data: [UInt8] = [], _ problem: String, line: UInt = #line) throws {
        try assertRejected(SafetensorsTestData.file(header: header, data: data), problem, line: line)
    }

    private func entry(_ name: String, _ dtype: String = "U8", shape: String = "[4]", offsets: String = "[0,4]") -> String {
        #""\#(name)":{"dtype":"\#(dtype)","shape":\#(shape),"data_offsets":\#(offsets)}"#
    }

    func testTruncatedFiles() throws {
        try assertRejected(Data(), "the data has 0 bytes, fewer than the 8-byte header length")
        try assertRejected(Data([16, 0, 0, 0, 0]), "the data has 5 bytes, fewer than the 8-byte header length")
        try assertRejected(
            SafetensorsTestData.file(header: "{\"a\":{\"dtype\"", headerLength: 64),
            "header length 64 runs past the end of the data (13 bytes follow the length)")
        try assertRejected(
            header: "{" + entry("a", "F32", shape: "[2]", offsets: "[0,8]") + "}", data: [0, 0, 0, 0, 0],
            "tensor \"a\": data_offsets [0, 8] run past the end of the 5-byte data buffer")
    }

    func testHeaderLengthBeyondTheFileOrAbsurdlyLarge() throws {
        try assertRejected(
            SafetensorsTestData.file(header: "{}", headerLength: 3), "header length 3 runs past the end of the data (2 bytes follow the length)")
        try assertRejected(
            SafetensorsTestData.file(header: "{}", headerLength: 100_000_001), "header length 100000001 exceeds the limit of 100000000 bytes")
        try assertRejected(
            SafetensorsTestData.file(header: "{}", headerLength: .max),
            "header length 18446744073709551615 exceeds the limit of 100000000 bytes")
    }

    /// Another kind of file is refused as such, not by its implausible "header length".
    func testOtherFormatsAreNamed() throws {
        func refusal(_ kind: String) -> String { "not a safetensors file (\(kind)); safetensors files start with an 8-byte header length and a JSON header" }
        try assertRejected(NPY.encode(NDArray([1, 2], shape: [2])), refusal("it is an NPY array"))
        try assertRejected(Data([0x50, 0x4B, 0x03, 0x04] + [UInt8](repeating: 0, count: 30)),
                           refusal("it is a ZIP archive, such as an NPZ file or a PyTorch .pt/.pth checkpoint"))
        try assertRejected(Data([0x80, 0x02] + [UInt8](repeating: 0x41, count: 30)), refusal("it is a Python pickle, such as a PyTorch checkpoint"))
        try assertRejected(Data("not a checkpoint at all".utf8), refusal("it is text"))
        try assertRejected(Data([0xDE, 0xAD, 0xBE, 0xEF, 0xDE, 0xAD, 0xBE, 0xEF, 0x00]), refusal("it starts with DE AD BE EF DE AD BE EF"))
    }

    func testHeaderThatIsNotUTF8OrNotAnObject() throws {
        try assertRejected(
            SafetensorsTestData.file(headerBytes: Array("{\"".utf8) + [0xFF] + Array("\":1}".utf8)),
            "the header is not valid UTF-8 (byte 2 of the header)")
        try assertRejected(header: "", "the header must be a JSON object starting with '{', but it is empty")
        try assertRejected(header: "[1,2]", "the header must be a JSON object starting with '{', but it starts with '['")
        try assertRejected(header: "  {}", "the header must be a JSON object starting with '{', but it starts with ' '")
        try assertRejected(header: "\"{}\"", "the header must be a JSON object starting with '{', but it starts with '\"'")
    }

    func testInvalidJSON() throws {
        try assertRejected(
            header: #"{"a":{"dtype":"F32",}}"#, "the header is not valid JSON: unexpected '}', expected a string key at byte 20 of the header")
        try assertRejected(header: #"{"a"#, "the header is not valid JSON: unterminated string at byte 3 of the header")
        try assertRejected(header: "{} x", "the header is not valid JSON: unexpected 'x' after the JSON value at byte 3 of the header")
        try assertRejected(header: "{\"a\":tru}", "the header is not valid JSON: invalid literal, expected true at byte 5 of the header")
        try assertRejected(header: "{\"a\":01}", "the header is not valid JSON: unexpected '1' in an object, expected ',' or '}' at byte 6 of the header")
        try assertRejected(header: #"{"\ud800":1}"#, "the header is not valid JSON: lone surrogate escape at byte 2 of the header")
        try assertRejected(header: "{\"a\u{1}\":1}", "the header is not valid JSON: unescaped control character byte 0x1 in a string at byte 3 of the header")
        let deep = "{\"__metadata__\":" + String(repeating: "[", count: 100) + String(repeating: "]", count: 100) + "}"
        try assertRejected(header: deep, "the header is not valid JSON: nesting deeper than 64 levels at byte 79 of the header")
    }

    func testOffsetsOutOfRangeReversedOrMalformed() throws {
        try assertRejected(
            header: "{" + entry("a", offsets: "[8,12]") + "}", data: [1, 2, 3, 4],
            "tensor \"a\": data_offsets [8, 12] run past the end of the 4-byte data buffer")
        try assertRejected(
            header: "{" + entry("a", offsets: "[4,0]") + "}", data: [1, 2, 3, 4], "tensor \"a\": data_offsets [4, 0] end before they begin")
        try assertRejected(
            header: "{" + entry("a", offsets: "[0]") + "}", data: [1, 2, 3, 4],
            "tensor \"a\": data_offsets must be an array of two non-negative integers, found an array of 1 element")
        try assertRejected(
            header: "{" + entry("a", offsets: "[-4,0]") + "}",
            "tensor \"a\": data_offsets[0] must be a non-negative integer, found the number -4")
        try assertRejected(
            header: "{" + entry("a", offsets: "[0,\"4\"]") + "}", data: [1, 2, 3, 4],
            "tensor \"a\": data_offsets[1] must be a non-negative integer, found the string \"4\"")
    }

    func testOverlapsAndHoles() throws {
        try assertRejected(
            header: "{" + entry("a", offsets: "[0,4]") + "," + entry("b", offsets: "[2,6]") + "}", data: Array(repeating: 0, count: 6),
            "tensor \"b\": data_offsets [2, 6] overlap those of tensor \"a\"")
        try assertRejected(
            header: "{" + entry("a", offsets: "[0,4]") + "," + entry("b", offsets: "[0,4]") + "}", data: [1, 2, 3, 4],
            "tensor \"b\": data_offsets [0, 4] overlap those of tensor \"a\"")
        try assertRejected(
            header: "{" + entry("a", offsets: "[0,4]") + "," + entry("b", offsets: "[8,12]") + "}", data: Array(repeating: 0, count: 12),
            "bytes [4, 8) of the data buffer belong to no tensor")
        try assertRejected(header: "{" + entry("a", offsets: "[2,6]") + "}", data: Array(repeating: 0, count: 6), "bytes [0, 2) of the data buffer belong to no tensor")
        try assertRejected(header: "{" + entry("a") + "}", data: Array(repeating: 0, count: 6), "bytes [4, 6) of the data buffer belong to no tensor")
        try assertRejected(header: "{}", data: [0], "bytes [0, 1) of the data buffer belong to no tensor")
    }

    func testByteCountThatDoesNotMatchTheShape() throws {
        try assertRejected(
            header: "{" + entry("a", "F32", shape: "[3]", offsets: "[0,8]") + "}", data: Array(repeating: 0, count: 8),
            "tensor \"a\": dtype F32 with shape [3] needs 12 bytes, but data_offsets span 8")
        try assertRejected(
            header: "{" + entry("a", "BF16", shape: "[]", offsets: "[0,4]") + "}", data: Array(repeating: 0, count: 4),
            "tensor \"a\": dtype BF16 with shape [] needs 2 bytes, but data_offsets span 4")
        try assertRejected(
            header: "{" + entry("a", "F64", shape: "[4294967296,4294967296]") + "}", data: [1, 2, 3, 4],
            "tensor \"a\": shape [4294967296, 4294967296] has too many elements to count")
    }

    func testUnknownOrMistypedDType() throws {
        let supported = SafetensorsDType.allCases.map(\.rawValue).joined(separator: ", ")
        try assertRejected(header: "{" + entry("a", "C64") + "}", data: [1, 2, 3, 4], "tensor \"a\": unsupported dtype \"C64\" (supported: \(supported))")
        try assertRejected(header: "{" + entry("a", "f32") + "}", data: [1, 2, 3, 4], "tensor \"a\": unsupported dtype \"f32\" (supported: \(supported))")
        try assertRejected(
            header: #"{"a":{"dtype":4,"shape":[4],"data_offsets":[0,4]}}"#, data: [1, 2, 3, 4],
            "tensor \"a\": dtype must be a string, found the number 4")
    }

    func testNegativeNonIntegerOrMistypedShapes() throws {
        try assertRejected(header: "{" + entry("a", shape: "[-1]") + "}", data: [1, 2, 3, 4], "tensor \"a\": shape[0] must be a non-negative integer, found the number -1")
        try assertRejected(header: "{" + entry("a", shape: "[2,2.0]") + "}", data: [1, 2, 3, 4], "tensor \"a\": shape[1] must be a non-negative integer, found the number 2.0")
        try assertRejected(header: "{" + entry("a", shape: "[4e0]") + "}", data: [1, 2, 3, 4], "tensor \"a\": shape[0] must be a non-negative integer, found the number 4e0")
        try assertRejected(header: "{" + entry("a", shape: "[null]") + "}", data: [1, 2, 3, 4], "tensor \"a\": shape[0] must be a non-negative integer, found null")
        try assertRejected(header: "{" + entry("a", shape: "4") + "}", data: [1, 2, 3, 4], "tensor \"a\": shape must be an array of non-negative integers, found the number 4")
        try assertRejected(
            header: "{" + entry("a", shape: "[99999999999999999999]") + "}", data: [1, 2, 3, 4], "tensor \"a\": shape[0] is too large: 99999999999999999999")
    }

    func testDuplicateKeys() throws {
        try assertRejected(header: "{" + entry("a") + "," + entry("a") + "}", data: [1, 2, 3, 4], "duplicate key \"a\" in the header")
        try assertRejected(
            header: #"{"a":{"dtype":"U8","dtype":"U8","shape":[4],"data_offsets":[0,4]}}"#, data: [1, 2, 3, 4],
            "duplicate key \"dtype\" in the entry of tensor \"a\"")
        try assertRejected(header: #"{"__metadata__":{"k":"1","k":"2"}}"#, "duplicate key \"k\" in __metadata__")
        try assertRejected(header: #"{"__metadata__":{},"__metadata__":{}}"#, "duplicate key \"__metadata__\" in the header")
    }

    func testMetadataThatIsNotStrings() throws {
        try assertRejected(header: #"{"__metadata__":{"step":42}}"#, "__metadata__ value for \"step\" must be a string, found the number 42")
        try assertRejected(header: #"{"__metadata__":{"tags":["a"]}}"#, "__metadata__ value for \"tags\" must be a string, found an array of 1 element")
        try assertRejected(header: #"{"__metadata__":"v1"}"#, "__metadata__ must be a JSON object of strings, found the string \"v1\"")
        try assertRejected(header: #"{"__metadata__":null}"#, "__metadata__ must be a JSON object of strings, found null")
    }

    func testEntriesWithMissingExtraOrMistypedFields() throws {
        try assertRejected(header: #"{"a":{"dtype":"U8","shape":[0]}}"#, "tensor \"a\": missing field \"data_offsets\"")
        try assertRejected(header: #"{"a":{"shape":[0],"data_offsets":[0,0]}}"#, "tensor \"a\": missing field \"dtype\"")
        try assertRejected(
            header: #"{"a":{"dtype":"U8","shape":[0],"data_offsets":[0,0],"offsets":[0,0]}}"#,
            "tensor \"a\": unexpected field \"offsets\" (expected dtype, shape, data_offsets)")
        try assertRejected(header: #"{"a":[]}"#, "tensor \"a\": the entry must be a JSON object, found an array of 0 elements")
        try assertRejected(header: #"{"tab\tname":7}"#, "tensor \"tab\\tname\": the entry must be a JSON object, found the number 7")
    }

    func testUnreadableFileAndInMemoryDataAreNamed() throws {
        let missing = directory.appendingPathComponent("missing.safetensors")
        XCTAssertThrowsError(try SafetensorsFile(contentsOf: missing)) { error in
            XCTAssertTrue("\(error)".hasPrefix("safetensors file \(missing.path): cannot be read: "), "\(error)")
        }
        XCTAssertThrowsError(try SafetensorsFile(data: Data([1, 2]))) { error in
            XCTAssertEqual("\(error)", "safetensors data: the data has 2 bytes, fewer than the 8-byte header length")
        }
        XCTAssertThrowsError(try SafetensorsFile(data: Data([1, 2]), path: "weights.safetensors")) { error in
            XCTAssertEqual("\(error)", "safetensors file weights.safetensors: the data has 2 bytes, fewer than the 8-byte header length")
        }
    }
}
