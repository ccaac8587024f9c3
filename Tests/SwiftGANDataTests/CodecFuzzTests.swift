import Foundation
import SwiftGANData
import SwiftGANFuzzing
import XCTest

/// Mutation fuzzing of the PNG and JPEG decoders: every mutant is decoded or
/// rejected with a `DataError`; a crash would end the test run. Runs 1,000
/// mutants per codec, or `SWIFTGAN_FUZZ_CASES` of them when that is set (e.g.
/// 100000, in a release build).
final class CodecFuzzTests: XCTestCase {
    let cases = ProcessInfo.processInfo.environment["SWIFTGAN_FUZZ_CASES"].flatMap { Int($0) } ?? 1000

    func testPNGMutantsAreDecodedOrRejectedCleanly() {
        check(PNGFuzz.campaign(seed: 2024, cases: cases).run())
    }

    func testJPEGMutantsAreDecodedOrRejectedCleanly() {
        check(JPEGFuzz.campaign(seed: 2024, cases: cases).run())
    }

    func testUnmutatedSamplesAreAccepted() throws {
        let png = PNGFuzz.samples(), jpeg = JPEGFuzz.samples()
        XCTAssertGreaterThanOrEqual(png.count, 31)
        XCTAssertGreaterThanOrEqual(jpeg.count, 12)
        for (k, sample) in png.enumerated() { XCTAssertNoThrow(try PNGCodec.decode(sample), "PNG sample \(k)") }
        for (k, sample) in jpeg.enumerated() { XCTAssertNoThrow(try JPEGCodec.decode(sample), "JPEG sample \(k)") }
    }

    private func check(_ report: DecoderFuzzReport) {
        print(report.jsonLine)
        XCTAssertEqual(report.cases, cases)
        XCTAssertEqual(report.accepted + report.rejected, cases)
        XCTAssertGreaterThan(report.accepted, 0, "no mutant survived: \(report.jsonLine)")
        XCTAssertGreaterThan(report.rejected, cases / 10, "too few mutants were rejected: \(report.jsonLine)")
    }
}
