import Foundation
import SwiftGANData
import XCTest

/// Mutation fuzzing of the NPZ reader: every mutant is decoded or rejected with
/// a `DataError`; a crash would end the test run. Runs 1,000 mutants, or
/// `SWIFTGAN_FUZZ_CASES` of them when that is set (e.g. 100000, in a release
/// build), from seed `SWIFTGAN_FUZZ_SEED` (default 2024).
final class NPZFuzzTests: XCTestCase {
    func testMutantsAreDecodedOrRejectedCleanly() {
        let environment = ProcessInfo.processInfo.environment
        let cases = environment["SWIFTGAN_FUZZ_CASES"].flatMap { Int($0) } ?? 1000
        let seed = environment["SWIFTGAN_FUZZ_SEED"].flatMap { UInt64($0) } ?? 2024
        let report = NPYFuzz.npzCampaign(seed: seed, cases: cases).run()
        print(report.jsonLine)
        XCTAssertEqual(report.cases, cases)
        XCTAssertEqual(report.accepted + report.rejected, cases)
        XCTAssertGreaterThan(report.accepted, 0, "no mutant survived: the mutations are too destructive to test acceptance")
        XCTAssertGreaterThan(report.rejected, cases / 10, "too few mutants were rejected: \(report.jsonLine)")
    }

    func testUnmutatedSamplesAreAccepted() throws {
        let campaign = NPYFuzz.npzCampaign(seed: 1, cases: 0)
        for sample in campaign.samples { XCTAssertNoThrow(try campaign.decode(sample)) }
    }
}
