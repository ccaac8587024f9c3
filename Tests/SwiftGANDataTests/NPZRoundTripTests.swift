import Foundation
import SwiftGAN
import XCTest

/// NPZ archives written and read back, stored and deflated, and archives written by numpy.
final class NPZRoundTripTests: XCTestCase {
    static let savez = "UEsDBC0AAAAAAAAAIQAtbyIm//////////8KABQAaW1hZ2VzLm5weQEAEACwAAAAAAAAALAAAAAAAAAAk05VTVBZAQB2AHsnZGVzY3InOiAnPGY0JywgJ2ZvcnRyYW5fb3JkZXInOiBGYWxzZSwgJ3NoYXBlJzogKDMsIDQpLCB9ICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgIAoAAAAAAACAPwAAAEAAAEBAAACAQAAAoEAAAMBAAADgQAAAAEEAABBBAAAgQQAAMEFQSwMELQAAAAAAAAAhAEG0X8X//////////woAFABsYWJlbHMubnB5AQAQAJgAAAAAAAAAmAAAAAAAAACTTlVNUFkBAHYAeydkZXNjcic6ICc8aTgnLCAnZm9ydHJhbl9vcmRlcic6IEZhbHNlLCAnc2hhcGUnOiAoMywpLCB9ICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgCgEAAAAAAAAAAAAAAAAAAAACAAAAAAAAAFBLAQItAy0AAAAAAAAAIQAtbyImsAAAALAAAAAKAAAAAAAAAAAAAACAAQAAAABpbWFnZXMubnB5UEsBAi0DLQAAAAAAAAAhAEG0X8WYAAAAmAAAAAoAAAAAAAAAAAAAAIAB7AAAAGxhYmVscy5ucHlQSwUGAAAAAAIAAgBwAAAAwAEAAAAA"
    static let savezCompressed = "UEsDBC0AAAAIAAAAIQAtbyIm//////////8KABQAaW1hZ2VzLm5weQEAEACwAAAAAAAAAGYAAAAAAAAAm+wX6hsQychQxlCtnpJanFykbqWgbpNmoq6joJ6WX1RSlJgXn1+UkgoSd0vMKU4FihdnJBakAvkaxjoKJpo6CrUKZAMuBjBosAcSDkAExA1AvACIDwDxAyBmcGRgEABiBSA2cAQAUEsDBC0AAAAIAAAAIQBBtF/F//////////8KABQAbGFiZWxzLm5weQEAEACYAAAAAAAAAEoAAAAAAAAAm+wX6hsQychQxlCtnpJanFykbqWgbpNpoa6joJ6WX1RSlJgXn1+UkgoSd0vMKU4FihdnJBakAvkaxjqaOgq1ChQALkYGVMAEpQFQSwECLQMtAAAACAAAACEALW8iJmYAAACwAAAACgAAAAAAAAAAAAAAgAEAAAAAaW1hZ2VzLm5weVBLAQItAy0AAAAIAAAAIQBBtF/FSgAAAJgAAAAKAAAAAAAAAAAAAACAAaIAAABsYWJlbHMubnB5UEsFBgAAAAACAAIAcAAAACgBAAAAAA=="

    private var directory: URL!

    override func setUpWithError() throws {
        directory = FileManager.default.temporaryDirectory.appendingPathComponent("swiftgan-npz-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        addTeardownBlock { [directory] in try? FileManager.default.removeItem(at: directory!) }
    }

    private let arrays = [
        "samples": NDArray((0..<48).map { Float($0) / 7 }, shape: [3, 1, 4, 4]),
        "labels": NDArray([2, 0, 1], shape: [3]),
        "step": NDArray(scalar: 1200),
    ]

    func testStoredAndDeflatedRoundTrips() throws {
        for compressed in [false, true] {
            let url = directory.appendingPathComponent(compressed ? "compressed.npz" : "stored.npz")
            try NPZ.write(arrays, to: url, compressed: compressed)
            let back = try NPZ.read(contentsOf: url)
            XCTAssertEqual(Set(back.keys), Set(arrays.keys))
            for (key, array) in arrays {
                XCTAssertEqual(back[key]?.shape, array.shape, key)
                XCTAssertEqual(back[key]?.elements, array.elements, key)
            }
        }
        let stored = try NPZ.encode(arrays), deflated = try NPZ.encode(arrays, compressed: true)
        XCTAssertLessThan(deflated.count, stored.count)
        XCTAssertEqual(try NPZ.encode(arrays), stored, "the same arrays give the same bytes")
    }

    func testOtherDtypes() throws {
        let back = try NPZ.decode(NPZ.encode(["x": NDArray([1, 2, 300], shape: [3])], dtype: .uint8))
        XCTAssertEqual(back["x"]?.elements, [1, 2, 255])
    }

    func testArchivesWrittenByNumpy() throws {
        for base64 in [Self.savez, Self.savezCompressed] {
            let arrays = try NPZ.decode(XCTUnwrap(Data(base64Encoded: base64)), path: "numpy.npz")
            XCTAssertEqual(arrays["images"]?.shape, [3, 4])
            XCTAssertEqual(arrays["images"]?.elements, (0..<12).map(Float.init))
            XCTAssertEqual(arrays["labels"]?.elements, [1, 0, 2])
        }
    }

    func testEntriesThatAreNotArraysAreSkipped() throws {
        var writer = ZIPWriter(path: "mixed.npz")
        try writer.add(name: "notes.txt", contents: Data("hello".utf8), compressed: false)
        try writer.add(name: "folder/", contents: Data(), compressed: false)
        try writer.add(name: "x.npy", contents: NPY.encode(NDArray([5], shape: [1])), compressed: true)
        let arrays = try NPZ.decode(writer.finish())
        XCTAssertEqual(Array(arrays.keys), ["x"])
        XCTAssertEqual(try NPZ.decode(ZIPWriter(path: "empty").finish()).count, 0)
    }

    func testWritesReplaceAtomically() throws {
        let url = directory.appendingPathComponent("out.npz")
        try NPZ.write(["a": NDArray([1], shape: [1])], to: url)
        try NPZ.write(["b": NDArray([2], shape: [1])], to: url, compressed: true)
        XCTAssertEqual(Array(try NPZ.read(contentsOf: url).keys), ["b"])
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: directory.path), ["out.npz"])
    }
}
